"""Supply-event rules of the ev15 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from tests.test_events import items, run


def test_representative_brings_goods_with_ba_the_company_gives() -> None:
    # event.ba+represented
    t = "3月5日，河西绿源农业有限公司总经理孙立平代表公司，将大米50袋、食用油20桶送到南湖社区。"
    evs = run(t, {"河西绿源农业有限公司": "ORG", "孙立平": "PER", "南湖社区": "LOC"})
    assert [e["type"] for e in evs] == ["donation"]
    assert "+represented" in evs[0]["rule"]
    assert evs[0]["agents"] == ["河西绿源农业有限公司"]
    assert items(evs[0]) == [("大米", 50, "袋"), ("食用油", 20, "桶")]


def test_representative_of_a_company_named_only_with_its_party_committee() -> None:
    # event.give+represented: X有限公司党委书记、董事长A代表公司 → X有限公司
    t = "4月2日，青川远达建材有限公司党委书记、董事长周海带队，代表公司向石门镇捐赠口罩3000只。"
    evs = run(t, {"青川远达建材有限公司党委": "ORG", "周海": "PER", "石门镇": "LOC"})
    assert evs[0]["agents"] == ["青川远达建材有限公司"]
    assert "+represented" in evs[0]["rule"]
    assert items(evs[0]) == [("口罩", 3000, "只")]


def test_allocating_part_of_the_goods_with_diaopei_is_a_distribution() -> None:
    # 调配给 (carry role): only in 将/把 X 调配给 Y
    t = "5月6日，长丰医院将其中的防护服40套、手套500双调配给了发热门诊。"
    evs = run(t, {"长丰医院": "ORG"})
    assert [e["type"] for e in evs] == ["distribution"]
    assert items(evs[0]) == [("防护服", 40, "套"), ("手套", 500, "双")]


def test_diaopei_without_ba_is_no_act() -> None:
    t = "所有物资由县指挥部统一调配到各乡镇。"
    assert run(t, {}) == []


def test_goods_received_before_and_allocated_are_one_distribution() -> None:
    # 将前期接收的X调拨给Y: the relative 接收 only describes the goods
    t = "6月1日，区慈善会将前期接收的口罩800只、消毒液30桶调拨给区中医院。"
    evs = run(t, {"区慈善会": "ORG", "区中医院": "ORG"})
    assert [e["type"] for e in evs] == ["distribution"]
    assert evs[0]["agents"] == ["区慈善会"]
    assert items(evs[0]) == [("口罩", 800, "只"), ("消毒液", 30, "桶")]


def test_arrived_batch_lists_its_goods_after_baokuo() -> None:
    # event.give+detail+arrived_list: …捐赠的一批物资运抵X，包括…
    t = "7月3日，由安平食品有限公司捐赠的一批物资运抵柳林镇，包括面粉30袋、矿泉水60箱。"
    evs = run(t, {"安平食品有限公司": "ORG", "柳林镇": "LOC"})
    assert [e["type"] for e in evs] == ["donation"]
    assert evs[0]["agents"] == ["安平食品有限公司"]
    assert "+arrived_list" in evs[0]["rule"]
    assert items(evs[0]) == [("面粉", 30, "袋"), ("矿泉水", 60, "箱")]


def test_in_the_name_of_the_company_the_company_gives() -> None:
    t = ("青川医疗器械有限公司总经理王立新回到母校看望老师。此前一天，他还以公司名义向柳溪镇捐赠了防护服1000套。")
    ev = run(t, {"青川医疗器械有限公司": "ORG", "王立新": "PER", "柳溪镇": "LOC"})[0]
    assert ev["agents"] == ["青川医疗器械有限公司"] and "+represented" in ev["rule"]
    # in one's own name: the person gives
    ev = run("王立新以个人名义向柳溪镇捐赠大米100袋。", {"王立新": "PER", "柳溪镇": "LOC"})[0]
    assert ev["agents"] == ["王立新"]
