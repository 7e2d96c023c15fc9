"""A pronoun subject told one clause before the act, and the goods a giver just bought."""
from __future__ import annotations

from tests.test_events import items, run


def test_a_pronoun_heading_the_clause_before_a_ba_clause_gives() -> None:
    # 她开着小货车，把…送到X: the clause with 把 has no subject of its own
    t = "个体户刘芳得知卫生院缺少物资。她开着小货车，把额温枪20支、医用酒精200瓶送到了东溪镇卫生院。"
    evs = run(t, {"刘芳": "PER", "东溪镇卫生院": "ORG"})
    assert [(e["agents"], items(e)) for e in evs] == [
        (["刘芳"], [("额温枪", 20, "支"), ("医用酒精", 200, "瓶")])]


def test_a_pronoun_before_the_loading_clause_gives_what_is_sent() -> None:
    t = "果农杨建军今年丰收。他和家人将1500箱苹果装上货车，送往市第一人民医院。"
    evs = run(t, {"杨建军": "PER", "市第一人民医院": "ORG"})
    assert [(e["agents"], e["recipients"]) for e in evs] == [(["杨建军"], ["市第一人民医院"])]


def test_a_speaker_before_the_clause_is_not_its_subject() -> None:
    t = "社区书记王红梅到场慰问。她说，把口罩500只送到卡点的是一位不愿留名的市民。"
    evs = run(t, {"王红梅": "PER"})
    assert all(e["agents"] != ["王红梅"] for e in evs)


def test_bare_goods_after_a_purchase_are_the_goods_bought() -> None:
    t = ("在外经商的白杨村人陈志远联系老乡凑钱，采购了防护服、护目镜和面罩。"
         "货到后，他们分成两路，把物资送到了青松镇和红星镇的核酸采样点。")
    evs = run(t, {"白杨村": "LOC", "陈志远": "PER", "青松镇": "LOC", "红星镇": "LOC"})
    given = [e for e in evs if e["type"] == "donation"]
    assert [items(e) for e in given] == [[("防护服", None, None), ("护目镜", None, None), ("面罩", None, None)]]
    assert given[0]["rule"].endswith("+bought_goods")


def test_a_bare_firm_with_an_adverb_and_a_ba_object_is_the_firm_told_before() -> None:
    # 公司当即将其中2万只捐赠给X: 公司 is the firm of the article, 当即 and the 将-object stand between
    t = "青禾公司采购口罩3万只。公司当即将其中2万只捐赠给县人民医院。"
    evs = run(t, {"青禾公司": "ORG", "县人民医院": "ORG"})
    assert [(e["type"], e["agents"]) for e in evs] == [("procurement", ["青禾公司"]), ("donation", ["青禾公司"])]


def test_goods_handed_over_with_jiaogei_are_given() -> None:
    # supply_verbs.tsv: 交给 hands goods to the receiver, as 交到 does
    t = "8月8日，校友张海明回到母校，亲手把额温枪50支、免洗手消毒液500瓶交给学校。"
    evs = run(t, {"张海明": "PER"})
    assert [(e["type"], e["agents"], items(e)) for e in evs] == [
        ("donation", ["张海明"], [("额温枪", 50, "支"), ("免洗手消毒液", 500, "瓶")])]


def test_bought_goods_a_cousin_brings_home_are_the_buyers_gift() -> None:
    # 托堂弟B送回村里: the kin B only carries what A bought
    t = "1月26日，在外务工的村民黄世安自费购买了口罩3000只，托堂弟黄世平送回村里，交给了村党支部。"
    evs = run(t, {"黄世安": "PER", "黄世平": "PER", "村党支部": "ORG"})
    given = [e for e in evs if e["type"] == "donation"]
    assert [e["agents"] for e in given] == [["黄世安"]]


def test_a_count_shared_with_ge_counts_every_good_of_the_list() -> None:
    # 绿豆汤、凉茶各200桶: neither word is a known supply word; 各200桶 counts both
    t = "6月6日，青松镇商会为青松镇卫生院送去绿豆汤、凉茶各200桶。"
    evs = run(t, {"青松镇商会": "ORG", "青松镇卫生院": "ORG"})
    assert [items(e) for e in evs] == [[("绿豆汤", 200, "桶"), ("凉茶", 200, "桶")]]


