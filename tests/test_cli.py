"""The command line: every command, its output formats and its exit codes."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kg.cli import main

from .conftest import CORPUS, SEEDS

DONATIONS = """PREFIX kg: <https://w3id.org/kg-cn-news/ontology#>
SELECT ?name ?q WHERE { ?e a kg:Donation ; kg:item ?i . ?i kg:itemName ?name ; kg:quantity ?q }
ORDER BY ?name ?q"""


def test_extract_writes_one_record_per_article(tmp_path: Path):
    out = tmp_path / "x.jsonl"
    assert main(["extract", str(SEEDS), "--jsonl", str(out), "--jobs", "1", "-q"]) == 0
    docs = [json.loads(line)["doc"] for line in out.read_text("utf-8").splitlines()]
    assert docs == ["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"]


def test_build_exit_code_says_inputs_were_skipped(tmp_path: Path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code = main(["build", str(SEEDS / "seed-001.txt"), str(empty), "--out", str(tmp_path / "o"),
                 "--jobs", "1", "-q", "--no-html"])
    assert code == 1
    assert "empty.txt" in capsys.readouterr().err
    assert (tmp_path / "o" / "graph.ttl").exists()


def test_build_fails_when_nothing_is_readable(tmp_path: Path):
    assert main(["build", str(tmp_path / "nothing-here"), "--out", str(tmp_path / "o"), "-q"]) == 2


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_formats(seed_build: Path, capsys, fmt: str):
    assert main(["query", str(seed_build / "graph.ttl"), DONATIONS, "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        rows = json.loads(out)
        assert {"name": "N95口罩", "q": "700"} in rows
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert {"name": "N95口罩", "q": "700"} in rows
    else:
        assert "N95口罩" in out and "700" in out


def test_query_binds_user_values_instead_of_splicing_them(seed_build: Path, capsys):
    query = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
               SELECT ?x WHERE { ?x rdfs:label ?l FILTER(str(?l) = str(?name)) }"""
    hostile = '" } ; DROP ALL ; SELECT * { "'
    assert main(["query", str(seed_build / "graph.ttl"), query, "--bind", f"name={hostile}",
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["query", str(seed_build / "graph.ttl"), query, "--bind", "name=郑蒲港新区",
                 "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_query_errors_exit_2(seed_build: Path, tmp_path: Path, capsys):
    assert main(["query", str(tmp_path / "none.ttl"), "SELECT * {}"]) == 2
    assert main(["query", str(seed_build / "graph.ttl"), "SELEKT nonsense"]) == 2
    assert main(["query", str(seed_build / "graph.ttl"), "missing.rq"]) == 2
    err = capsys.readouterr().err
    assert "none.ttl" in err and "missing.rq" in err


def test_validate_exit_codes(seed_build: Path, tmp_path: Path):
    assert main(["validate", str(seed_build / "graph.ttl")]) == 0
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        "@prefix kg: <https://w3id.org/kg-cn-news/ontology#> .\n"
        "<https://example.org/e> a kg:Donation .\n", encoding="utf-8")
    assert main(["validate", str(broken)]) == 1
    assert main(["validate", str(tmp_path / "absent.ttl")]) == 2
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is not turtle", encoding="utf-8")
    assert main(["validate", str(garbage)]) == 2


def test_view_focuses_around_a_node(seed_build: Path, tmp_path: Path):
    out = tmp_path / "around.html"
    gml = tmp_path / "around.graphml"
    assert main(["view", str(seed_build / "graph.ttl"), "--out", str(out), "--around", "郑蒲港新区",
                 "--depth", "1", "--graphml", str(gml)]) == 0
    html = out.read_text("utf-8")
    assert "郑蒲港新区" in html
    import networkx as nx

    full = nx.read_graphml(seed_build / "graph.graphml")
    focused = nx.read_graphml(gml)
    assert 1 < focused.number_of_nodes() < full.number_of_nodes()


def test_view_of_an_unknown_name_is_an_error(seed_build: Path, tmp_path: Path):
    assert main(["view", str(seed_build / "graph.ttl"), "--out", str(tmp_path / "v.html"),
                 "--around", "不存在的地方"]) == 2


def test_evaluate_prints_scores_and_the_rule_table(capsys):
    assert main(["evaluate", str(CORPUS / "seeds"), "--per-rule", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert "| ENT overall |" in out
    assert "| rule | fired | correct | wrong | precision |" in out
    assert "| event." in out and "| loc." in out


def test_view_per_province_writes_one_page_each(seed_build: Path, tmp_path: Path):
    out = tmp_path / "provinces"
    assert main(["view", str(seed_build / "graph.ttl"), "--per-province", str(out)]) == 0
    index = (out / "index.html").read_text("utf-8")
    pages = sorted(p.name for p in out.glob("province-*.html"))
    assert pages and all(p in index for p in pages)
    assert "安徽省" in index  # seed-000 is in 马鞍山 (安徽)


def test_two_builds_into_one_folder_do_not_interleave(tmp_path: Path, capsys):
    import fcntl

    out = tmp_path / "o"
    out.mkdir()
    with open(out / ".kg.lock", "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert main(["build", str(SEEDS / "seed-001.txt"), "--out", str(out), "-q", "--no-html"]) == 2
    assert "another kg build" in capsys.readouterr().err
    assert not (out / "graph.ttl").exists()
    assert main(["build", str(SEEDS / "seed-001.txt"), "--out", str(out), "-q", "--no-html", "--jobs", "1"]) == 0
