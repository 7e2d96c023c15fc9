"""Supply-event rules of the ev21 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from kg.extract.entities import extract_mentions
from tests.test_events import items, run


def test_a_cleft_names_the_giver_of_the_goods_listed_after_it() -> None:
    # event.cleft: 这批物资是X送来的，共有… — the receiver is where the goods were carried in
    t = ("5月8日，看着一箱箱矿泉水被搬进北关街道办事处，街道干部连声道谢。"
         "这批物资是华兴建设有限公司送来的，共有矿泉水600箱、面包400箱，价值约5万元。")
    evs = run(t, {"北关街道办事处": "ORG", "华兴建设有限公司": "ORG"}, date="2022-05-10")
    assert [(e["agents"], e["recipients"], items(e), e["value_yuan"], e["date"]) for e in evs] == [
        (["华兴建设有限公司"], ["北关街道办事处"], [("矿泉水", 600, "箱"), ("面包", 400, "箱")], 50000,
         "2022-05-08")]


def test_a_cleft_names_the_giver_of_a_batch_a_relief_body_carried() -> None:
    # event.cleft: the 慈善总会 that brought the goods passes the gift on (a channel)
    t = ("5月7日，县慈善总会将一批价值8万元的防疫物资送到南关镇，其中有N95口罩1万只、防护服500套。"
         "据悉，这批物资是县浙江商会的定向捐赠。")
    evs = run(t, {"县慈善总会": "ORG", "南关镇": "LOC", "县浙江商会": "ORG"}, date="2022-05-10")
    assert [(e["type"], e["agents"], e["recipients"], items(e)) for e in evs] == [
        ("donation", ["县浙江商会"], ["县慈善总会", "南关镇"], [("N95口罩", 10000, "只"), ("防护服", 500, "套")])]


def test_a_cleft_after_goods_unloaded_from_a_lorry() -> None:
    # event.cleft: 原来，这是X的一份心意 — the lorry is no good
    t = ("5月9日，一辆满载物资的货车驶进县人民医院，车上装着防护服1000套、N95口罩5000只和凉茶饮料500箱。"
         "原来，这是县纺织商会的一份心意。")
    evs = run(t, {"县人民医院": "ORG", "县纺织商会": "ORG"}, date="2022-05-10")
    assert [(e["agents"], e["recipients"], items(e)) for e in evs] == [
        (["县纺织商会"], ["县人民医院"], [("防护服", 1000, "套"), ("N95口罩", 5000, "只"), ("凉茶饮料", 500, "箱")])]


def test_a_cleft_without_a_named_giver_gives_nothing() -> None:
    t = "5月9日，一辆货车驶进县人民医院，车上装着防护服1000套。原来，这是几位热心人的一份心意。"
    assert all(e["rule"] != "event.cleft" for e in run(t, {"县人民医院": "ORG"}, date="2022-05-10"))


def test_a_good_named_with_its_class_stays_one_good() -> None:
    # supply_class_tails.txt: 凉茶饮料, 速冻食品 are one good; 火腿肠方便面 are still two
    t = "3月2日，青山公司向白水社区捐赠凉茶饮料200箱、火腿肠方便面50箱。"
    ev = run(t, {"青山公司": "ORG", "白水社区": "LOC"})[0]
    assert items(ev) == [("凉茶饮料", 200, "箱"), ("火腿肠", None, None), ("方便面", 50, "箱")]


def test_an_arrival_verb_is_no_part_of_the_body_after_it() -> None:
    # _recover_orgs: 搬进|X街道办事处
    t = "一箱箱矿泉水被搬进城东街道办事处，这批物资是华兴建设有限公司送来的，共有矿泉水600箱。"
    evs = run(t, {"城东街道办事处": "ORG", "华兴建设有限公司": "ORG"}, date="2022-05-10")
    assert evs and evs[0]["recipients"] == ["城东街道办事处"]


def test_a_word_pair_ending_in_he_after_a_place_is_a_brand() -> None:
    # entities._split_he: 广东|兴|和|建设集团 — 兴和 opens the firm's name
    names = [m.text for m in extract_mentions("4月6日，广东兴和建设集团有限公司向街道捐赠矿泉水600箱。")
             if m.type == "ORG"]
    assert "广东兴和建设集团有限公司" in names
