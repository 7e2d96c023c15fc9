"""The whole pipeline on the seeds: complete, deterministic, valid, and what outputs/ holds."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph
import pytest
import rdflib

from kg.pipeline import build, process_article
from kg.read import read_article

from .conftest import ROOT, SEEDS

QUOTES = re.compile("[“”‘’\"'《》「」『』]")
OUTPUT_FILES = ("graph.ttl", "extractions.jsonl", "graph.html", "graph.graphml", "report.md")


def test_process_article_reads_a_noisy_seed():
    ex = process_article(read_article(SEEDS / "seed-000.txt"))
    assert ex.meta.date == "2020-02-10"
    assert "市场星报" in ex.meta.sources
    names = {e.name for e in ex.entities} | {a for e in ex.entities for a in e.aliases}
    assert "郑蒲港新区" in names  # pinyin readings out, traditional → simplified
    donation = next(ev for ev in ex.events if ev.type == "donation")
    assert ("医用口罩", 8000.0, "个") in {(i.name, i.quantity, i.unit) for i in donation.items}


def test_mentions_map_back_to_the_raw_file():
    ex = process_article(read_article(SEEDS / "seed-000.txt"))
    raw = ex.article.raw
    for ent in ex.entities:
        for m in ent.mentions:
            start, end = ex.clean.raw_span(m.start, m.end)
            assert 0 <= start <= end <= len(raw)
            # names drop quotation marks (“网格守卫”志愿服务队 → 网格守卫志愿服务队), nothing else
            assert QUOTES.sub("", ex.clean.text[m.start:m.end]) == m.text
            # every clean character comes from inside the raw span
            assert all(start <= ex.clean.raw_index[i] < end for i in range(m.start, m.end))


def test_build_writes_every_output(seed_build: Path):
    for name in OUTPUT_FILES:
        assert (seed_build / name).stat().st_size > 0, name
    records = [json.loads(line) for line in (seed_build / "extractions.jsonl").read_text("utf-8").splitlines()]
    assert [r["doc"] for r in records] == [f"seed-00{i}" for i in range(5)]


def test_two_builds_are_byte_identical(seed_build: Path, tmp_path: Path):
    build([SEEDS], tmp_path, jobs=2)
    for name in OUTPUT_FILES:
        assert (tmp_path / name).read_bytes() == (seed_build / name).read_bytes(), name


def test_committed_outputs_are_not_stale(seed_build: Path):
    """outputs/ must be exactly what `kg build` makes of seeds/ now."""
    for name in OUTPUT_FILES:
        committed = ROOT / "outputs" / name
        assert committed.exists(), f"outputs/{name} missing: run `kg build`"
        assert committed.read_bytes() == (seed_build / name).read_bytes(), (
            f"outputs/{name} is stale: run `kg build` and commit outputs/")


def test_turtle_loads_in_rdflib_and_oxigraph_alike(seed_build: Path):
    ttl = seed_build / "graph.ttl"
    g = rdflib.Graph()
    g.parse(ttl, format="turtle")
    store = pyoxigraph.Store()
    store.load(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(g) == len(store) > 500


def test_seed_graph_conforms_to_the_shapes(seed_build: Path):
    from kg.validate import validate

    conforms, report = validate(seed_build / "graph.ttl")
    assert conforms, report


def test_every_entity_has_a_chinese_label_and_evidence(seed_build: Path):
    g = rdflib.Graph()
    g.parse(seed_build / "graph.ttl", format="turtle")
    rows = list(g.query("""
        PREFIX kg: <https://w3id.org/kg-cn-news/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?e WHERE {
          ?e kg:mentionedIn ?a .
          FILTER NOT EXISTS { ?e a ?c VALUES ?c { kg:Donation kg:Procurement kg:Distribution kg:Post } }
          FILTER NOT EXISTS { ?e rdfs:label ?l FILTER(lang(?l) = "zh") }
        }"""))
    assert rows == []
    rows = list(g.query("""
        PREFIX kg: <https://w3id.org/kg-cn-news/ontology#>
        SELECT ?ev WHERE {
          ?ev a ?c . VALUES ?c { kg:Donation kg:Procurement kg:Distribution kg:Person kg:Post }
          FILTER NOT EXISTS { ?ev kg:evidence/kg:rule ?r . ?ev kg:evidence/kg:startOffset ?s }
        }"""))
    assert rows == []


def test_sparql_returns_the_seed_donations(seed_build: Path):
    g = rdflib.Graph()
    g.parse(seed_build / "graph.ttl", format="turtle")
    rows = {(str(r.name), int(r.q), str(r.unit)) for r in g.query("""
        PREFIX kg: <https://w3id.org/kg-cn-news/ontology#>
        SELECT ?name ?q ?unit WHERE {
          ?ev a kg:Donation ; kg:item ?i . ?i kg:itemName ?name ; kg:quantity ?q ; kg:unit ?unit .
        }""")}
    # seed-000: 无偿捐赠医用口罩8000个、N95口罩700个、防尘服449件、医用手套5200个
    assert {("医用口罩", 8000, "个"), ("N95口罩", 700, "个"), ("防尘服", 449, "件"),
            ("医用手套", 5200, "个")} <= rows


def test_html_loads_nothing_from_the_network(seed_build: Path):
    html = (seed_build / "graph.html").read_text("utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"@import", html)
    assert "郑蒲港新区" in html


@pytest.mark.parametrize("bad", ["missing.txt"])
def test_a_missing_input_is_a_problem_not_a_crash(tmp_path: Path, bad: str):
    problems = []
    report = build([SEEDS / "seed-000.txt", tmp_path / bad], tmp_path / "out", jobs=1,
                   html=False, on_problem=problems.append)
    assert report.articles == 1
    assert len(problems) == 1 and bad in problems[0].path
    assert bad in (tmp_path / "out" / "report.md").read_text("utf-8")


def test_a_failed_build_releases_the_folder_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.read

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(kg.read, "discover", broken)
    with pytest.raises(RuntimeError) as failed:  # a caller keeping the error keeps its traceback alive
        build([SEEDS / "seed-000.txt"], tmp_path / "out", html=False)
    monkeypatch.undo()
    report = build([SEEDS / "seed-000.txt"], tmp_path / "out", html=False)  # not "another kg build"
    assert report.articles == 1 and "disk gone" in str(failed.value)
