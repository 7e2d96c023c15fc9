"""kg.export: parseable, byte-identical, atomic."""
from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg import export
from kg.export import (
    atomic_open,
    write_graphml,
    write_jsonl,
    write_jsonld,
    write_nquads,
    write_ntriples,
    write_text,
    write_turtle,
)
from kg.graph import extraction_quads, extraction_triples, ontology_kinds_triples
from tests.test_graph import HOSTILE, make_extraction


@pytest.fixture
def triples() -> list[ox.Triple]:
    return extraction_triples(make_extraction()) + ontology_kinds_triples()


def _nt_graph(triples: list[ox.Triple]) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    return g


def test_turtle_parses_in_rdflib_and_pyoxigraph(tmp_path: Path, triples: list[ox.Triple]) -> None:
    p = tmp_path / "g.ttl"
    write_turtle(triples, p)
    g = rdflib.Graph()
    g.parse(p, format="turtle")
    oxi = list(ox.parse(path=str(p), format=ox.RdfFormat.TURTLE))
    n = len(set(triples))
    assert len(g) == len(set(oxi)) == n
    assert isomorphic(g, _nt_graph(triples))
    text = p.read_text(encoding="utf-8")
    for prefix in ("kg", "schema", "org", "prov", "oa", "skos", "rdfs", "xsd"):
        assert f"@prefix {prefix}: " in text


def test_turtle_byte_identical_regardless_of_order(tmp_path: Path, triples: list[ox.Triple]) -> None:
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    write_turtle(triples, a)
    write_turtle(list(reversed(triples)) + triples[:5], b)
    assert a.read_bytes() == b.read_bytes()
    write_turtle(extraction_triples(make_extraction()) + ontology_kinds_triples(), b)
    assert a.read_bytes() == b.read_bytes()


def test_ntriples_and_nquads(tmp_path: Path) -> None:
    ex1, ex2 = make_extraction("a"), make_extraction("b")
    quads = extraction_quads(ex2) + extraction_quads(ex1)
    p, q = tmp_path / "g.nq", tmp_path / "g2.nq"
    write_nquads(quads, p)
    write_nquads(list(reversed(quads)), q)
    assert p.read_bytes() == q.read_bytes()
    parsed = list(ox.parse(path=str(p), format=ox.RdfFormat.N_QUADS))
    assert set(parsed) == set(quads)
    ds = rdflib.Dataset()
    ds.parse(p, format="nquads")
    assert len(list(ds.quads((None, None, None, None)))) == len(set(quads))
    nt = tmp_path / "g.nt"
    write_ntriples(quads, nt)
    assert len(set(ox.parse(path=str(nt), format=ox.RdfFormat.N_TRIPLES))) == len({x.triple for x in quads})


def test_jsonld_has_context_and_same_graph(tmp_path: Path, triples: list[ox.Triple]) -> None:
    p = tmp_path / "g.jsonld"
    write_jsonld(triples, p)
    doc = json.loads(p.read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == "https://w3id.org/kg-cn-news/ontology#"
    g = rdflib.Graph()
    g.parse(p, format="json-ld")
    assert isomorphic(g, _nt_graph(triples))
    q = tmp_path / "g2.jsonld"
    write_jsonld(list(reversed(triples)), q)
    assert p.read_bytes() == q.read_bytes()


def test_jsonl(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl"
    recs = [{"b": 1, "a": "口罩"}, {"name": HOSTILE}]
    write_jsonl(recs, p)
    lines = p.read_text(encoding="utf-8").split("\n")
    assert lines[0] == '{"a": "口罩", "b": 1}' and lines[-1] == ""
    assert [json.loads(x) for x in lines[:-1]] == recs


def test_text_and_graphml(tmp_path: Path) -> None:
    t = tmp_path / "sub" / "t.txt"
    write_text(t, "甲\n乙")
    assert t.read_bytes() == "甲\n乙".encode()
    g = nx.DiGraph()
    g.add_node("n1", label=HOSTILE, size=3)
    g.add_node("n2", label="口罩")
    g.add_edge("n1", "n2", rel="kg:agent")
    p = tmp_path / "g.graphml"
    write_graphml(g, p)
    back = nx.read_graphml(p)
    assert back.nodes["n1"]["label"] == clean(HOSTILE)
    assert back.edges["n1", "n2"]["rel"] == "kg:agent"
    p2 = tmp_path / "g2.graphml"
    write_graphml(g, p2)
    assert p.read_bytes() == p2.read_bytes()


def clean(s: str) -> str:
    from kg.graph import clean_literal

    return clean_literal(s)


def test_atomic_keeps_old_file_when_writer_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "out.jsonl"
    write_jsonl([{"v": 1}], p)
    old = p.read_bytes()

    def records():
        yield {"v": 2}
        raise RuntimeError("boom midway")

    with pytest.raises(RuntimeError):
        write_jsonl(records(), p)
    assert p.read_bytes() == old
    assert sorted(os.listdir(tmp_path)) == ["out.jsonl"]  # temp file removed

    # a serialiser failing after the temp file exists
    def bad_serialize(*a, **k):
        raise ValueError("serialiser failed")

    t = tmp_path / "g.ttl"
    write_turtle(extraction_triples(make_extraction()), t)
    old_ttl = t.read_bytes()
    monkeypatch.setattr(export.ox, "serialize", bad_serialize)
    with pytest.raises(ValueError):
        write_turtle(extraction_triples(make_extraction()), t)
    assert t.read_bytes() == old_ttl

    with pytest.raises(KeyError):
        with atomic_open(tmp_path / "new.bin") as fh:
            fh.write(b"partial")
            raise KeyError("x")
    assert not (tmp_path / "new.bin").exists()
    assert sorted(os.listdir(tmp_path)) == ["g.ttl", "out.jsonl"]


def test_atomic_file_permissions(tmp_path: Path) -> None:
    p = tmp_path / "x.txt"
    write_text(p, "x")
    umask = os.umask(0)
    os.umask(umask)
    assert (p.stat().st_mode & 0o777) == (0o666 & ~umask)
