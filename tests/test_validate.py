"""kg.validate: SHACL conformance of what kg writes, and failures on broken graphs."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import GraphError
from kg.export import write_nquads, write_text, write_turtle
from kg.graph import extraction_quads, extraction_triples, ontology_kinds_triples
from kg.model import Item, SupplyEvent
from kg.validate import ontology_dir, ontology_file, validate
from tests.test_graph import make_extraction

KG = "@prefix kg: <https://w3id.org/kg-cn-news/ontology#> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n" \
     "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n@prefix ex: <http://example.org/> .\n"


def test_ontology_located() -> None:
    d = ontology_dir()
    assert (d / "kg.ttl").is_file() and (d / "shapes.ttl").is_file()
    assert ontology_file("shapes.ttl").parent == d


def test_ontology_dir_env_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_ONTOLOGY_DIR", str(tmp_path))
    assert ontology_dir() == tmp_path
    with pytest.raises(GraphError, match="shapes.ttl"):
        ontology_file("shapes.ttl")


def test_valid_graph_conforms(tmp_path: Path) -> None:
    p = tmp_path / "g.ttl"
    write_turtle(extraction_triples(make_extraction()) + ontology_kinds_triples(), p)
    ok, report = validate(p)
    assert ok, report


def test_valid_nquads_conform(tmp_path: Path) -> None:
    p = tmp_path / "g.nq"
    write_nquads(extraction_quads(make_extraction("a")) + extraction_quads(make_extraction("b")), p)
    ok, report = validate(p)
    assert ok, report


def test_event_with_items_of_bad_quantity_still_conforms_by_dropping(tmp_path: Path) -> None:
    ev = SupplyEvent("procurement", ("甲",), (), (Item("口罩", -5.0, "个", 0, 2), Item("面包", float("nan"), None, 0, 2)),
                     None, None, 0, 5, "r")
    p = tmp_path / "g.ttl"
    write_turtle(extraction_triples(make_extraction(hostile=False, events=(ev,))), p)
    ok, report = validate(p)
    assert ok, report


@pytest.mark.parametrize(
    "body,needle",
    [
        ("ex:e a kg:Donation ; kg:evidence ex:v .\n"
         "ex:v a kg:Evidence ; kg:inArticle ex:a ; kg:startOffset 1 ; kg:endOffset 2 ; kg:rule \"r\" .",
         "kg:item"),  # event without items
        ("ex:e a kg:Procurement ; kg:item ex:i .\nex:i a kg:SupplyItem ; kg:itemName \"x\"@zh .", "kg:evidence"),
        ("ex:i a kg:SupplyItem ; kg:itemName \"x\"@zh ; kg:quantity -1.0 .", "MinInclusive"),
        ("ex:i a kg:SupplyItem ; kg:itemName \"x\"@zh ; kg:quantity \"3\" .", "Datatype"),
        ("ex:i a kg:SupplyItem ; kg:quantity 3.0 .", "kg:itemName"),
        ("ex:v a kg:Evidence ; kg:inArticle ex:a ; kg:startOffset 5 ; kg:endOffset 2 ; kg:rule \"r\" .",
         "LessThanOrEquals"),
        ("ex:v a kg:Evidence ; kg:inArticle ex:a ; kg:startOffset -1 ; kg:endOffset 2 ; kg:rule \"r\" .",
         "MinInclusive"),
        ("ex:v a kg:Evidence ; kg:startOffset 1 ; kg:endOffset 2 ; kg:rule \"r\" .", "kg:inArticle"),
        ("ex:p a kg:Person ; rdfs:label \"Zhang\"@en .", "LanguageIn"),
        ("ex:p a kg:Hospital .", "rdfs:label"),
        ("ex:p a kg:Post ; kg:title \"书记\"@zh .", "kg:holder"),
        ("ex:e a kg:Donation ; kg:date \"2020-02-30x\" .", "kg:date"),
    ],
)
def test_broken_graph_fails(tmp_path: Path, body: str, needle: str) -> None:
    p = tmp_path / "bad.ttl"
    write_text(p, KG + body + "\n")
    ok, report = validate(p)
    assert not ok
    assert needle in report, report


def test_missing_and_unparseable_files(tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="not found"):
        validate(tmp_path / "nope.ttl")
    bad = tmp_path / "bad.ttl"
    write_text(bad, "this is not turtle <")
    with pytest.raises(GraphError, match="bad.ttl"):
        validate(bad)
    odd = tmp_path / "g.xyz"
    write_text(odd, "")
    with pytest.raises(GraphError, match="unknown RDF format"):
        validate(odd)
