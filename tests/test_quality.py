"""Extraction quality on every gold set kg ships: a floor per headline figure.

A rule change that helps one set and quietly costs another fails here.  The
floors in ``fixtures/quality_floors.tsv`` are the figures measured when they
were last raised, rounded down by about two points so that an honest trade
(one tuple won, one lost) does not fail; raise them when quality rises.

``blind/`` and ``blind2/`` are held-out sets: nobody tunes rules on them, so their
floors say what kg does on articles it has never seen.  The others were used for tuning.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pytest

from kg.evaluate import headline_figures

FIXTURES = Path(__file__).parent / "fixtures"
FLOORS = FIXTURES / "quality_floors.tsv"


def _floors() -> list[tuple[str, str, float]]:
    with FLOORS.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")]
    return [(r["set"], r["metric"], float(r["floor"])) for r in rows]


@lru_cache(maxsize=None)
def _figures(gold_set: str) -> dict[str, float]:
    return headline_figures(FIXTURES / gold_set)


def test_every_gold_set_has_floors() -> None:
    sets = {s for s, _, _ in _floors()}
    on_disk = {str(p.parent.relative_to(FIXTURES)) for p in FIXTURES.glob("**/*.gold.json")}
    assert sets == on_disk


@pytest.mark.parametrize(("gold_set", "metric", "floor"), _floors(), ids=lambda v: str(v))
def test_quality_floor(gold_set: str, metric: str, floor: float) -> None:
    value = _figures(gold_set)[metric]
    assert value >= floor, f"{gold_set} {metric}: {value:.3f} < floor {floor:.3f}"
