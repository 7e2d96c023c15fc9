"""Supply-event rules of the ev23a round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from tests.test_events import items, run


def test_grain_and_oil_is_one_good() -> None:
    # 米面粮油 in supply_words.txt: the longest head, not 米面 + 粮油
    t = "3月4日，江州商会会长张立新带领会员企业，向城关街道捐赠了价值10万元的米面粮油等生活物资。"
    evs = run(t, {"江州商会": "ORG", "张立新": "PER", "城关街道": "LOC"})
    assert [items(e) for e in evs] == [[("米面粮油", None, None)]]


def test_goods_taken_out_by_a_firm_start_after_the_verb() -> None:
    # _prior_goods: the goods of X公司拿出熏鸡1500只 start after 拿出, not inside the firm's name (食品)
    t = "华泰食品有限公司拿出熏鸡1500只，3月5日送到了镇卫生院。"
    evs = run(t, {"华泰食品有限公司": "ORG", "镇卫生院": "ORG"})
    assert [(e["agents"], items(e)) for e in evs] == [(["华泰食品有限公司"], [("熏鸡", 1500, "只")])]


def test_hai_jiang_with_a_done_verb_is_no_plan() -> None:
    # _irrealis: 还将 + object + 送到了 is 还 + the object marker 将; without 了 it stays a plan
    names = {"南湖商会": "ORG", "李建国": "PER", "城关镇": "LOC", "城关镇政府": "ORG"}
    t = "南湖商会会长李建国3月2日向城关镇捐赠现金10万元；同日，该商会还将大米100袋送到了城关镇政府。"
    evs = run(t, names)
    assert [(e["agents"], items(e)) for e in evs][1:] == [(["南湖商会"], [("大米", 100, "袋")])]
    t = "同日，南湖商会还将向城关镇政府捐赠大米100袋。"
    assert run(t, names) == []


def test_two_affiliations_before_a_receiving_sentence_giver() -> None:
    # recv+affiliation: A商会会长、B公司总经理C — both bodies only say who C is; 以商会名义 makes the 商会 give
    names = {"广州市城南商会": "ORG", "广州华兴电子有限公司": "ORG", "李建国": "PER", "县红十字会": "ORG", "城南镇": "LOC"}
    t = "城南镇则收到了远方的问候：广州市城南商会会长、广州华兴电子有限公司总经理李建国筹集现金10万元，通过县红十字会定向捐赠给城南镇。"
    assert run(t, names)[0]["agents"] == ["李建国"]
    t = "城南镇也收到了一份礼物：广州市城南商会会长、广州华兴电子有限公司总经理李建国，以商会名义捐出爱心款10万元。"
    assert run(t, names)[0]["agents"] == ["广州市城南商会"]


def test_joint_givers_after_an_adverb() -> None:
    # _gap_role: A公司还与合作单位B一道 — 还 before the joiner, 合作单位 a role noun (events_roles.txt)
    t = "2月18日，华兴公司还与合作单位城南物流有限公司一道，向城南镇捐赠84消毒液300箱。"
    evs = run(t, {"华兴公司": "ORG", "城南物流有限公司": "ORG", "城南镇": "LOC"})
    assert evs[0]["agents"] == ["华兴公司", "城南物流有限公司"]


def test_a_batch_coming_from_a_named_giver() -> None:
    # _cleft_re: 这批物资来自X — X gives the goods told before; a place after 来自 is no giver
    t = "5月6日上午，城东街道办事处门口停下了一辆货车。从车上卸下的，是1万只医用口罩和200箱矿泉水。这批物资来自华光电器有限公司。"
    evs = run(t, {"城东街道办事处": "ORG", "华光电器有限公司": "ORG"})
    assert [(e["agents"], items(e)) for e in evs] == [(["华光电器有限公司"], [("医用口罩", 10000, "只"), ("矿泉水", 200, "箱")])]
    t = "5月6日上午，城东街道办事处收到了1万只医用口罩和200箱矿泉水。这批物资来自上海。"
    assert run(t, {"城东街道办事处": "ORG", "上海": "LOC"})[0]["agents"] == []


def test_a_union_leading_the_whole_staff_gives_as_its_company() -> None:
    # _staff_body: 由公司工会牵头，全体职工参与的… — the staff give as the company; the 工会 alone keeps it
    names = {"华兴公司": "ORG", "公司工会": "ORG", "城南镇人民政府": "ORG"}
    t = "华兴公司是本地的龙头企业。3月7日，由公司工会牵头，全体职工参与的爱心捐款活动共募集爱心款32680元，当天便全部交给了城南镇人民政府。"
    assert run(t, names)[0]["agents"] == ["华兴公司"]
    t = "华兴公司是本地的龙头企业。3月7日，公司工会向城南镇人民政府捐赠口罩500只。"
    assert run(t, names)[0]["agents"] == ["公司工会"]


def test_a_firm_whose_head_brings_the_staff_gives() -> None:
    # +firm_led: X公司由公司总经理Y带着员工，为…捐赠 — the company, not the head
    t = "其中，城南服饰有限公司由公司党支部书记、总经理李秀英带着员工，为各卡点赶制并捐赠了棉大衣500件。"
    assert run(t, {"城南服饰有限公司": "ORG", "李秀英": "PER"})[0]["agents"] == ["城南服饰有限公司"]


def test_a_persons_purchase_passed_on_is_a_gift() -> None:
    # event.bought_then_handed_out: a person who bought the goods and has them handed on (委托) gives them
    t = "在外地读书的居民李一帆网购了300盒牛奶，9月8日快递到社区，委托社区转送给独居老人。"
    evs = run(t, {"李一帆": "PER"})
    assert [(e["type"], e["agents"]) for e in evs] == [("procurement", ["李一帆"]), ("donation", ["李一帆"])]


def test_two_brothers_on_a_donor_list_give_together() -> None:
    # events_couples.txt: A、B兄弟：goods — one gift of both, like A、B夫妇
    t = ("城南县红十字会接收捐赠款物公示\n9. 城南实验小学全体教职工：捐款12000元\n"
         "10. 王明亮、王明辉兄弟：“娃哈哈”矿泉水500箱，折价12000元\n11. 李红：捐款500元")
    evs = run(t, {"城南县红十字会": "ORG", "城南实验小学": "ORG", "王明亮": "PER", "王明辉": "PER", "李红": "PER"})
    assert (["王明亮", "王明辉"], [("娃哈哈矿泉水", 500, "箱")]) in [(e["agents"], items(e)) for e in evs]


def test_goods_a_chamber_raised_sent_with_its_head_leading() -> None:
    # 送抵 in supply_verbs.tsv; event.bought_then_given: the buyer gives when the leader heads it
    # (商会会长、B公司董事长C带队), not C's other body
    t = "张家镇商会组织会员企业筹措了大米、食用油等生活物资，由商会会长、张家华泰有限公司董事长王立新带队，于11月12日送抵李家镇。"
    evs = run(t, {"张家镇商会": "ORG", "张家华泰有限公司": "ORG", "王立新": "PER", "李家镇": "LOC"})
    gifts = [(e["agents"], e["recipients"], items(e)) for e in evs if e["type"] == "donation"]
    assert gifts == [(["张家镇商会"], ["李家镇"], [("大米", None, None), ("食用油", None, None)])]
