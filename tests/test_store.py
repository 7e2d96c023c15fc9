"""Incremental builds with the on-disk Oxigraph store (``kg build --store``)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.pipeline import build
from kg.store import BOOK, KgStore

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FILES = ("graph.ttl", "graph.nq", "graph.jsonld", "extractions.jsonl")


def _quads(store: Path) -> set[ox.Quad]:
    st = KgStore(store, read_only=True)
    try:
        return set(st.quads())
    finally:
        st.close()


@pytest.fixture()
def folder(tmp_path) -> Path:
    d = tmp_path / "src"
    d.mkdir()
    for p in SEEDS[:3]:
        shutil.copy(p, d / p.name)
    return d


def test_incremental_extracts_only_changed_and_matches_fresh(folder, tmp_path):
    st = tmp_path / "store"
    kw = dict(html=False, jobs=1, formats=("ttl", "nq", "jsonld"))
    r1 = build([folder], tmp_path / "o1", store=st, **kw)
    assert (r1.extracted, r1.reused, r1.removed) == (3, 0, 0)
    r2 = build([folder], tmp_path / "o2", store=st, **kw)
    assert (r2.extracted, r2.reused, r2.removed) == (0, 3, 0)
    for f in FILES:
        assert (tmp_path / "o1" / f).read_bytes() == (tmp_path / "o2" / f).read_bytes(), f

    names = sorted(p.name for p in folder.iterdir())
    changed = folder / names[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n县红十字会向某村捐赠口罩500只。\n", encoding="utf-8")
    (folder / names[1]).unlink()
    shutil.copy(SEEDS[3], folder / SEEDS[3].name)
    r3 = build([folder], tmp_path / "o3", store=st, **kw)
    assert (r3.extracted, r3.reused, r3.removed) == (2, 1, 1)

    fresh = tmp_path / "fresh-store"
    build([folder], tmp_path / "o4", store=fresh, **kw)
    assert _quads(st) == _quads(fresh)
    build([folder], tmp_path / "o5", **kw)  # no store at all
    for f in FILES:
        assert (tmp_path / "o3" / f).read_bytes() == (tmp_path / "o4" / f).read_bytes() \
            == (tmp_path / "o5" / f).read_bytes(), f


def test_one_named_graph_per_article_plus_bookkeeping(folder, tmp_path):
    st = tmp_path / "store"
    r = build([folder], tmp_path / "o", store=st, html=False, jobs=1)
    graphs = {q.graph_name for q in _quads(st)}
    assert BOOK in graphs and ox.DefaultGraph() in graphs
    assert len(graphs) == r.articles + 2
    hashes = [q for q in _quads(st) if q.predicate.value == "urn:kg:contentHash"]
    assert len(hashes) == r.articles


def test_broken_file_leaves_the_store(folder, tmp_path):
    st = tmp_path / "store"
    build([folder], tmp_path / "o", store=st, html=False, jobs=1)
    victim = sorted(folder.iterdir())[0]
    victim.write_bytes(b"")
    r = build([folder], tmp_path / "o", store=st, html=False, jobs=1)
    assert r.extracted == 0 and len(r.problems) == 1 and r.articles == 2
    assert len([q for q in _quads(st) if q.predicate.value == "urn:kg:contentHash"]) == 2


def test_cli_build_and_query_store(folder, tmp_path, capsys):
    st = tmp_path / "store"
    rc = main(["build", str(folder), "--out", str(tmp_path / "o"), "--store", str(st), "--no-html",
               "--formats", "ttl,nq", "--jobs", "1", "-q"])
    assert rc == 0
    assert (tmp_path / "o" / "graph.nq").exists()
    capsys.readouterr()
    q = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <urn:kg:build>) }"
    assert main(["query", "--store", str(st), q, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "3"]
    assert main(["query", "--store", str(st), "ASK { ?s ?p ?o }"]) == 0
    assert capsys.readouterr().out.strip() == "true"
    assert main(["query", "--store", str(tmp_path / "nope"), "ASK { ?s ?p ?o }"]) == 2


def test_parallel_store_build_does_not_hang_and_matches_serial(folder, tmp_path):
    """Workers are forked before the store (RocksDB threads) is opened: no deadlock."""
    build([folder], tmp_path / "s", store=tmp_path / "st1", html=False, jobs=1)
    build([folder], tmp_path / "p", store=tmp_path / "st2", html=False, jobs=2)
    assert (tmp_path / "s" / "graph.ttl").read_bytes() == (tmp_path / "p" / "graph.ttl").read_bytes()
    assert _quads(tmp_path / "st1") == _quads(tmp_path / "st2")


def _default_triples(store: Path) -> set[ox.Triple]:
    return {q.triple for q in _quads(store) if q.graph_name == ox.DefaultGraph()}


def _ttl_triples(path: Path) -> set[ox.Triple]:
    return {q.triple for q in ox.parse(path.read_bytes(), format=ox.RdfFormat.TURTLE)}


def test_default_graph_is_the_merged_graph_and_stays_in_sync(folder, tmp_path):
    """The default graph = graph.ttl (what queries see), also after changes, removals and additions."""
    st = tmp_path / "store"
    build([folder], tmp_path / "o1", store=st, html=False, jobs=1)
    assert _default_triples(st) == _ttl_triples(tmp_path / "o1" / "graph.ttl")
    names = sorted(p.name for p in folder.iterdir())
    changed = folder / names[0]
    changed.write_text(changed.read_text(encoding="utf-8").replace("口罩", "手套"), encoding="utf-8")
    (folder / names[1]).unlink()
    shutil.copy(SEEDS[3], folder / SEEDS[3].name)
    build([folder], tmp_path / "o2", store=st, html=False, jobs=1)
    merged = _default_triples(st)
    assert merged == _ttl_triples(tmp_path / "o2" / "graph.ttl")
    assert not any("urn:kg:" in str(t) for t in merged)  # bookkeeping stays out of user queries
    for p in list(folder.iterdir())[1:]:
        p.unlink()
    build([folder], tmp_path / "o3", store=st, html=False, jobs=1)
    assert _default_triples(st) == _ttl_triples(tmp_path / "o3" / "graph.ttl")


def test_store_query_sees_merged_graph_not_bookkeeping(folder, tmp_path, capsys):
    st = tmp_path / "store"
    build([folder], tmp_path / "o", store=st, html=False, jobs=1)
    capsys.readouterr()
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:kg:contentHash> ?h }"
    assert main(["query", "--store", str(st), q, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "0"]
    rq = ROOT / "queries" / "supply_totals_by_province.rq"
    assert main(["query", "--store", str(st), str(rq), "--format", "csv"]) == 0
    store_rows = capsys.readouterr().out.splitlines()
    assert main(["query", str(tmp_path / "o" / "graph.ttl"), str(rq), "--format", "csv"]) == 0
    assert sorted(store_rows[1:]) == sorted(capsys.readouterr().out.splitlines()[1:])
