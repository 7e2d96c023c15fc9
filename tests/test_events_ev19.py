"""Supply-event rules of the ev19 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from tests.test_events import items, run


def test_antigen_test_kits_are_one_good() -> None:
    # supply_words.txt: 抗原检测试剂; events._split_glued keeps a whole head whole
    t = "12月19日，城南服饰有限公司向市慈善总会捐赠布洛芬缓释胶囊5000盒、抗原检测试剂1万人份。"
    evs = run(t, {"城南服饰有限公司": "ORG", "市慈善总会": "ORG"})
    assert items(evs[0]) == [("布洛芬缓释胶囊", 5000, "盒"), ("抗原检测试剂", 10000, "人份")]
