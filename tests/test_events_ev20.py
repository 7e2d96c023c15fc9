"""Supply-event rules of the ev20 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from tests.test_events import items, run


def test_cash_pressed_into_hands_is_a_gift() -> None:
    # 塞到/塞给 in supply_verbs.tsv (carry, with 把): event.ba
    t = "还有一位不愿留下姓名的老人，把攒下的1000元现金塞到卡点值守干部手中，转身就走了。"
    evs = run(t, {})
    assert [(e["agents"], items(e)) for e in evs] == [([], [("现金|资金|善款", 1000, "元")])]


def test_staff_answering_their_unions_call_give_as_the_school() -> None:
    # _appeal_body: 学校工会 is the school's inner body; 党员 answering their committee keep it
    t = "春晖中学开学。8月9日，学校工会发出倡议，全体教职工两天内捐款2.42万元。"
    assert run(t, {"春晖中学": "ORG", "学校工会": "ORG"})[0]["agents"] == ["春晖中学"]
    t = "瑞丰集团复工。集团党委发出倡议，全体党员和员工踊跃捐款，共募集善款23万元。"
    assert run(t, {"瑞丰集团": "ORG", "集团党委": "ORG"})[0]["agents"] == ["集团党委"]


def test_a_gift_retold_inside_a_handover_is_not_a_second_gift() -> None:
    # _retold_goods: 将合作社捐赠的大米、豆油全部分发给…
    t = ("3月22日，福鑫合作社向横道河镇捐赠大米100袋、豆油100桶。"
         "3月23日，横道河镇将合作社捐赠的大米、豆油全部分发给辖区8个村的封控群众。")
    evs = run(t, {"福鑫合作社": "ORG", "横道河镇": "LOC"})
    assert [(e["type"], e["agents"]) for e in evs] == [("donation", ["福鑫合作社"]), ("distribution", ["横道河镇"])]


def test_money_taken_out_in_one_of_several_acts_of_a_sentence() -> None:
    # +prior_money after a ；
    t = "爱心人士纷纷伸出援手：城关超市为蔚州镇送去方便面300箱；退休教师赵桂兰拿出积攒的5000元，通过县慈善协会捐给了县人民医院。"
    evs = run(t, {"城关超市": "ORG", "蔚州镇": "LOC", "赵桂兰": "PER", "县慈善协会": "ORG", "县人民医院": "ORG"})
    assert (["赵桂兰"], [("现金|资金|善款", 5000, "元")]) in [(e["agents"], items(e)) for e in evs]


def test_a_share_for_each_of_several_unnamed_receivers_has_no_total() -> None:
    # _each (+per_receiver): 为镇里的12个卡点各送去帐篷1顶
    t = "当天，城南商会还为镇里的12个疫情防控卡点各送去帐篷1顶、取暖炉1台。"
    evs = run(t, {"城南商会": "ORG"})
    assert items(evs[0]) == [("帐篷", None, None), ("取暖炉", None, None)]
