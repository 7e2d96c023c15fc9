"""Supply-event rules on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

import re

import pytest

from kg.extract.events import MONEY_ITEM, event_record, extract_events
from kg.model import Mention, Span


def mentions(text: str, names: dict[str, str]) -> list[Mention]:
    out = []
    for name, etype in names.items():
        for m in re.finditer(re.escape(name), text):
            out.append(Mention(name, etype, m.start(), m.end(), "test"))  # type: ignore[arg-type]
    return out


def run(text: str, names: dict[str, str], date: str | None = "2021-03-10") -> list[dict]:
    return [event_record(e) for e in extract_events(text, mentions(text, names), article_date=date)]


def items(ev: dict) -> list[tuple]:
    return [(i["item"], i["quantity"], i["unit"]) for i in ev["items"]]


def test_enumeration_under_one_verb() -> None:
    t = "甲乙科技、丙丁电子等企业无偿捐赠医用口罩6000个、KN95口罩300个、隔离服120件等防疫物资。"
    evs = run(t, {"甲乙科技": "ORG", "丙丁电子": "ORG"})
    assert len(evs) == 1
    assert evs[0]["agents"] == ["甲乙科技", "丙丁电子"]
    assert items(evs[0]) == [("医用口罩", 6000, "个"), ("KN95口罩", 300, "个"), ("隔离服", 120, "件")]


def test_give_to_recipient_with_date() -> None:
    t = "3月2日，青山公司向白水社区捐赠了一次性手套2万双。"
    ev = run(t, {"青山公司": "ORG", "白水社区": "LOC"})[0]
    assert ev["agents"] == ["青山公司"] and ev["recipients"] == ["白水社区"]
    assert items(ev) == [("一次性手套", 20000, "双")]
    assert ev["date"] == "2021-03-02" and ev["type"] == "donation"


def test_ba_construction_and_gei() -> None:
    t = "红叶商会将300箱矿泉水捐赠给东湖派出所。"
    ev = run(t, {"红叶商会": "ORG", "东湖派出所": "ORG"})[0]
    assert ev["agents"] == ["红叶商会"] and ev["recipients"] == ["东湖派出所"]
    assert items(ev) == [("矿泉水", 300, "箱")]


def test_relative_you_x_juanzeng_de() -> None:
    t = "由绿洲集团捐赠的80份新鲜蔬菜送达南湾社区。"
    ev = run(t, {"绿洲集团": "ORG", "南湾社区": "LOC"})[0]
    assert ev["agents"] == ["绿洲集团"] and ev["recipients"] == ["南湾社区"]
    assert items(ev) == [("新鲜蔬菜", 80, "份")]


def test_money_donation_and_value() -> None:
    evs = run("村民王小明捐款1500元。", {"王小明": "PER"})
    assert items(evs[0]) == [(MONEY_ITEM, 1500, "元")]
    ev = run("周大海捐赠一辆价值25万元的救护车。", {"周大海": "PER"})[0]
    assert items(ev) == [("救护车", 1, "辆")] and ev["value_yuan"] == 250000


def test_value_of_goods_not_an_item() -> None:
    ev = run("李红梅送来价值6000元的牛奶、饼干。", {"李红梅": "PER"})[0]
    assert items(ev) == [("牛奶", None, None), ("饼干", None, None)]
    assert ev["value_yuan"] == 6000


def test_items_without_quantity() -> None:
    ev = run("张建国带来面包、饮料等慰问品。", {"张建国": "PER"})[0]
    assert items(ev) == [("面包", None, None), ("饮料", None, None)]


def test_bought_then_given_is_two_events() -> None:
    t = "赵志强采购了500个医用口罩，捐赠给星光村。"
    evs = run(t, {"赵志强": "PER", "星光村": "LOC"})
    assert [e["type"] for e in evs] == ["procurement", "donation"]
    assert evs[1]["recipients"] == ["星光村"] and items(evs[1]) == [("医用口罩", 500, "个")]


def test_per_person_amount_is_not_a_total() -> None:
    ev = run("石桥村向村民发放口罩，每人5个。石桥村给每户发放了每户2个口罩。", {"石桥村": "LOC"})
    assert all(i["quantity"] is None for e in ev for i in e["items"])


def test_class_with_count_replaces_members() -> None:
    ev = run("爱心企业联合会捐赠矿泉水、面包等物资900余箱，价值5万余元。", {"爱心企业联合会": "ORG"})[0]
    assert items(ev) == [("物资", 900, "箱")] and ev["value_yuan"] == 50000


def test_promise_and_tally_are_not_acts() -> None:
    assert run("金河公司承诺将捐赠价值100万元医用物资。", {"金河公司": "ORG"}) == []
    assert run("截至目前，金河公司已捐赠价值100万元物资。", {"金河公司": "ORG"}) == []


def test_pronoun_and_zero_subject() -> None:
    t = "春晖公司向一中捐赠口罩1000个。该公司还向二中捐赠口罩500个，并向三中捐赠手套200双。"
    evs = run(t, {"春晖公司": "ORG", "一中": "ORG", "二中": "ORG", "三中": "ORG"})
    assert [e["agents"] for e in evs] == [["春晖公司"]] * 3
    assert [e["recipients"] for e in evs] == [["一中"], ["二中"], ["三中"]]


def test_received_list() -> None:
    t = "县慈善会共收到各界捐款3万元，消毒液200瓶。"
    ev = run(t, {"县慈善会": "ORG"})[0]
    assert ev["recipients"] == ["县慈善会"] and ev["agents"] == []
    assert items(ev) == [(MONEY_ITEM, 30000, "元"), ("消毒液", 200, "瓶")]


def test_distribution_and_procurement_types() -> None:
    evs = run("东坡镇采购体温计300支。东坡镇为居民发放大米、食用油。", {"东坡镇": "LOC"})
    assert [e["type"] for e in evs] == ["procurement", "distribution"]


def test_unnamed_general_remark_is_dropped() -> None:
    assert run("社会各界纷纷捐赠防疫物资。", {}) == []


def test_zones_filter() -> None:
    t = "甲公司捐赠口罩100个。"
    ms = mentions(t, {"甲公司": "ORG"})
    assert extract_events(t, ms, article_date=None, zones=[Span(20, 30)]) == []
    evs = extract_events(t, ms, article_date=None, zones=[Span(0, len(t))])
    assert len(evs) == 1 and evs[0].rule.startswith("event.") and evs[0].date is None


@pytest.mark.parametrize("text,date", [
    ("2月5日，甲公司捐赠口罩100个。", "2021-02-05"),
    ("截至2月5日，甲公司捐赠口罩100个。", None),
    ("甲公司于3月1日捐赠口罩100个。", "2021-03-01"),
    ("12月30日，甲公司捐赠口罩100个。", "2020-12-30"),
])
def test_dates(text: str, date: str | None) -> None:
    assert run(text, {"甲公司": "ORG"})[0]["date"] == date


# --- givers robust to imperfect mentions (sentence, names, expected agents) -----------------
AGENT_CASES = [
    # every name after 向 up to the verb receives, even unlisted ones in between
    ("青松商会会长、白塔镇侨联主席周明远组织白塔镇侨联向东城医院、城南派出所、交警中队等捐赠口罩300箱。",
     {"青松商会": "ORG", "白塔镇侨联": "ORG", "周明远": "PER", "城南派出所": "ORG", "交警中队": "ORG"},
     ["周明远", "白塔镇侨联"]),
    # 为 A,B,C (commas only separate listed names) … 捐赠
    ("志愿者协会为东山中学,西河小学,南湖幼儿园共捐赠酒精20瓶。",
     {"志愿者协会": "ORG", "东山中学": "ORG", "西河小学": "ORG", "南湖幼儿园": "ORG"},
     ["志愿者协会"]),
    # 为助力X: a purpose; 携手 joins the givers; 为 … 的儿童, 送去: receivers
    ("为助力青河区防疫，青河区慈善会携手金谷食品有限公司为青河区康复中心的儿童，送去了500袋豆奶。",
     {"青河区": "LOC", "青河区慈善会": "ORG", "金谷食品有限公司": "ORG", "青河区康复中心": "ORG"},
     ["青河区慈善会", "金谷食品有限公司"]),
    # a mention that swallowed 向 is cut
    ("红岭镇侨联向红岭卫生院捐款3万元。", {"红岭镇侨联向红岭卫生院": "ORG"}, ["红岭镇侨联"]),
    # 据X介绍: a source, not a giver; a class of goods without a giver is no act
    ("据县防控指挥部介绍，社会各界纷纷捐赠防护物资。", {"据县防控指挥部": "ORG"}, None),
    # titled persons: the affiliation before each title is not a giver
    ("省人大代表、桃园村党支部书记孙立新，市人大代表、长丰实业有限公司董事长钱海东等送去口罩200个。",
     {"桃园村": "LOC", "孙立新": "PER", "长丰实业有限公司": "ORG", "钱海东": "PER"},
     ["孙立新", "钱海东"]),
    # 他 → the person among the last givers, not their firm
    ("杜文华代表宏达建材有限公司捐赠口罩1000个。此外，他还向东坡镇政府捐赠2部巡逻车。",
     {"杜文华": "PER", "宏达建材有限公司": "ORG", "东坡镇政府": "ORG"}, ["杜文华"]),
    # a place that only locates the next words is no giver (X县Y镇众多群众; Z的疫情)
    ("南山县北坡镇众多群众自发捐赠口罩、水果。", {"南山县": "LOC", "北坡镇": "LOC"}, None),
    # byline in parentheses
    ("(记者 王小波 通讯员 李青)全村群众捐赠方便面、饮料等慰问品。", {"王小波": "PER", "李青": "PER"}, None),
    # names the mention list lacks: role + names, 、-continued lists
    ("石桥村优秀党员韩春生、邓玉兰带着方便面、面包等慰问值班人员。", {"石桥村": "LOC"}, ["韩春生", "邓玉兰"]),
    ("海外侨胞严国栋、严国梁、严国伟共捐赠1.6万元。", {"严国栋": "PER", "严国梁": "PER"},
     ["严国栋", "严国梁", "严国伟"]),
    # X动员Y捐赠: X does not give; but 响应号召 does not hide the responders
    ("市侨联积极动员侨界捐赠口罩5000个。", {"市侨联": "ORG"}, []),
    ("甲乙科技、丙丁电子等企业响应组织号召，无偿捐赠医用口罩6000个。",
     {"甲乙科技": "ORG", "丙丁电子": "ORG"}, ["甲乙科技", "丙丁电子"]),
    # a verb inside a quotation takes its giver from the quotation
    ("新闻网讯 记者张明报道：“感谢爱心人士为我们学校送来口罩200个。", {"新闻网": "ORG", "张明": "PER"}, []),
]


@pytest.mark.parametrize("text,names,expected", AGENT_CASES)
def test_agents_robust(text: str, names: dict[str, str], expected: list[str] | None) -> None:
    evs = run(text, names)
    if expected is None:
        assert evs == []
    else:
        assert evs and evs[-1]["agents"] == expected


def test_short_form_takes_nearest_full_name() -> None:
    t = "东湖镇侨联捐赠5万元；西湖镇侨联主席李明捐赠1万元；镇侨联委员8人捐赠3000元。"
    ms = mentions(t, {"东湖镇侨联": "ORG", "西湖镇侨联": "ORG", "李明": "PER"})
    i = t.rfind("镇侨联委员")
    ms.append(Mention("镇侨联", "ORG", i, i + 3, "test", "东湖镇侨联"))
    evs = [event_record(e) for e in extract_events(t, ms, article_date=None)]
    assert evs[-1]["agents"] == ["西湖镇侨联"]


def test_retelling_with_fuller_item_name_is_one_act() -> None:
    t = "周红与周兰送来了10万个爱心医用口罩。周红、周兰购买了10万个医用口罩，运送到村委会。"
    evs = run(t, {"周红": "PER", "周兰": "PER", "村委会": "ORG"})
    assert [e["type"] for e in evs] == ["donation", "procurement"]


def test_semicolon_clause_with_own_subject_does_not_inherit_giver() -> None:
    t = "村民钱多多送来慰问品；东岗村一位老人为值班点送来10桶矿泉水。"
    evs = run(t, {"钱多多": "PER", "东岗村": "LOC"})
    assert evs[-1]["agents"] == [] and items(evs[-1]) == [("矿泉水", 10, "桶")]


# --- round 3: discourse and back-reference rules (sentences written for these tests) ---
DISCOURSE_CASES = [
    # givers named in a tally sentence, goods listed in the next one
    ("截至目前，先后收到居民张一凡、李二妹等爱心人士捐赠的物品。收到的物资包括：大米10袋，食用油5桶。",
     {"张一凡": "PER", "李二妹": "PER"},
     [(["张一凡", "李二妹"], [("大米", 10, "袋"), ("食用油", 5, "桶")])]),
    # a later clause of the sentence with no subject of its own: the sentence subject goes on
    ("据了解，东河村高度重视防控工作，组织党员入户排查；购买消毒液，每天对村道消毒。",
     {"东河村": "LOC"},
     [(["东河村"], [("消毒液", None, None)])]),
    # an organisation heading a 、-list that the mention list lacks
    ("充分发挥企业力量，青禾微、[丙丁光电]、戊己科技等企业无偿捐赠医用口罩3000个。".replace("[", "").replace("]", ""),
     {"丙丁光电": "ORG", "戊己科技": "ORG"},
     [(["青禾微", "丙丁光电", "戊己科技"], [("医用口罩", 3000, "个")])]),
    # a carrier with goods given by others: both give
    ("3月1日，北湖志愿者协会志愿者带着侨胞王小明捐赠的500只口罩送到南站社区。",
     {"北湖志愿者协会": "ORG", "王小明": "PER", "南站社区": "LOC"},
     [(["王小明", "北湖志愿者协会"], [("口罩", 500, "只")])]),
    # a class word, then the goods in the next comma-clause
    ("在外地工作的张大海委托朋友捐赠爱心物资，为值守人员准备面包、牛奶等物资。",
     {"张大海": "PER"},
     [(["张大海"], [("面包", None, None), ("牛奶", None, None)])]),
    # a verbless clause going on a run of gifts
    ("王五带来苹果等；东风超市老板赵六，慰问执勤人员，三件牛奶，两件饼干。",
     {"王五": "PER", "东风超市": "ORG", "赵六": "PER"},
     [(["王五"], [("苹果", None, None)]), (["赵六"], [("牛奶", 3, "件"), ("饼干", 2, "件")])]),
]


@pytest.mark.parametrize("text,names,expected", DISCOURSE_CASES)
def test_discourse_rules(text: str, names: dict[str, str], expected: list) -> None:
    evs = run(text, names)
    got = [(ev["agents"], items(ev)) for ev in evs]
    assert got == expected


def test_back_reference_count_takes_the_goods_named_before() -> None:
    t = "李明从外地购买了3000只医用口罩。他把其中1000只捐赠给南山医院，2000只委托东城商会转赠给学校。"
    evs = run(t, {"李明": "PER", "南山医院": "ORG", "东城商会": "ORG"})
    got = [(ev["type"], ev["agents"], items(ev)) for ev in evs]
    assert got == [("procurement", ["李明"], [("医用口罩", 3000, "只")]),
                   ("donation", ["李明"], [("医用口罩", 1000, "只")]),
                   ("donation", ["李明"], [("医用口罩", 2000, "只")])]


def test_anaphor_ends_item_list_and_bought_goods_are_not_given_on_arrival() -> None:
    t = "刘强定购了2000只医用外科口罩，这些口罩于3月2日运到北城。"
    evs = run(t, {"刘强": "PER", "北城": "LOC"})
    assert [(ev["type"], items(ev)) for ev in evs] == [("procurement", [("医用外科口罩", 2000, "只")])]


def test_carry_to_residents_is_distribution_with_known_count() -> None:
    t = "由东风集团捐赠的80份新鲜蔬菜送达南湾社区，志愿者随即将蔬菜送到各个住户。"
    evs = run(t, {"东风集团": "ORG", "南湾社区": "LOC"})
    assert [(ev["type"], items(ev)) for ev in evs] == [
        ("donation", [("新鲜蔬菜", 80, "份")]), ("distribution", [("蔬菜", 80, "份")])]


def test_these_goods_were_bought_is_a_procurement_of_them() -> None:
    t = "志愿者为南村小学捐赠口罩20包、酒精30瓶。这批物资均是由志愿者自发捐款购买的。"
    evs = run(t, {"南村小学": "ORG"})
    assert [(ev["type"], items(ev)) for ev in evs] == [
        ("donation", [("口罩", 20, "包"), ("酒精", 30, "瓶")]),
        ("procurement", [("口罩", 20, "包"), ("酒精", 30, "瓶")])]


def test_class_word_announcing_a_detailed_act_is_dropped() -> None:
    t = "西城志愿者协会得知情况后捐助物资。2月2日，西城志愿者协会向东街社区捐赠口罩600只。"
    evs = run(t, {"西城志愿者协会": "ORG", "东街社区": "LOC"})
    assert [items(ev) for ev in evs] == [[("口罩", 600, "只")]]


def test_co_giver_joined_by_lianhe() -> None:
    t = "7月1日至3日，北岸商会党员组成服务队，前往南湖社区开展服务，并联合东岸商会，向南湖社区捐赠矿泉水100箱。"
    ev = run(t, {"北岸商会": "ORG", "东岸商会": "ORG", "南湖社区": "LOC"})[0]
    assert ev["agents"] == ["北岸商会", "东岸商会"]


def test_model_code_before_the_good() -> None:
    ev = run("陈刚带了500只KN95 (GB2626)口罩捐给东区医院。", {"陈刚": "PER", "东区医院": "ORG"})[0]
    assert items(ev) == [("口罩", 500, "只")]
