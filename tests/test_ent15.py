"""Entity rules of the ent15 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from kg.extract.entities import extract_mentions


def locs(text: str) -> list[str]:
    return [m.text for m in extract_mentions(text) if m.type == "LOC"]


def test_an_honorary_title_of_a_place_is_no_place() -> None:
    # loc.suffix: X之乡 names what a place is known for
    assert "苹果之乡" not in locs("苹果之乡 爱心涌动｜静宁各界携手同心抗疫情")
    assert "皮草之乡" not in locs("枣强是中国皮草之乡，全县各界踊跃捐赠。")
    assert "枣强" in locs("枣强是中国皮草之乡，全县各界踊跃捐赠。")


def orgs(text: str) -> list[str]:
    return [m.text for m in extract_mentions(text) if m.type == "ORG"]


def test_farms_are_bodies() -> None:
    # org_suffixes.tsv: 养殖场, 农场, 牧场, 林场 (org.suffix)
    assert "兴旺生猪养殖场" in orgs("兴旺生猪养殖场向村里捐赠猪肉。")
    assert "青山牧场" in orgs("青山牧场捐赠牛奶200箱。")
    assert orgs("到农场里干活。") == []


def test_trade_words_tagged_as_numerals_stay_inside_a_firms_name() -> None:
    # entities_trade_words.txt: 零部件 (mq), 万家 (m)
    assert "十堰鑫达汽车零部件有限公司" in orgs("十堰鑫达汽车零部件有限公司向街道捐赠口罩。")
    assert "城关万家超市" in orgs("城关万家超市为卡点送去方便面。")
