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


def test_online_shopping_is_a_purchase() -> None:
    # 网购 in supply_verbs.tsv; bought then posted home is a gift
    t = "在外务工的村民罗小勇得知家乡口罩紧缺，从广州网购了2000只口罩，寄回了新寨村。"
    evs = run(t, {"新寨村": "LOC", "罗小勇": "PER", "广州": "LOC"})
    assert [e["type"] for e in evs] == ["procurement", "donation"]
    t = "青年冯小勇通过网购买到1000只口罩，用快递寄回了家乡。"
    assert [items(e) for e in run(t, {"冯小勇": "PER"})][0] == [("口罩", 1000, "只")]


def test_they_after_a_list_of_people_are_those_people() -> None:
    # events._people_before (+pronoun_person)
    t = "车上下来的是在镇上开超市的三兄弟——杜建军、杜建平、杜建华。他们向江垭镇人民政府捐赠了方便面80箱。"
    evs = run(t, {"杜建军": "PER", "杜建平": "PER", "杜建华": "PER", "江垭镇人民政府": "ORG"})
    assert evs[0]["agents"] == ["杜建军", "杜建平", "杜建华"]


def test_a_receipt_from_a_titled_person_names_the_person_not_the_firm() -> None:
    # event.recv+affiliation
    t = "1月24日，鹅湖镇收到了在外乡贤、上海瓷源贸易有限公司总经理汪志明捐赠的红外测温仪50支。"
    evs = run(t, {"鹅湖镇": "LOC", "上海瓷源贸易有限公司": "ORG", "汪志明": "PER"})
    assert evs[0]["agents"] == ["汪志明"] and "+affiliation" in evs[0]["rule"]


def test_the_firm_again_giving_to_a_receiver() -> None:
    # _bare_body: 公司又向X捐款
    t = "丹凤光学眼镜有限公司复工。4月13日，公司又向市红十字会捐款10万元。"
    evs = run(t, {"丹凤光学眼镜有限公司": "ORG", "市红十字会": "ORG"})
    assert evs[0]["agents"] == ["丹凤光学眼镜有限公司"]


def test_school_staff_pooling_money_give_as_the_school() -> None:
    # _appeal_body reads past a quoted campaign name; _bare_body goes on from 学校全体教职工…
    t = "翰林实验中学开展活动。学校发出“一元捐”倡议后，全校师生积极响应，三天内共筹集善款2.36万元。"
    assert run(t, {"翰林实验中学": "ORG"})[0]["agents"] == ["翰林实验中学"]
    t = "博雅中学开展活动。此前，学校全体教职工发起爱心捐款，两天内共筹得善款2.36万元。"
    assert run(t, {"博雅中学": "ORG"})[0]["agents"] == ["博雅中学"]


def test_money_taken_out_then_given() -> None:
    # events._prior_money (+prior_goods)
    t = "家住城关镇的退休教师韩玉兰，拿出自己积攒多年的2万元，捐给了县慈善总会。"
    evs = run(t, {"城关镇": "LOC", "韩玉兰": "PER", "县慈善总会": "ORG"})
    assert [(e["agents"], items(e)) for e in evs] == [(["韩玉兰"], [("现金|资金|善款", 20000, "元")])]


def test_goods_described_by_an_unnamed_gift_inside_a_handover_are_no_gift() -> None:
    # (event.ba) 将爱心企业捐赠的口罩调拨至Y: one act, the hand-over
    t = "2月11日，县红十字会将爱心企业捐赠的1万只医用口罩调拨至县人民医院。"
    evs = run(t, {"县红十字会": "ORG", "县人民医院": "ORG"})
    assert [e["type"] for e in evs] == ["distribution"]
    # a class noun names the giver: the gift stays
    t = "2月8日，总经理黄立新带领员工，将公司捐赠的蔬菜、大米送到大周镇。"
    assert "donation" in [e["type"] for e in run(t, {"黄立新": "PER", "大周镇": "LOC"})]


def test_goods_made_or_picked_then_carried_in_one_clause_are_a_gift() -> None:
    # _prior_goods(same_clause=True); 挑选 in events_make_verbs.txt
    t = "6月6日，松林村村民钟秀兰和丈夫从自家瓜地里挑选了500斤西瓜送到医院。"
    evs = run(t, {"松林村": "LOC", "钟秀兰": "PER"})
    assert [(e["type"], e["agents"], items(e)) for e in evs] == [("donation", ["钟秀兰"], [("西瓜", 500, "斤")])]


def test_a_batch_sent_to_a_town_and_handed_on_by_it() -> None:
    # 调拨给X的 keeps X as receiver (_goods_at); 将其配送至 carries the whole batch (_carried)
    t = "10月20日，县民政局调拨给开鲁镇的折叠床100张、棉被200床运抵，镇里随即将其配送至镇区3个隔离观察点。"
    evs = run(t, {"县民政局": "ORG", "开鲁镇": "LOC"})
    assert [(e["type"], e["agents"], e["recipients"]) for e in evs] == [
        ("distribution", ["县民政局"], ["开鲁镇"]), ("distribution", ["开鲁镇"], [])]
    assert items(evs[1]) == [("折叠床", 100, "张"), ("棉被", 200, "床")]


def test_all_of_a_batch_handed_on_without_an_object() -> None:
    # (+all_carried) 街道当天全部配送到A、B
    t = "11月2日，区慈善会向城关街道调拨大米3吨、食用油200桶，街道当天全部配送到桂花井社区、石门社区。"
    evs = run(t, {"区慈善会": "ORG", "城关街道": "LOC", "桂花井社区": "LOC", "石门社区": "LOC"})
    assert [(e["agents"], e["recipients"]) for e in evs] == [
        (["区慈善会"], ["城关街道"]), (["城关街道"], ["桂花井社区", "石门社区"])]


