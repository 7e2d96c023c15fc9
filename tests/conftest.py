"""Shared fixtures: the seed build and the seed + dev build, made once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """`kg build` of seeds/ into a fresh folder (serial)."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed_build")
    build([SEEDS], out, jobs=1)
    return out


@pytest.fixture(scope="session")
def corpus_graph(tmp_path_factory) -> Path:
    """Turtle of the seeds + dev articles: what the shipped queries are tested on."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("corpus_build")
    build([SEEDS, CORPUS / "dev"], out, jobs=2, html=False)
    return out / "graph.ttl"
