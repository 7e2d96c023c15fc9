"""Supply-event rules of the ev24 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from tests.test_events import run


def test_a_describing_word_before_a_list_is_no_giver() -> None:
    # events_roles.txt: 乡亲, 个体工商户 … end a description of the person, not an organisation's name
    t = "4月7日，旅美乡亲、纽约福清同乡会会长陈志明委托亲属，为城关镇送去帐篷30顶。"
    evs = run(t, {"纽约福清同乡会": "ORG", "陈志明": "PER", "城关镇": "LOC"})
    assert [e["agents"] for e in evs] == [["陈志明"]]


def test_a_good_named_with_its_tin_stays_one_good() -> None:
    # supply_class_tails.txt: 牛肉罐头 is one good
    t = "2月3日，晋丰食品有限公司向县指挥部捐赠牛肉罐头500箱。"
    from tests.test_events import items
    evs = run(t, {"晋丰食品有限公司": "ORG", "县指挥部": "ORG"})
    assert [items(e) for e in evs] == [[("牛肉罐头", 500, "箱")]]


def test_an_official_leading_a_visit_gives_in_person() -> None:
    # events_public_bodies.txt: 县委副书记、县长A带队到X镇 … 送去 — the official, not 县委
    t = "11月13日，县委副书记、县长钟立华带队到城关镇，为坚守一线的干部送去方便面100箱。"
    evs = run(t, {"县委": "ORG", "钟立华": "PER", "城关镇": "LOC"})
    assert [e["agents"] for e in evs] == [["钟立华"]]


def test_a_school_head_leading_teachers_still_gives_as_the_school() -> None:
    t = "3月2日，育英中学校长周明华带领教师代表，将口罩2000只送到城关镇卫生院。"
    evs = run(t, {"育英中学": "ORG", "周明华": "PER", "城关镇卫生院": "ORG"})
    assert [e["agents"] for e in evs] == [["育英中学"]]


def test_a_body_rallying_its_members_then_receiving_their_money_gives_it() -> None:
    # _pooled_receipt: 组织全村党员…捐款，共收到捐款N元，全部交到了Y — the branch gives to Y
    t = "2月9日，北坡村党支部组织全村党员开展自愿捐款活动，共收到捐款8600元，全部交到了城关镇人民政府。"
    evs = run(t, {"北坡村党支部": "ORG", "城关镇人民政府": "ORG"})
    assert [(e["agents"], e["recipients"], e["rule"]) for e in evs] == [
        (["北坡村党支部"], ["城关镇人民政府"], "event.recv+pooled")]
    t = "4月16日，南园社区党委发动辖区党员自愿捐款，当天共收到捐款2.1万元，将全部用于慰问一线人员。"
    evs = run(t, {"南园社区党委": "ORG"})
    assert [(e["agents"], e["recipients"]) for e in evs] == [(["南园社区党委"], [])]


def test_a_body_receiving_gifts_from_others_still_receives_them() -> None:
    t = "2月9日，城关镇红十字会共收到社会各界捐款8600元。"
    evs = run(t, {"城关镇红十字会": "ORG"})
    assert [(e["agents"], e["recipients"]) for e in evs] == [([], ["城关镇红十字会"])]


def test_a_total_closing_the_clause_counts_one_uncounted_good() -> None:
    # _count_after: 送去盒饭，共计300余份
    from tests.test_events import items
    t = "6月6日，村民秦秀梅为镇卫生院送去盒饭，共计300余份。"
    evs = run(t, {"秦秀梅": "PER"})
    assert [(items(e), e["rule"]) for e in evs] == [([("盒饭", 300, "份")], "event.give+count_after")]
    # two goods share no total
    t = "6月6日，村民秦秀梅为镇卫生院送去盒饭和饮料，共计300余份。"
    assert all(it[1] is None for e in run(t, {"秦秀梅": "PER"}) for it in items(e))
