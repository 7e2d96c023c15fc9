"""Unnamed members of a named body give together: the body stands in (ANNOTATION.md, agents)."""
from __future__ import annotations

from tests.test_events import items, run


def test_villagers_of_a_named_village_give_as_the_village() -> None:
    t = "在青松镇，白杨村200多户村民你一百、我两百，三天内募集善款3.1万元。"
    evs = run(t, {"青松镇": "LOC", "白杨村": "LOC"})
    assert [(e["agents"], items(e)) for e in evs] == [(["白杨村"], [("现金|资金|善款", 31000, "元")])]
    assert evs[0]["rule"].endswith("+members")


def test_the_frame_names_the_body_of_the_members() -> None:
    # 在X镇Y村，在外务工村民和乡贤…: the members belong to the place of the frame
    t = "在河口镇桃园村，在外务工村民和乡贤通过微信群募集善款4万元。"
    evs = run(t, {"河口镇": "LOC", "桃园村": "LOC"})
    assert [e["agents"] for e in evs] == [["桃园村"]]


def test_the_town_stands_in_for_its_cadres() -> None:
    t = "在东湖镇，镇机关全体党员干部自发捐款8000元，用于购置取暖设备。"
    evs = run(t, {"东湖镇": "LOC"})
    assert [e["agents"] for e in evs] == [["东湖镇"]]


def test_members_given_to_are_no_givers() -> None:
    t = "公司向白杨村村民捐赠大米200袋。"
    evs = run(t, {"白杨村": "LOC"})
    assert [(e["agents"], e["recipients"]) for e in evs] == [([], ["白杨村"])]


def test_a_named_member_gives_in_person() -> None:
    t = "白杨村村民李大山捐款2000元。"
    evs = run(t, {"白杨村": "LOC", "李大山": "PER"})
    assert [e["agents"] for e in evs] == [["李大山"]]


def test_a_grower_named_last_in_a_list_of_givers_gives_with_them() -> None:
    # events_roles.txt: 种植户 between 和 and the name keeps the list one list of givers
    t = "1月14日，青禾食品有限公司、白杨超市和种植户张建华共同向红星镇捐赠新鲜蔬菜5吨。"
    evs = run(t, {"青禾食品有限公司": "ORG", "白杨超市": "ORG", "红星镇": "LOC", "张建华": "PER"})
    assert [e["agents"] for e in evs] == [["青禾食品有限公司", "白杨超市", "张建华"]]


def test_a_firm_that_joins_with_another_gives_with_it() -> None:
    # 则联合: the joiner after the contrastive adverb 则 still coordinates the two givers
    t = "青禾茶业有限公司则联合白杨食品厂，为红星镇送去了方便面600箱。"
    evs = run(t, {"青禾茶业有限公司": "ORG", "白杨食品厂": "ORG", "红星镇": "LOC"})
    assert [e["agents"] for e in evs] == [["青禾茶业有限公司", "白杨食品厂"]]


def test_a_named_resident_received_from_gives_in_person() -> None:
    # 收到了X村居民Y捐赠的…: Y gives; X村 only says where Y lives (X村全体党员 still gives as X村)
    t = "同日，慈善超市收到了白杨村居民周美兰捐赠的慰问金1万元。"
    evs = run(t, {"白杨村": "LOC", "周美兰": "PER"})
    assert [e["agents"] for e in evs] == [["周美兰"]]
    t = "同日，慈善超市收到了白杨村全体党员捐赠的口罩500只。"
    assert [e["agents"] for e in run(t, {"白杨村": "LOC"})] == [["白杨村"]]


def test_members_named_by_a_bare_class_noun_give_as_the_body_before() -> None:
    # 公司全体干部职工为X捐赠: chained member words, then the receiver phrase
    t = "青山公司积极行动。公司全体干部职工为黄泥村捐赠医用口罩3000只。"
    ev = run(t, {"青山公司": "ORG", "黄泥村": "LOC"})[0]
    assert ev["agents"] == ["青山公司"] and "+bare_body" in ev["rule"]
    # 局机关党员干部: the bureau named before
    t = "县林业局积极行动。局机关党员干部为黄泥村捐赠医用口罩3000只。"
    assert run(t, {"县林业局": "ORG", "黄泥村": "LOC"})[0]["agents"] == ["县林业局"]


