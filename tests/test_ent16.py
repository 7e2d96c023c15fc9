"""Entity and position rules of the ent16 round, on sentences written for these tests (not from the corpus)."""
from __future__ import annotations

from kg.extract.entities import extract_mentions
from kg.extract.positions import extract_positions


def _ents(text: str, kind: str) -> list[str]:
    return [m.text for m in extract_mentions(text) if m.type == kind]


def _posts(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(p.person, p.title, p.org, p.rule) for p in extract_positions(text, extract_mentions(text))]


def test_referring_class_word_before_a_title_gives_no_org() -> None:
    # pos.title.referring: 公司 / 该公司 names no body
    text = "3月2日，安平县恒信纸业有限公司向镇卫生院捐赠口罩2000只。该公司副总经理周明远说，企业会继续支持。"
    assert ("周明远", "副总经理", None, "pos.title.referring") in _posts(text)
    text = "宏达机械有限公司送来消毒液50桶。公司总经理何立平表示，这是应尽之责。"
    assert ("何立平", "总经理", None, "pos.title.referring") in _posts(text)
    # a named company right before the title stays the org
    text = "宏达机械有限公司总经理何立平表示，这是应尽之责。"
    assert ("何立平", "总经理", "宏达机械有限公司", "pos.title") in _posts(text)
