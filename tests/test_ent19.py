"""Organisation-name rules of the ent19 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from kg.extract.entities import extract_mentions


def _orgs(text: str) -> list[str]:
    return [m.text for m in extract_mentions(text) if m.type == "ORG"]


def test_he_after_a_place_opens_a_brand() -> None:
    # _walk_left: 吉林省|和|润|农业发展有限公司
    assert "吉林省和润农业发展有限公司" in _orgs("10月，吉林省和润农业发展有限公司向镇里捐赠大米。")
    # two bodies joined by 和 stay two
    assert _orgs("3月2日，县红十字会和县慈善总会联合发起倡议。") == ["县红十字会", "县慈善总会"]


def test_words_of_the_sentence_before_a_name_are_not_part_of_it() -> None:
    # entities_left_stop.txt: 老字号, 交由, 开办
    assert _orgs("作为老字号企业宏记熏鸡有限公司，他们捐赠熏鸡2000只。") == ["宏记熏鸡有限公司"]
    assert "闾阳镇人民政府" in _orgs("物资交由闾阳镇人民政府统一分配。")
    assert not any("开办" in n for n in _orgs("他在广东东莞开办电子厂多年。"))
