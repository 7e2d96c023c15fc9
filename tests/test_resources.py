"""The word lists of the event extractor: documented, used, and loadable by the one loader."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg import resources

KG = Path(resources.__file__).parent
EVENT_FILES = sorted(p.name for p in resources.DATA_DIR.glob("events_*"))
CODE = "\n".join(p.read_text(encoding="utf-8") for p in KG.rglob("*.py"))


@pytest.mark.parametrize("name", EVENT_FILES)
def test_event_data_file_documented_and_used(name):
    lines = (resources.DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    if name.endswith(".txt"):
        assert lines[0].startswith("#"), f"{name}: first line should say what the list is for"
        assert resources.words(name), f"{name}: empty word list"
    else:
        assert any(ln.startswith("#") for ln in lines), f"{name}: no comment saying what the table is for"
        assert resources.table(name), f"{name}: empty table"
    assert f'"{name}"' in CODE or f"'{name}'" in CODE, f"{name}: not loaded anywhere in kg"


def test_words_keep_file_order_and_drop_duplicates(tmp_path, monkeypatch):
    (tmp_path / "w.txt").write_text("# header\nb\na  # note\n\nb\n：\n", encoding="utf-8")
    monkeypatch.setattr(resources, "DATA_DIR", tmp_path)
    resources.words.cache_clear()
    try:
        assert resources.words("w.txt") == ("b", "a", "：")
    finally:
        resources.words.cache_clear()


def test_event_patterns_are_compiled_once():
    """Patterns built from word lists are cached: the same object on every call."""
    from kg.extract import events
    for f in (events._then_given, events._money_passed, events._carried, events._list_header,
              events._pronoun_pattern, events._head_patterns):
        assert f() is f()
