"""Supply-event rules of the ev19 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from tests.test_events import items, run


def test_antigen_test_kits_are_one_good() -> None:
    # supply_words.txt: 抗原检测试剂; events._split_glued keeps a whole head whole
    t = "12月19日，城南服饰有限公司向市慈善总会捐赠布洛芬缓释胶囊5000盒、抗原检测试剂1万人份。"
    evs = run(t, {"城南服饰有限公司": "ORG", "市慈善总会": "ORG"})
    assert items(evs[0]) == [("布洛芬缓释胶囊", 5000, "盒"), ("抗原检测试剂", 10000, "人份")]


def test_the_articles_firm_giving_through_a_channel_is_the_giver() -> None:
    # events._class_subject_before: the channel is no stand-in; _bare_body names the firm
    t = "汀源纺织科技有限公司复工。4月16日，公司通过县红十字会向河田镇定向捐款5万元。"
    evs = run(t, {"汀源纺织科技有限公司": "ORG", "县红十字会": "ORG", "河田镇": "LOC"})
    assert evs[0]["agents"] == ["汀源纺织科技有限公司"]
    assert evs[0]["recipients"] == ["县红十字会", "河田镇"]
