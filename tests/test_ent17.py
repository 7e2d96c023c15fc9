"""Entity rules of the ent17 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from kg.extract.entities import extract_mentions


def _orgs(text: str) -> list[str]:
    return [m.text for m in extract_mentions(text) if m.type == "ORG"]


def test_trade_verb_stays_inside_a_cooperative_name() -> None:
    # entities_trade_verbs.txt: 种植 before a company head is the trade, not the sentence's verb,
    # even when the dictionary tags the crop before it as a person name (玉米 → nr)
    assert "金丰玉米种植专业合作社" in _orgs("4月2日，金丰玉米种植专业合作社向北坡村捐赠大米30袋。")
    assert "青禾蔬菜种植专业合作社" in _orgs("近日，青禾蔬菜种植专业合作社为卡点送去蔬菜500斤。")
    assert "宏远食品加工有限公司" in _orgs("宏远食品加工有限公司向镇政府捐赠方便面100箱。")


def test_a_trade_verb_is_no_name_without_a_company_head() -> None:
    # the list applies only before a firm's head: a village's work team stays the team it was
    names = _orgs("村民种植玉米的热情很高，驻村工作队帮助他们联系销路。")
    assert not any("种植" in n for n in names)


def test_two_lone_brand_chars_at_a_clean_edge_open_a_firm_name() -> None:
    # 鑫|达|汽车零部件有限公司: 达 is a verb char the walk stops at, but two single chars at the
    # line start are the brand
    assert "鑫达汽车零部件有限公司" in _orgs("鑫达汽车零部件有限公司向城关镇捐赠消毒液100桶。")
    assert "鑫达汽车零部件有限公司" in _orgs("3月1日，鑫达汽车零部件有限公司向城关镇捐赠消毒液100桶。")


def test_a_place_before_single_chars_still_leads_the_name() -> None:
    # 成都|蜀|汇 餐饮管理有限公司: the place is part of the name, the brand rule does not cut it
    assert "成都蜀汇餐饮管理有限公司" in _orgs("当天，成都蜀汇餐饮管理有限公司送来盒饭2000份。")


def test_a_verb_word_before_the_brand_is_not_taken() -> None:
    # 抵达 is one word: the chars before a firm are the sentence, not a brand
    names = _orgs("物资抵达汽车站后，由华运物流有限公司负责转运。")
    assert "华运物流有限公司" in names
    assert not any(n.startswith("达") or n.startswith("抵") for n in names)