def test_goods_bought_online_and_sent_by_courier_are_given() -> None:
    # supply_verbs.tsv: 快递到 sends goods to the receiver, as 寄到 does
    t = "在外创业的青年秦晓明网购了体温枪30支，快递到石桥镇卫生院。"
    evs = run(t, {"秦晓明": "PER", "石桥镇卫生院": "ORG"})
    assert [(e["type"], e["agents"], e["recipients"]) for e in evs] == [
        ("procurement", ["秦晓明"], []), ("donation", ["秦晓明"], ["石桥镇卫生院"])]


def test_counted_goods_sent_home_are_given() -> None:
    # 寄回 + counted goods right after it gives them; 寄回国捐赠的口罩 leaves the giving to 捐赠
    t = "在广州务工的乡贤粟文华从广州寄回口罩1万只，委托镇政府分发。"
    evs = run(t, {"粟文华": "PER", "广州": "LOC", "镇政府": "ORG"})
    assert [(e["agents"], items(e), e["rule"]) for e in evs] == [
        (["粟文华"], [("口罩", 10000, "只")], "event.carry+sent_back")]


def test_money_received_and_paid_on_is_the_channels_hand_out() -> None:
    # 将接收的定向捐款N元拨付给X: 捐款 names the money received; the 拨付 is the act
    t = "2月16日，青松县红十字会将接收的定向捐款20万元拨付给白杨镇，用于该镇疫情防控工作。"
    evs = run(t, {"青松县红十字会": "ORG", "白杨镇": "LOC"})
    assert [(e["type"], e["agents"], e["recipients"]) for e in evs] == [
        ("distribution", ["青松县红十字会"], ["白杨镇"])]


def test_goods_received_from_a_relay_by_allotment_are_its_hand_out() -> None:
    # events_handout_receipt.txt: Y收到了X调拨的… is X's distribution; X捐赠的… stays a gift
    t = "同一天，白杨镇也收到了青松市红十字会调拨的防护服200套、护目镜200副。"
    evs = run(t, {"白杨镇": "LOC", "青松市红十字会": "ORG"})
    assert [(e["type"], e["agents"], e["recipients"]) for e in evs] == [
        ("distribution", ["青松市红十字会"], ["白杨镇"])]
    t = "同一天，白杨镇收到了青禾公司捐赠的防护服200套。"
    evs = run(t, {"白杨镇": "LOC", "青禾公司": "ORG"})
    assert [e["type"] for e in evs] == ["donation"]


def test_homemade_goods_are_parsed_past_the_making_phrase() -> None:
    # events_lead_fillers.txt: 亲手做的 before the first good is skipped like 首批
    t = "6月9日，方秀兰为医务人员送来了亲手做的粿品300份和绿豆汤50桶。"
    evs = run(t, {"方秀兰": "PER"})
    assert [items(e) for e in evs] == [[("粿品", 300, "份"), ("绿豆汤", 50, "桶")]]


def test_a_giver_named_after_the_goods_by_a_label_gave_them() -> None:
    # events_giver_labels.txt: 捐赠方为X names the giver; 获赠 is a receipt (supply_verbs.tsv)
    t = "同日，石桥镇卫生院也获赠84消毒液100桶、酒精棉片500盒，捐赠方为青松县康宁大药房。"
    evs = run(t, {"石桥镇卫生院": "ORG", "青松县康宁大药房": "ORG"})
    assert [(e["agents"], e["recipients"], e["rule"]) for e in evs] == [
        (["青松县康宁大药房"], ["石桥镇卫生院"], "event.recv+giver_after")]


def test_the_bodies_whose_call_is_answered_do_not_give() -> None:
    # events_not_party_before.txt: 响应X、Y号召 — X and Y called, the subject gave
    t = "白杨中学党委积极响应县委、县政府号召，组织党员教师下沉社区，并为一线送去口罩3000只。"
    evs = run(t, {"白杨中学党委": "ORG", "县委": "ORG", "县政府": "ORG"})
    assert [e["agents"] for e in evs] == [["白杨中学党委"]]
    t = "青禾公司积极响应县委号召，向城关镇捐赠口罩3000只。"
    evs = run(t, {"青禾公司": "ORG", "县委": "ORG", "城关镇": "LOC"})
    assert [e["agents"] for e in evs] == [["青禾公司"]]
