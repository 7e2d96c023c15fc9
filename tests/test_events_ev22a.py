"""Supply-event rules of the ev22a round (givers), on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from tests.test_events import items, run


def test_a_branch_secretary_giving_on_behalf_of_the_branch() -> None:
    # _REPRESENTS: a four-character class noun (村党支部) after 代表
    t = "5月1日，北坡村党支部书记王德辉代表村党支部，向城关镇捐赠了3000元现金。"
    evs = run(t, {"北坡村党支部": "ORG", "王德辉": "PER", "城关镇": "LOC"})
    assert [(e["agents"], e["recipients"]) for e in evs] == [(["北坡村党支部"], ["城关镇"])]


def test_an_association_head_bringing_members_lorries() -> None:
    # events_bring_verbs.txt + _leaders_body(members_only): 带着会员企业的…，把…送到 — the 协会 gives;
    # the lorries (events_vehicle_units.txt) are no gift
    t = ("5月2日，县服装协会会长、华美服饰有限公司董事长李志刚带着会员企业的10多辆货车，"
         "把1万只口罩、500件防护服送到了南关镇。")
    evs = run(t, {"县服装协会": "ORG", "华美服饰有限公司": "ORG", "李志刚": "PER", "南关镇": "LOC"})
    assert [(e["agents"], e["recipients"], items(e)) for e in evs] == [
        (["县服装协会"], ["南关镇"], [("口罩", 10000, "只"), ("防护服", 500, "件")])]


def test_a_leader_bringing_goods_still_gives_in_person() -> None:
    # 带着 + goods (no members): the person brings them
    t = "5月2日，华美服饰有限公司董事长李志刚带着1万只口罩来到南关镇，送给一线工作人员。"
    evs = run(t, {"华美服饰有限公司": "ORG", "李志刚": "PER", "南关镇": "LOC"})
    assert evs and all(e["agents"] != ["华美服饰有限公司"] for e in evs)


def test_a_donated_vehicle_is_a_gift() -> None:
    t = "5月3日，宏达机械有限公司向县人民医院捐赠救护车1辆。"
    evs = run(t, {"宏达机械有限公司": "ORG", "县人民医院": "ORG"})
    assert [items(e) for e in evs] == [[("救护车", 1, "辆")]]


def test_a_giver_entrusting_an_elder_brother() -> None:
    # events_entrusted.txt: 其兄 carries the gift; A gives
    t = "5月3日，在外创业的企业家赵长河委托其兄赵长江，向家乡北关镇捐款10万元。"
    evs = run(t, {"赵长河": "PER", "赵长江": "PER", "北关镇": "LOC"})
    assert [(e["agents"], e["recipients"]) for e in evs] == [(["赵长河"], ["北关镇"])]


def test_a_firm_and_a_villager_joined_by_he_both_give() -> None:
    # _title_chunk: 和村民 joins two givers; 村民 is no affiliation of the firm's
    t = "5月6日，福兴超市、宏达机械有限公司和村民孙立平共同向西关村捐赠矿泉水100箱。"
    evs = run(t, {"福兴超市": "ORG", "宏达机械有限公司": "ORG", "孙立平": "PER", "西关村": "LOC"})
    assert [e["agents"] for e in evs] == [["福兴超市", "宏达机械有限公司", "孙立平"]]


def test_bought_then_carried_in_one_clause_is_given() -> None:
    # _bought_and_delivered(serial): 购买了2顶帐篷送到卡点 — 了 closes the purchase, the carrying verb follows
    t = "3月5日，村民张秀梅自费购买了2顶帐篷送到村口卡点。"
    evs = run(t, {"张秀梅": "PER"})
    assert [(e["type"], e["agents"], items(e)) for e in evs] == [
        ("procurement", ["张秀梅"], [("帐篷", 2, "顶")]), ("donation", ["张秀梅"], [("帐篷", 2, "顶")])]


def test_goods_bought_that_arrive_are_still_no_gift() -> None:
    # an arrival verb (运抵) after the relative purchase: delivered, not given
    t = "3月5日，街道采购的蔬菜36吨运抵辖区。"
    assert all(e["type"] != "donation" for e in run(t, {}))


def test_a_cooperative_head_bringing_members_gives_as_the_cooperative() -> None:
    # events_led_members.tsv: 社员 are a 合作社's members
    t = "2月19日，丰禾果蔬专业合作社理事长王海波带着社员，送来了苹果500箱、白菜5吨。"
    evs = run(t, {"丰禾果蔬专业合作社": "ORG", "王海波": "PER"})
    assert [e["agents"] for e in evs] == [["丰禾果蔬专业合作社"]]


def test_a_firms_lorry_driving_into_a_place_brings_the_firms_gift() -> None:
    # events_links.tsv: 开进了/驶入 mark the place the goods go to
    t = "9月7日一早，隆兴食品有限公司的冷链车开进了南关社区，送来猪肉2吨、鸡蛋300件。"
    evs = run(t, {"隆兴食品有限公司": "ORG", "南关社区": "LOC"})
    assert [(e["agents"], e["recipients"]) for e in evs] == [(["隆兴食品有限公司"], ["南关社区"])]


def test_a_firms_delegation_led_by_its_branch_secretary_gives_as_the_firm() -> None:
    # events_delegation_words.txt: X公司党支部书记、董事长A一行 — the firm holding the branch gives
    t = "2月9日上午，宏远物流有限公司党支部书记、董事长高振华一行来到城关镇，为全镇疫情防控一线捐赠口罩1万只。"
    evs = run(t, {"宏远物流有限公司党支部": "ORG", "高振华": "PER", "城关镇": "LOC"})
    assert [e["agents"] for e in evs] == [["宏远物流有限公司"]]


def test_a_branch_secretary_leading_members_still_gives_in_person() -> None:
    t = "2月9日，北坡村党支部书记王德辉带领党员，为村口卡点送去方便面20箱。"
    evs = run(t, {"北坡村党支部": "ORG", "王德辉": "PER"})
    assert [e["agents"] for e in evs] == [["王德辉"]]
