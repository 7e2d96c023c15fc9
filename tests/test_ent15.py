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
