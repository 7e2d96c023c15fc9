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


def test_head_of_the_firm_referred_back_to_bringing_staff_gives_as_the_firm() -> None:
    # _leaders_body: 该企业负责人C带着员工 — the firm told before
    t = ("华越纸业有限公司是当地一家民营企业。5月6日，该企业负责人赵国强带着员工，"
         "将大米200袋、食用油100桶送到了新港社区居委会。")
    evs = run(t, {"华越纸业有限公司": "ORG", "赵国强": "PER", "新港社区居委会": "ORG"}, date="2021-05-10")
    assert [e["agents"] for e in evs] == [["华越纸业有限公司"]]
    # bringing goods, not staff: the person
    t = "华越纸业有限公司是当地一家民营企业。5月6日，该企业负责人赵国强带着大米200袋来到新港社区居委会。"
    evs = run(t, {"华越纸业有限公司": "ORG", "赵国强": "PER", "新港社区居委会": "ORG"}, date="2021-05-10")
    assert [e["agents"] for e in evs] == [["赵国强"]]


def test_chamber_head_leading_a_counted_set_of_member_firms() -> None:
    # _leaders_body: 带领15家会员企业 — the 商会, not the head's company
    t = ("3月2日，桐城市茶叶商会会长、安徽茗香茶业有限公司董事长周立文带领15家会员企业，"
         "向市疫情防控指挥部捐赠方便面500箱、消毒液300桶。")
    evs = run(t, {"桐城市茶叶商会": "ORG", "安徽茗香茶业有限公司": "ORG", "周立文": "PER", "市疫情防控指挥部": "ORG"})
    assert [e["agents"] for e in evs] == [["桐城市茶叶商会"]]


def test_relief_body_that_passed_a_gift_on_is_a_channel_of_a_receipt() -> None:
    # event.recv+relayed: 接收到X红十字会转来的、由Y委托转赠的… — Y gives, the Red Cross receives as channel
    t = "当天，清河镇卫生院还接收到市红十字会转来的、由广州市清远商会委托转赠的医用口罩3000只、隔离衣500套。"
    evs = run(t, {"市红十字会": "ORG", "广州市清远商会": "ORG", "清河镇卫生院": "ORG"})
    assert [(e["agents"], e["recipients"]) for e in evs] == [(["广州市清远商会"], ["清河镇卫生院", "市红十字会"])]


def test_relief_body_hands_on_received_public_gifts() -> None:
    # (event.ba) 将接收的(第一批)社会捐赠(物资——)…调拨给/拨付Y: a distribution by the holder, not its gift
    names = {"县红十字会": "ORG", "城北镇": "LOC", "县慈善总会": "ORG", "县中医院": "ORG"}
    evs = run("5月3日，县红十字会将接收的社会捐赠医用口罩2万只拨付城北镇。", names)
    assert [(e["type"], e["agents"], e["recipients"], items(e)) for e in evs] == [
        ("distribution", ["县红十字会"], ["城北镇"], [("医用口罩", 20000, "只")])]
    evs = run("5月3日，县慈善总会将接收的第一批社会捐赠物资——隔离衣500套、护目镜300个调拨给县中医院。", names)
    assert [(e["type"], e["agents"], e["recipients"], items(e)) for e in evs] == [
        ("distribution", ["县慈善总会"], ["县中医院"], [("隔离衣", 500, "套"), ("护目镜", 300, "个")])]
