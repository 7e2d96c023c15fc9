"""Supply-event rules of the ev18 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from tests.test_events import items, run


def test_goods_taken_out_of_ones_own_stock_and_carried_are_a_gift() -> None:
    # 拿出 in events_make_verbs.txt: event.carry+prior_goods+made
    t = "开粮店的个体户吴芳拿出大米20袋、食用油10桶，送到了村口的值守点。"
    evs = run(t, {"吴芳": "PER"})
    assert [e["type"] for e in evs] == ["donation"]
    assert evs[0]["agents"] == ["吴芳"]
    assert items(evs[0]) == [("大米", 20, "袋"), ("食用油", 10, "桶")]


def test_taking_out_savings_to_buy_is_still_no_gift_of_goods() -> None:
    t = "退休工人郑华拿出自己的积蓄，购买了手套100双，送到了城东社区居委会。"
    evs = run(t, {"郑华": "PER", "城东社区居委会": "ORG"})
    assert "donation" not in [e["type"] for e in evs if e["agents"] == ["郑华"] and "+made" in e["rule"]]


def test_goods_listed_after_qizhong_you_keep_their_name() -> None:
    # 其中有 in events_lead_fillers.txt: the 有 is not part of the first good
    t = "3月4日，他拉来一车物资捐赠给城关镇人民政府，其中有矿泉水30箱、面包20箱。"
    evs = run(t, {"城关镇人民政府": "ORG"})
    assert ("矿泉水", 30, "箱") in items(evs[0])


def test_partner_before_a_firm_name_is_not_part_of_the_giver() -> None:
    # 合作伙伴 in entities_left_stop.txt (the left walk of events_org_left.txt uses it too)
    t = ("公司长期合作伙伴青州市远航物流有限公司得知消息后，也加入了进来。"
         "该公司于11月15日捐赠消毒液100桶、防护面屏500个。")
    evs = run(t, {"青州市远航物流有限公司": "ORG"})
    assert evs and all(e["agents"] == ["青州市远航物流有限公司"] for e in evs)


def test_place_of_origin_after_you_is_not_the_giver() -> None:
    # 由X籍企业家Y捐赠的: X籍 tells where Y comes from
    t = "由青川籍企业家王大成捐赠的大米10吨、食用油500桶，9月5日运抵城关镇。"
    evs = run(t, {"青川": "LOC", "王大成": "PER", "城关镇": "LOC"})
    assert evs and evs[0]["agents"] == ["王大成"]


def test_test_kits_counted_per_person_and_herbal_doses_are_units() -> None:
    # 人份 and 剂 in units.tsv
    t = "11月26日，城南小区收到了业主王大成捐赠的抗原检测试剂盒2000人份、中药汤剂500剂。"
    evs = run(t, {"城南小区": "LOC", "王大成": "PER"})
    assert items(evs[0]) == [("抗原检测试剂盒", 2000, "人份"), ("中药汤剂", 500, "剂")]


def test_goods_counted_inside_packs_take_the_inner_count() -> None:
    # events._packed_count, events_pack_units.txt
    t = "由南方电子有限公司捐赠的17箱（51000个）医用外科口罩和60桶消毒液，送到了胜利街街道。"
    evs = run(t, {"南方电子有限公司": "ORG", "胜利街街道": "LOC"})
    assert items(evs[0]) == [("医用外科口罩", 51000, "个"), ("消毒液", 60, "桶")]
    t = "南方电子有限公司向胜利街街道捐赠医用外科口罩17箱(共51000只)、纯牛奶100箱（每箱12瓶）。"
    evs = run(t, {"南方电子有限公司": "ORG", "胜利街街道": "LOC"})
    assert items(evs[0]) == [("医用外科口罩", 51000, "只"), ("纯牛奶", 100, "箱")]


def test_leader_of_a_chamber_and_a_firm_bringing_members_gives_for_the_chamber() -> None:
    # events_led_members.tsv: 会员企业 are a 商会's members (event.money+led)
    t = "城南商会会长、城南渔业有限公司董事长王大成带领会员企业，通过市红十字会向人民医院定向捐款5万元。"
    ms = {"城南商会": "ORG", "城南渔业有限公司": "ORG", "王大成": "PER", "市红十字会": "ORG", "人民医院": "ORG"}
    evs = run(t, ms)
    assert evs[0]["agents"] == ["城南商会"]
    assert "+led" in evs[0]["rule"]


def test_group_buying_is_a_purchase() -> None:
    # 团购 in supply_verbs.tsv, then event.bought_then_handed_out
    t = "居民、志愿者陆佳怡自掏腰包团购了面包和牛奶各500份，分发给楼组里的独居老人。"
    evs = run(t, {"陆佳怡": "PER"})
    assert [e["type"] for e in evs] == ["procurement", "distribution"]
    assert items(evs[0]) == [("面包", 500, "份"), ("牛奶", 500, "份")]


def test_places_counted_after_a_destination_are_no_goods() -> None:
    # events_place_nouns.txt: 两个卡点 is not a good; 其中600只 takes up the masks
    t = ("2月13日，城东街道收到了青年黄思远寄来的N95口罩1000只。"
         "街道当天就将其中600只分发到金色家园小区、丽景湾小区两个卡点。")
    evs = run(t, {"城东街道": "LOC", "黄思远": "PER", "金色家园小区": "LOC", "丽景湾小区": "LOC"})
    assert [e["type"] for e in evs] == ["donation", "distribution"]
    assert items(evs[1]) == [("N95口罩", 600, "只")]
    assert evs[1]["recipients"] == ["金色家园小区", "丽景湾小区"]


def test_an_order_to_make_good_use_of_donated_goods_is_no_gift() -> None:
    # 管好/用好 in events_irrealis.txt
    t = "2月13日下午，市长孟建华到城东街道督导疫情防控工作，要求各级各部门管好用好捐赠物资。"
    assert run(t, {"孟建华": "PER", "城东街道": "LOC"}) == []


def test_each_after_a_list_of_goods_shares_the_count_among_the_goods() -> None:
    # events._goods_share: one act by two givers, not one act each
    t = "4月15日，镇汽摩配行业协会联合恒达汽车部件有限公司，向镇指挥部捐赠N95口罩1万只，面包、牛奶各200箱。"
    ms = {"镇汽摩配行业协会": "ORG", "恒达汽车部件有限公司": "ORG", "镇指挥部": "ORG"}
    evs = run(t, ms)
    assert len(evs) == 1
    assert evs[0]["agents"] == ["镇汽摩配行业协会", "恒达汽车部件有限公司"]
    assert items(evs[0]) == [("N95口罩", 10000, "只"), ("面包", 200, "箱"), ("牛奶", 200, "箱")]
    t = "公司分别向东城社区、西城社区捐赠方便面各50箱。"
    assert len(run(t, {"东城社区": "LOC", "西城社区": "LOC"})) == 2


def test_staff_of_our_school_give_as_the_school() -> None:
    # 我校/我院 in events_bare_bodies.tsv; 两天内 is a filler (event.money+bare_body)
    t = "城南中学举行开学典礼。我校全体教职工两天内自发捐款2.15万元。"
    evs = run(t, {"城南中学": "ORG"})
    assert evs[0]["agents"] == ["城南中学"] and "+bare_body" in evs[0]["rule"]
    t = "东城医院医护人员坚守一线。我院全体职工也自发捐款15800元，通过区红十字会捐给了新站街道。"
    evs = run(t, {"东城医院": "ORG", "区红十字会": "ORG", "新站街道": "LOC"})
    assert evs[0]["agents"] == ["东城医院"]


def test_members_answering_a_call_of_a_body_named_by_its_class_give_as_that_body() -> None:
    # events._appeal_body: 公司倡议发出后 / 我校党总支发出倡议后
    t = "华闽化工有限公司全力复工。公司倡议发出后，全体干部职工踊跃捐款，两天共募集善款4.68万元。"
    evs = run(t, {"华闽化工有限公司": "ORG"})
    assert evs[0]["agents"] == ["华闽化工有限公司"] and "+appeal" in evs[0]["rule"]
    t = "城南中学开展活动。我校党总支发出倡议后，全体教职工踊跃捐款，共募集善款3.68万元。"
    assert run(t, {"城南中学": "ORG"})[0]["agents"] == ["城南中学"]


def test_donor_list_rows_of_villagers_and_of_unnamed_givers() -> None:
    # events._place_members; 未留姓名 in events_anonymous.txt (event.list_line+anonymous)
    t = ("一、接收捐款情况（单位：元）\n序号\t捐赠单位（个人）\t金额\n"
         "1\t城南铜业有限公司\t100000.00\n2\t青山镇渡口村村民\t6150.00\n3\t爱心人士（未留姓名）\t500.00\n")
    evs = run(t, {"城南铜业有限公司": "ORG", "青山镇": "LOC", "渡口村": "LOC"})
    assert [(e["agents"], items(e)) for e in evs] == [
        (["城南铜业有限公司"], [("现金|资金|善款", 100000, "元")]),
        (["渡口村"], [("现金|资金|善款", 6150, "元")]),
        ([], [("现金|资金|善款", 500, "元")]),
    ]


def test_what_money_is_for_is_no_purchase_of_unnamed_goods() -> None:
    # events._is_summary: 用于购买 + class words only
    t = "4月7日，村民汪小兵以个人名义向村里捐款2000元，用于购买接种点防暑物资。"
    evs = run(t, {"汪小兵": "PER"})
    assert [e["type"] for e in evs] == ["donation"]
    # named goods bought with it stay a purchase (and the gift of them)
    t = "得知情况后，市侨联全体干部职工纷纷慷慨解囊，迅速筹资14800元，用于购买N95口罩、医用酒精等抗疫物资，捐赠给铁炉村。"
    assert "procurement" in [e["type"] for e in run(t, {"市侨联": "ORG", "铁炉村": "LOC"})]


def test_orders_and_spending_of_donated_money_are_no_gifts() -> None:
    # 要求各地 (events_irrealis_clause.txt), 使用社会 (events_irrealis.txt)
    t = "4月8日，市长覃永明到城东街道检查疫情防控工作，要求各地把社会捐赠物资及时送到群众手中。"
    assert run(t, {"覃永明": "PER", "城东街道": "LOC"}) == []
    t = "同一天，区慈善总会使用社会捐赠资金10万元，采购N95口罩2万只。"
    assert [e["type"] for e in run(t, {"区慈善总会": "ORG"})] == ["procurement"]


def test_goods_bought_and_posted_home_are_a_gift() -> None:
    # 寄回 in supply_verbs.tsv (carry): event.bought_then_given
    t = "在宁波务工的青年冯小勇通过网购买到1000只口罩，用快递寄回了家乡茶香村。"
    evs = run(t, {"宁波": "LOC", "冯小勇": "PER", "茶香村": "LOC"})
    assert [e["type"] for e in evs] == ["procurement", "donation"]
    assert evs[1]["agents"] == ["冯小勇"]


def test_a_visit_on_a_bodys_behalf_gives_for_the_body() -> None:
    # events._represents_visit (+represented)
    t = ("城南中学开学。8月9日，校长蒋立新带领学校班子成员，代表学校来到城东社区核酸检测点慰问一线工作人员，"
         "送去矿泉水100箱。")
    evs = run(t, {"城南中学": "ORG", "蒋立新": "PER", "城东社区": "LOC"})
    assert evs[0]["agents"] == ["城南中学"] and "+represented" in evs[0]["rule"]


def test_a_receipt_through_a_channel_names_the_giver_before_it() -> None:
    # event.recv+via: the channel receives too, the one before it gives
    t = "城东街道近日收到了爱心人士周建明通过区红十字会捐赠的善款10万元。"
    evs = run(t, {"城东街道": "LOC", "周建明": "PER", "区红十字会": "ORG"})
    assert evs[0]["agents"] == ["周建明"]
    assert evs[0]["recipients"] == ["城东街道", "区红十字会"]