def test_money_people_raise_and_spend_themselves_is_no_gift_of_money() -> None:
    # events._drop_spent_money: the goods bought with it are the gift
    t = "同一天，在长沙读大学的学生李思雨和她的12名同学，通过网上众筹募集到善款6800元，购买了N95口罩2000只，快递寄回了家乡的卫生院。"
    evs = run(t, {"长沙": "LOC", "李思雨": "PER"})
    assert [e["type"] for e in evs] == ["procurement", "donation"]
    # villagers pooling money give it as their village (the body stands in)
    t = "水槽村的村民也行动起来，大家自发凑钱8600元，购买了火腿肠、饼干等食品，送到附近的执勤点。"
    assert "现金|资金|善款" in [i[0] for e in run(t, {"水槽村": "LOC"}) for i in items(e)]


def test_a_whole_areas_receipts_up_to_a_date_are_a_tally() -> None:
    # events._area_tally on receipts
    assert run("截至2月11日，全县共接收社会各界捐款326万元、各类防疫物资12.6万件。", {}) == []


def test_a_purchase_and_handover_on_a_bodys_behalf_are_both_the_bodys() -> None:
    # +represented across 将…采购的…送到
    t = "汀源纺织科技有限公司复工。4月15日，董事长钟永福带队，代表公司将紧急采购的医用口罩5万只送到县疫情防控指挥部。"
    evs = run(t, {"汀源纺织科技有限公司": "ORG", "钟永福": "PER", "县疫情防控指挥部": "ORG"})
    assert [(e["type"], e["agents"]) for e in evs] == [
        ("procurement", ["汀源纺织科技有限公司"]), ("donation", ["汀源纺织科技有限公司"])]


def test_part_of_a_batch_given_to_each_of_several_receivers() -> None:
    # 分别 in events_name_stop.txt: not a good after a bare count
    t = "公司从韩国采购的额温枪300支于2月5日运抵，次日，公司将其中200支分别赠送给安洲街道、南峰街道。"
    evs = run(t, {"韩国": "LOC", "安洲街道": "LOC", "南峰街道": "LOC"})
    assert ("额温枪", 200, "支") in items(evs[-1])


def test_potatoes_grown_at_home_and_carried_to_a_checkpoint() -> None:
    # 洋芋 in supply_words.txt
    t = "大寨村村民李家华以个人名义，将自家种植的洋芋1.5吨送到了村里的卡点。"
    evs = run(t, {"大寨村": "LOC", "李家华": "PER"})
    assert [(e["agents"], items(e)) for e in evs] == [(["李家华"], [("洋芋", 1.5, "吨")])]


def test_a_counted_class_inside_a_longer_list_keeps_the_other_goods() -> None:
    # _parse_items: 大米3吨、白菜、土豆等蔬菜5吨、矿泉水200箱
    t = "11月2日，绿源米业有限公司向凤翔镇捐赠大米3吨、白菜、土豆等蔬菜5吨、矿泉水200箱，价值约3.4万元。"
    evs = run(t, {"绿源米业有限公司": "ORG", "凤翔镇": "LOC"})
    assert items(evs[0]) == [("大米", 3, "吨"), ("蔬菜", 5, "吨"), ("矿泉水", 200, "箱")]
    assert evs[0]["value_yuan"] == 34000


def test_batteries_for_thermometers_are_one_good() -> None:
    # 电池 in supply_words.txt and supply_pack_heads.txt
    t = "退休护士陈美玉自费购买了5箱额温枪电池和200瓶免洗洗手液，送到医院预检分诊处。"
    evs = run(t, {"陈美玉": "PER"})
    assert items(evs[0]) == [("额温枪电池", 5, "箱"), ("免洗洗手液", 200, "瓶")]


def test_a_leader_bringing_goods_the_body_bought_does_not_give_them() -> None:
    # event.bought_then_given+brought
    t = "春晖中学开学。学校用这笔钱采购了医用外科口罩2万只，8月11日由党总支书记、校长刘志坚带队送到联星街道。"
    evs = run(t, {"春晖中学": "ORG", "刘志坚": "PER", "联星街道": "LOC"})
    assert [(e["type"], e["agents"]) for e in evs] == [("procurement", ["春晖中学"]), ("donation", ["春晖中学"])]
    assert "+brought" in evs[1]["rule"]


def test_the_whole_staff_of_a_school_pooling_money() -> None:
    # _bare_body: 全校教职工踊跃捐款，两天内共募集善款…
    t = "英华中学开展活动。倡议发出后，全校教职工踊跃捐款，两天内共募集善款2.58万元。"
    evs = run(t, {"英华中学": "ORG"})
    assert evs[0]["agents"] == ["英华中学"]


def test_two_givers_respectively_to_two_receivers() -> None:
    # _each: A和B分别向X、Y各捐赠… (+pairs)
    t = "3月22日，鹿产业协会和福鑫合作社分别向大阳镇、横道河镇各捐赠大米100袋、豆油100桶。"
    evs = run(t, {"鹿产业协会": "ORG", "福鑫合作社": "ORG", "大阳镇": "LOC", "横道河镇": "LOC"})
    assert [(e["agents"], e["recipients"]) for e in evs] == [(["鹿产业协会"], ["大阳镇"]), (["福鑫合作社"], ["横道河镇"])]
