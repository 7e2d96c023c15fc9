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


def test_he_after_a_quoted_speaker_is_that_speaker() -> None:
    # events._person_before (+pronoun_person)
    t = ("“口罩、酒精现在最缺，我们能出一份力就出一份力。”南山村村民、个体工商户贺小军说。"
         "2月11日，他自掏腰包购买了酒精100瓶、一次性手套2000副，送到了村口的卡点。")
    evs = run(t, {"南山村": "LOC", "贺小军": "PER"})
    assert [e["type"] for e in evs] == ["procurement", "donation"]
    assert all(e["agents"] == ["贺小军"] for e in evs)
    assert "+pronoun_person" in evs[0]["rule"]


def test_a_relative_entrusted_with_a_gift_only_carries_it() -> None:
    # events_entrusted.txt: the carrier after 委托弟弟 is no giver
    t = "在深圳经营电子厂的村民孙德才，委托弟弟孙德明为村里送来了现金1万元和一次性口罩5000只。"
    evs = run(t, {"深圳": "LOC", "孙德才": "PER", "孙德明": "PER"})
    assert evs[0]["agents"] == ["孙德才"]


def test_the_leader_of_a_union_or_party_branch_gives_in_person() -> None:
    # events._leaders_body: an inner body (工会, 党支部) does not stand in for its leader
    t = "当天下午，公司工会主席曾春燕带领20余名员工志愿者，将面包和矿泉水各1000份送到东门社区核酸采样点。"
    evs = run(t, {"公司工会": "ORG", "曾春燕": "PER", "东门社区": "LOC"})
    assert evs[0]["agents"] == ["曾春燕"]
