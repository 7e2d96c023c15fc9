"""Supply-event rules of the ev22d round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from tests.test_events import items, run


def _acts(evs: list[dict]) -> list[tuple]:
    return [(e["type"], e["agents"], e["recipients"], items(e)) for e in evs]


def test_a_relay_body_allotting_part_of_a_gift_hands_it_on() -> None:
    # _allotted (+allotted): 拨付 by a 红十字会/慈善总会/民政局 is a distribution
    t = "4月2日，南山药业向县红十字会捐款40万元。4月6日，县红十字会已将这笔善款中的15万元拨付给石门乡。"
    evs = run(t, {"南山药业": "ORG", "县红十字会": "ORG", "石门乡": "LOC"})
    assert ("distribution", ["县红十字会"], ["石门乡"], [("现金|资金|善款", 150000, "元")]) in _acts(evs)
    assert evs[-1]["value_yuan"] is None


def test_a_relay_body_buying_with_a_gift_and_sending_it_on_distributes() -> None:
    # _allotted in the bought-then-given branch
    t = "5月3日，区慈善总会收到退休教师们的捐款9000元。当天，区慈善总会就用这笔钱采购了挂面150箱，送到了东湖隔离点。"
    evs = run(t, {"区慈善总会": "ORG"})
    assert [(e["type"], items(e)) for e in evs if e["type"] != "donation"] == [
        ("procurement", [("挂面", 150, "箱")]), ("distribution", [("挂面", 150, "箱")])]


def test_a_count_for_each_receiver_after_them() -> None:
    # _each_count_after (+count+each): 调拨给A、B各N只
    t = "6月9日，市慈善会将爱心企业此前捐赠的防护面罩调拨给南苑街道、北苑街道各2000个。"
    evs = run(t, {"市慈善会": "ORG", "南苑街道": "LOC", "北苑街道": "LOC"})
    assert _acts(evs) == [("distribution", ["市慈善会"], ["南苑街道"], [("防护面罩", 2000, "个")]),
                          ("distribution", ["市慈善会"], ["北苑街道"], [("防护面罩", 2000, "个")])]


def test_a_stated_split_of_a_money_gift_gives_one_gift_per_part() -> None:
    # _directed_split: 其中A元定向用于X，B元定向用于Y after a gift of A+B
    t = ("7月1日，县慈善会收到了县物流协会的捐款10万元。按照协会意愿，其中6万元定向用于龙泉镇，"
         "4万元定向用于青石镇。")
    evs = run(t, {"县慈善会": "ORG", "县物流协会": "ORG", "龙泉镇": "LOC", "青石镇": "LOC"})
    assert _acts(evs) == [
        ("donation", ["县物流协会"], ["县慈善会", "龙泉镇"], [("现金|资金|善款", 60000, "元")]),
        ("donation", ["县物流协会"], ["县慈善会", "青石镇"], [("现金|资金|善款", 40000, "元")])]


def test_a_split_that_does_not_add_up_leaves_the_gift() -> None:
    t = "县慈善会收到了县物流协会的捐款10万元，其中3万元用于龙泉镇，2万元用于青石镇。"
    evs = run(t, {"县慈善会": "ORG", "县物流协会": "ORG", "龙泉镇": "LOC", "青石镇": "LOC"})
    assert not any("directed_split" in e["rule"] for e in evs)
    assert ("现金|资金|善款", 100000, "元") in items(evs[0])


def test_the_town_hands_on_the_batch_it_was_allotted() -> None:
    # +carried by a batch word and the goods' name (这批消毒液, no 全部): the receiver hands on
    t = "8月3日，市红十字会向柳河镇调拨酒精消毒液300桶，镇里随即将这批消毒液分配到14个村。"
    evs = run(t, {"市红十字会": "ORG", "柳河镇": "LOC"})
    assert _acts(evs) == [
        ("distribution", ["市红十字会"], ["柳河镇"], [("酒精消毒液", 300, "桶")]),
        ("distribution", ["柳河镇"], [], [("酒精消毒液", 300, "桶")])]


def test_the_town_named_by_its_class_noun_hands_out_goods_allotted_to_it() -> None:
    # _bare_body (镇) for the subject of a 将 act whose object holds a relative 调拨
    t = "柳河镇把各方支援的物资管好用好。8月5日，该镇将市红十字会调拨的N95口罩5000只全部分发到全镇14个村的卡点。"
    evs = run(t, {"市红十字会": "ORG", "柳河镇": "LOC"})
    assert ("distribution", ["柳河镇"], [], [("N95口罩", 5000, "只")]) in _acts(evs)


def test_a_whole_batch_told_earlier_in_the_article_keeps_its_counts() -> None:
    # +whole: goods named without counts, 全部 handed out, counts from an act several sentences back
    t = ("9月1日，丰收果业出资采购的苹果200箱、橙子150箱，送到了柳河镇政府。9月2日，县商会向柳河镇捐赠大米80袋。"
         "王立新也捐款3000元。赵红梅捐赠土豆500斤。柳河镇成立了物资分发专班。9月3日，专班把苹果、橙子全部分发到全镇14个村的隔离户手中。")
    evs = run(t, {"丰收果业": "ORG", "柳河镇政府": "ORG", "柳河镇": "LOC", "县商会": "ORG",
                  "王立新": "PER", "赵红梅": "PER"})
    assert ("distribution", [("苹果", 200, "箱"), ("橙子", 150, "箱")]) in [(e["type"], items(e)) for e in evs]