def test_cleft_names_the_giver_after_zhe_shi() -> None:
    # A拉回了一车物资，这是X为Y捐赠的…: A only carries; the giver follows 这是
    t = "县林业局驻村第一书记王海涛开车从县城拉回了一车物资，这是局机关党员干部为黄泥村捐赠的医用口罩3000只、消毒液100瓶。"
    ev = run(t, {"县林业局": "ORG", "王海涛": "PER", "黄泥村": "LOC"})[0]
    assert ev["agents"] == ["县林业局"]
    assert items(ev) == [("医用口罩", 3000, "只"), ("消毒液", 100, "瓶")]
    t = "王海涛开车拉回了一车物资，这些都是青山公司捐赠的口罩。"
    assert run(t, {"青山公司": "ORG", "王海涛": "PER"})[0]["agents"] == ["青山公司"]


def test_bare_firm_buying_through_channels_is_the_firm_told_before() -> None:
    t = ("青林食品有限公司积极行动。疫情初期口罩紧缺，公司通过多方渠道采购一次性口罩2万只，"
         "其中1.5万只分发给复工员工，5000只捐赠给了东关社区。")
    evs = run(t, {"青林食品有限公司": "ORG", "东关社区": "LOC"})
    assert [(e["type"], e["agents"]) for e in evs] == [
        ("procurement", ["青林食品有限公司"]), ("distribution", ["青林食品有限公司"]),
        ("donation", ["青林食品有限公司"])]
    assert "+bare_body" in evs[0]["rule"]


def test_inner_body_of_a_class_calling_its_staff_gives_as_the_body() -> None:
    t = ("青林食品有限公司位于城关镇。公司工会组织全体职工开展爱心捐款，共募集善款36800元，全部交给了县慈善总会。")
    ev = run(t, {"青林食品有限公司": "ORG", "县慈善总会": "ORG"})[0]
    assert ev["agents"] == ["青林食品有限公司"] and "+calling_class" in ev["rule"]
    assert items(ev) == [("现金|资金|善款", 36800, "元")]


def test_call_told_in_the_sentence_before() -> None:
    # the members open the sentence; the call and its caller are in the sentence before
    t = "2月10日，白鹭中学党支部向全体教职工发出倡议。全体教职工踊跃参与，共自发捐款26800元。"
    ev = run(t, {"白鹭中学党支部": "ORG"})[0]
    assert ev["agents"] == ["白鹭中学党支部"] and "+appeal" in ev["rule"]
    # 倡议发出后 opens the sentence: the caller is before; Party members answer their Party body
    t = ("近日，青桐实验学校党总支发出倡议，号召全体党员教师奉献爱心。倡议发出后，全校63名党员教师踊跃响应，两天内捐款1.86万元。")
    ev = run(t, {"青桐实验学校党总支": "ORG"})[0]
    assert ev["agents"] == ["青桐实验学校党总支"]


def test_head_of_a_firms_unit_leading_its_staff_gives_as_the_firm() -> None:
    t = ("青橙农业开发有限公司积极行动。11月24日，公司白石镇柑橘基地负责人黄立林带着基地员工，"
         "把脐橙200箱、大米100袋送到了白石镇青龙村卡点。")
    ev = run(t, {"青橙农业开发有限公司": "ORG", "黄立林": "PER", "白石镇": "LOC", "青龙村": "LOC"})[0]
    assert ev["agents"] == ["青橙农业开发有限公司"] and "+led" in ev["rule"]


def test_goods_raised_by_the_bureau_brought_by_its_envoy() -> None:
    t = "2月13日，县交通运输局派驻青口村第一书记杨立兴带着局里筹集的大米50袋、食用油50桶回到村里。"
    ev = run(t, {"县交通运输局": "ORG", "杨立兴": "PER", "青口村": "LOC"})[0]
    assert ev["agents"] == ["县交通运输局"] and "+owned" in ev["rule"]


def test_places_after_cong_are_where_goods_came_from() -> None:
    t = "2月14日，青口村在外务工人员罗明芳从浙江宁波网购了医用口罩2000只，委托同学寄回村里。"
    evs = run(t, {"青口村": "LOC", "罗明芳": "PER", "浙江": "LOC", "宁波": "LOC"})
    assert evs and all(e["agents"] == ["罗明芳"] for e in evs)
