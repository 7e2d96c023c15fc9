"""Supply-event rules of the ev12 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from kg.extract.events import MONEY_ITEM

from tests.test_events import items, run


def test_bought_goods_carried_to_own_village_posts_are_handed_out() -> None:
    # event.bought_then_handed_out+own_units
    t = "3月1日，柳树村党支部用这笔钱购买了矿泉水40件、口罩2000只，当天送到了村里的5个防控卡点。"
    evs = run(t, {"柳树村党支部": "ORG"})
    assert [e["type"] for e in evs] == ["procurement", "distribution"]
    assert evs[1]["agents"] == ["柳树村党支部"]
    assert items(evs[1]) == [("矿泉水", 40, "件"), ("口罩", 2000, "只")]
    assert evs[1]["rule"].endswith("+own_units")


def test_bought_goods_handed_out_to_all_village_posts() -> None:
    t = "石桥村村委会购买了方便面30箱、消毒液10桶，3月2日分发到了全村6个卡点。"
    evs = run(t, {"石桥村村委会": "ORG"})
    assert [e["type"] for e in evs] == ["procurement", "distribution"]
    assert evs[1]["rule"].endswith("+own_units")


def test_bought_goods_carried_to_another_bodys_posts_stay_a_gift() -> None:
    t = "3月1日，青松中学用这笔钱购买了口罩2000只，当天送到了东关街道的4个社区卡点。"
    evs = run(t, {"青松中学": "ORG", "东关街道": "LOC"})
    assert [e["type"] for e in evs] == ["procurement", "donation"]


def test_donor_table_value_cell_is_the_worth_not_money() -> None:
    # event.list_line+value_cell
    t = ("现将本会接收的社会捐赠情况公示如下：\n"
         "序号 捐赠单位 物资名称及数量 折价（元）\n"
         "1 白杨食品有限公司 牛奶200箱、面包100箱 12000.00\n")
    evs = run(t, {"白杨食品有限公司": "ORG"})
    assert len(evs) == 1
    assert items(evs[0]) == [("牛奶", 200, "箱"), ("面包", 100, "箱")]
    assert evs[0]["value_yuan"] == 12000
    assert "+value_cell" in evs[0]["rule"]


def test_donor_table_money_with_a_directed_note_cell() -> None:
    # event.list_line+directed_note
    t = ("现将本会接收的社会捐款情况公示如下：\n"
         "序号 捐赠单位（个人） 金额（元） 备注\n"
         "1 青山建材商会（含会员企业） 50000.00 定向东河镇\n"
         "2 绿野农业公司 8000.00\n")
    evs = run(t, {"青山建材商会": "ORG", "东河镇": "LOC", "绿野农业公司": "ORG"})
    assert [(e["agents"], items(e)) for e in evs] == [
        (["青山建材商会"], [(MONEY_ITEM, 50000, "元")]),
        (["绿野农业公司"], [(MONEY_ITEM, 8000, "元")]),
    ]
    assert "东河镇" in evs[0]["recipients"]
    assert "+directed_note" in evs[0]["rule"]


def test_donor_table_two_member_nouns_after_the_body() -> None:
    t = ("现将本会接收的社会捐款情况公示如下：\n"
         "序号 捐赠单位（个人） 金额（元）\n"
         "1 明湖区水利局全体干部职工 6600.00\n")
    evs = run(t, {"明湖区水利局": "ORG"})
    assert [(e["agents"], items(e)) for e in evs] == [(["明湖区水利局"], [(MONEY_ITEM, 6600, "元")])]


def test_this_company_is_the_firm_named_just_before() -> None:
    # +pronoun_near: 该公司 after a firm newly named, not the last giver (a party branch)
    t = ("东坡村党支部向村民发放口罩500只。"
         "西岭镇的蓝天农业发展有限公司也行动起来。3月3日，该公司向西岭镇捐赠土豆5吨。")
    evs = run(t, {"东坡村党支部": "ORG", "西岭镇": "LOC", "蓝天农业发展有限公司": "ORG"})
    gift = [e for e in evs if e["type"] == "donation"]
    assert gift and gift[-1]["agents"] == ["蓝天农业发展有限公司"]
    assert gift[-1]["rule"].endswith("+pronoun_near")


def test_this_company_is_still_the_last_giving_firm() -> None:
    t = "红星食品有限公司向南城街道捐赠牛奶100箱。3月4日，该公司又向北城街道捐赠面包50箱。"
    evs = run(t, {"红星食品有限公司": "ORG", "南城街道": "LOC", "北城街道": "LOC"})
    assert [e["agents"] for e in evs] == [["红星食品有限公司"], ["红星食品有限公司"]]


def test_routine_delivery_of_class_goods_is_no_act() -> None:
    # (event.habitual): every day, class word only, no count
    t = "志愿者王小明每天为封控楼栋居民配送生活物资。"
    assert run(t, {"王小明": "PER"}) == []


def test_routine_with_concrete_goods_is_still_told() -> None:
    t = "村民李大妈每天给村口卡点送来热水和馒头。"
    evs = run(t, {"李大妈": "PER"})
    assert len(evs) == 1 and items(evs[0]) == [("热水", None, None), ("馒头", None, None)]
