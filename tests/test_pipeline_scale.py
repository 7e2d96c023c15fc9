"""Streaming build: byte-identical outputs run to run and between serial, parallel and Dask."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import build, extract

ROOT = Path(__file__).resolve().parents[1]
FILES = ("graph.ttl", "graph.nq", "graph.jsonld", "extractions.jsonl")


def _gen():
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["gen_corpus"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    _gen().generate(12, d, seed=7)
    return d


def _bytes(out: Path) -> dict[str, bytes]:
    return {f: (out / f).read_bytes() for f in FILES}


def _build(corpus: Path, out: Path, **kw):
    return build([corpus], out, html=False, formats=("ttl", "nq", "jsonld"), **kw)


def test_serial_parallel_identical_and_repeatable(corpus, tmp_path):
    r1 = _build(corpus, tmp_path / "a", jobs=1)
    _build(corpus, tmp_path / "b", jobs=2)
    _build(corpus, tmp_path / "c", jobs=1)
    assert r1.articles == 12 and r1.extracted == 12 and r1.triples > 0
    assert _bytes(tmp_path / "a") == _bytes(tmp_path / "b") == _bytes(tmp_path / "c")


def test_dask_local_cluster_identical(corpus, tmp_path):
    pytest.importorskip("dask.distributed")
    _build(corpus, tmp_path / "serial", jobs=1)
    _build(corpus, tmp_path / "dask", jobs=2, engine="dask")
    assert _bytes(tmp_path / "serial") == _bytes(tmp_path / "dask")


def test_formats_state_the_same_graph(corpus, tmp_path):
    r = _build(corpus, tmp_path, jobs=1)
    ttl = {q.triple for q in ox.parse(path=str(tmp_path / "graph.ttl"))}
    nq = set(ox.parse(path=str(tmp_path / "graph.nq")))
    jl = set(ox.parse(path=str(tmp_path / "graph.jsonld")))
    assert nq == jl
    assert ttl == {q.triple for q in nq}
    assert len(ttl) == r.triples
    # one named graph per article, the taxonomy in the default graph
    graphs = {q.graph_name for q in nq}
    assert ox.DefaultGraph() in graphs and len(graphs) == r.articles + 1


def test_turtle_matches_per_article_triples(corpus, tmp_path):
    from kg import graph

    build([corpus], tmp_path, html=False, jobs=1)
    want = set(graph.ontology_kinds_triples())
    for ex in extract([corpus]):
        want |= set(graph.extraction_triples(ex))
    got = [q.triple for q in ox.parse(path=str(tmp_path / "graph.ttl"))]
    assert set(got) == want
    assert len(got) == len(want)  # every triple stated once


def test_default_formats_and_unknown_format(corpus, tmp_path):
    build([corpus], tmp_path, html=False, jobs=1)
    assert (tmp_path / "graph.ttl").exists() and not (tmp_path / "graph.nq").exists()
    with pytest.raises(ValueError):
        build([corpus], tmp_path / "x", html=False, formats=("ttl", "rdfxml"))


def test_duplicate_doc_id_is_a_problem_not_a_merge(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    text = (ROOT / "seeds" / "seed-000.txt").read_bytes()
    (a / "same.txt").write_bytes(text)
    (b / "same.txt").write_bytes(text)
    r = build([tmp_path], tmp_path / "out", html=False, jobs=1)
    assert r.articles == 1
    assert any("same document id" in p.reason for p in r.problems)


def test_extract_keeps_order_in_parallel(corpus):
    serial = [ex.article.doc_id for ex in extract([corpus], jobs=1)]
    parallel = [ex.article.doc_id for ex in extract([corpus], jobs=2)]
    assert serial == parallel == sorted(serial)
