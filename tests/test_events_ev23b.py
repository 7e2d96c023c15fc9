"""Supply-event rules of the ev23b round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from tests.test_events import items, run


def test_goods_unloaded_then_giver_named() -> None:
    # 卸下 in events_loaded.txt (event.loaded): the place the truck stopped at receives; the load's date
    t = ("3月5日上午，一辆货车停在城关镇政府门前，工作人员从车上卸下消毒液100桶、医用口罩3000只。"
         "这批物资由安平县顺通商贸有限公司捐赠。")
    evs = run(t, {"城关镇政府": "ORG", "安平县顺通商贸有限公司": "ORG"})
    assert [(e["agents"], e["recipients"], items(e), e["date"]) for e in evs] == [
        (["安平县顺通商贸有限公司"], ["城关镇政府"], [("消毒液", 100, "桶"), ("医用口罩", 3000, "只")], "2021-03-05")]

