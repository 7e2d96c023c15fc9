"""Supply-event rules of the ev13 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from kg.extract.events import MONEY_ITEM

from tests.test_events import items, run


def test_batch_carried_to_residents_of_each_village_is_handed_out() -> None:
    # event.ba+carried+residents_of
    t = ("3月5日，青禾食品有限公司向东岭镇捐赠土豆300箱、面条200箱。"
         "东岭镇党委书记赵明当天就带领机关干部把这批物资送到了各村居家群众手中。")
    evs = run(t, {"青禾食品有限公司": "ORG", "东岭镇": "LOC", "东岭镇党委": "ORG", "赵明": "PER"})
    assert [e["type"] for e in evs] == ["donation", "distribution"]
    assert "+residents_of" in evs[1]["rule"]
    assert items(evs[1]) == [("土豆", 300, "箱"), ("面条", 200, "箱")]


def test_goods_carried_to_residents_of_a_named_part_are_handed_out() -> None:
    t = "白鹭社区书记孙丽带领网格员，当天就把蔬菜和鸡蛋送到了封控楼栋的居民家中。"
    evs = run(t, {"白鹭社区": "LOC", "孙丽": "PER"})
    assert [e["type"] for e in evs] == ["distribution"]
    assert "+residents_of" in evs[0]["rule"]


def test_goods_carried_to_a_named_hospital_stay_a_gift() -> None:
    t = "3月5日，青禾食品有限公司把面包200箱送到了城关医院的门诊楼。"
    evs = run(t, {"青禾食品有限公司": "ORG", "城关医院": "ORG"})
    assert [e["type"] for e in evs] == ["donation"]


def test_official_leading_helpers_to_households_hands_out() -> None:
    # event.give+households+leads_helpers
    t = "3月6日，白鹭社区党委书记孙丽带领网格员和志愿者，为辖区80多户独居老人送去面条和鸡蛋。"
    evs = run(t, {"白鹭社区党委": "ORG", "孙丽": "PER"})
    assert [e["type"] for e in evs] == ["distribution"]
    assert "+households+leads_helpers" in evs[0]["rule"]


def test_private_person_to_households_stays_a_gift() -> None:
    t = "3月6日，个体户孙丽为辖区80多户独居老人送去面条和鸡蛋。"
    evs = run(t, {"孙丽": "PER"})
    assert [e["type"] for e in evs] == ["donation"]


def test_share_of_goods_split_among_units_keeps_no_count() -> None:
    t = ("区商务局采购的白菜30吨于3月3日分配给东城街道、西城街道、南城街道。"
         "西城街道随后组织干部把白菜送到居民家门口。")
    evs = run(t, {"区商务局": "ORG", "东城街道": "LOC", "西城街道": "LOC", "南城街道": "LOC"})
    last = evs[-1]
    assert last["type"] == "distribution"
    assert items(last) == [("白菜", None, None)]


def test_anonymous_giver_told_first_on_a_donor_list() -> None:
    # event.list_line+anonymous
    t = ("现将本会接收的社会捐赠情况公示如下：\n"
         "序号 捐赠单位（个人） 金额（元）\n"
         "1 白杨食品有限公司 6000.00\n"
         "2 不愿透露姓名爱心人士 800.00\n")
    evs = run(t, {"白杨食品有限公司": "ORG"})
    assert len(evs) == 2
    assert evs[1]["agents"] == [] and items(evs[1]) == [(MONEY_ITEM, 800, "元")]
    assert evs[1]["rule"].endswith("+anonymous")


def test_gift_retold_with_a_short_giver_name_is_one_act() -> None:
    t = ("现将本会接收的社会捐赠情况公示如下：\n"
         "序号 捐赠单位（个人） 物资名称及数量 折价（元）\n"
         "1 青山镇绿野家庭农场 大米2000斤、腊肉100斤 9000\n"
         "款物使用情况：\n"
         "3月4日，将绿野家庭农场捐赠的大米2000斤、腊肉100斤配送至青山镇。\n")
    evs = run(t, {"青山镇绿野家庭农场": "ORG", "绿野家庭农场": "ORG", "青山镇": "LOC"})
    assert [e["type"] for e in evs] == ["donation", "distribution"]


def test_directed_money_paid_on_by_the_channel() -> None:
    # event.passed_on_money
    t = ("3月1日，刘明通过县红十字会向桥头镇定向捐赠现金1500元。"
         "3月3日，刘明定向捐赠的1500元已全额拨付桥头镇人民政府。")
    evs = run(t, {"刘明": "PER", "县红十字会": "ORG", "桥头镇": "LOC", "桥头镇人民政府": "ORG"})
    assert [e["type"] for e in evs] == ["donation", "distribution"]
    d = evs[1]
    assert d["rule"] == "event.passed_on_money"
    assert d["agents"] == ["县红十字会"] and d["recipients"] == ["桥头镇人民政府"]
    assert items(d) == [(MONEY_ITEM, 1500, "元")]


def test_money_paid_without_a_gift_told_before_is_not_passed_on() -> None:
    t = "3月3日，县财政局向桥头镇人民政府拨付防疫资金30万元。"
    evs = run(t, {"县财政局": "ORG", "桥头镇人民政府": "ORG"})
    assert all(e["rule"] != "event.passed_on_money" for e in evs)


def test_goods_bought_with_pooled_money_and_carried_on_are_given() -> None:
    # event.bought_then_given+funded (凑钱 is a money verb)
    t = "3月8日，松林村村民自发凑钱5200元，购买了面包、牛奶等食品，送到附近的检查卡点。"
    evs = run(t, {"松林村": "LOC"})
    assert [e["type"] for e in evs] == ["donation", "procurement", "donation"]
    assert items(evs[0]) == [(MONEY_ITEM, 5200, "元")]
    assert items(evs[2]) == [("面包", None, None), ("牛奶", None, None)]
    assert evs[2]["rule"].endswith("+funded")


def test_represented_company_across_a_comma_and_adverb() -> None:
    # event.give+represented (分别 after the comma)
    t = ("新禾食品有限公司一直关心家乡。3月2日，总经理李强代表公司，"
         "分别向东镇和西镇各捐赠口罩500只。")
    evs = run(t, {"新禾食品有限公司": "ORG", "李强": "PER", "东镇": "LOC", "西镇": "LOC"})
    assert len(evs) == 2
    assert all(e["agents"] == ["新禾食品有限公司"] for e in evs)
    assert all("+represented" in e["rule"] for e in evs)


def test_receipt_then_batch_handed_on_is_a_distribution() -> None:
    t = ("3月2日，新禾食品有限公司向县红十字会捐赠面包300箱。"
         "县红十字会副会长王立接收了物资，并于当天将这批物资全部转交北关街道。")
    evs = run(t, {"新禾食品有限公司": "ORG", "县红十字会": "ORG", "王立": "PER", "北关街道": "LOC"})
    assert [e["type"] for e in evs] == ["donation", "distribution"]
    assert evs[1]["recipients"] == ["北关街道"]
    assert items(evs[1]) == [("面包", 300, "箱")]


def test_instruction_to_deliver_is_no_act() -> None:
    t = "3月4日，市长张华到北关街道检查工作，叮嘱社区工作人员把生活物资及时送到居民手中。"
    assert run(t, {"张华": "PER", "北关街道": "LOC"}) == []
