"""ontology/kg.ttl ↔ kg/vocab.py, labels, alignments; shapes parse."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.validate import ontology_file
from kg.vocab import KG, ONTOLOGY_IRI, OA, ORG, PROV, SCHEMA, SKOS

TERMS = sorted(KG.__annotations__)


@pytest.fixture(scope="module")
def ont() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(ontology_file("kg.ttl"), format="turtle")
    return g


def _kg_subjects(g: rdflib.Graph) -> set[str]:
    ns = str(KG._NS)
    return {str(s)[len(ns):] for s in g.subjects(RDF.type, None) if str(s).startswith(ns)}


def test_both_directions(ont: rdflib.Graph) -> None:
    declared = _kg_subjects(ont)
    assert set(TERMS) - declared == set(), "terms of vocab.py missing in kg.ttl"
    assert declared - set(TERMS) == set(), "kg: terms of kg.ttl missing in vocab.py"
    used = {str(o)[len(str(KG._NS)):] for o in ont.all_nodes() if str(o).startswith(str(KG._NS))}
    assert used <= set(TERMS)


def test_ontology_header(ont: rdflib.Graph) -> None:
    o = rdflib.URIRef(ONTOLOGY_IRI)
    assert (o, RDF.type, OWL.Ontology) in ont
    assert ont.value(o, OWL.versionInfo) is not None
    assert ont.value(o, OWL.versionIRI) is not None


@pytest.mark.parametrize("term", TERMS)
def test_term_declared_labelled(ont: rdflib.Graph, term: str) -> None:
    iri = rdflib.URIRef(str(KG._NS) + term)
    types = set(ont.objects(iri, RDF.type))
    if term[0].isupper():
        assert OWL.Class in types
    else:
        assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}
        assert ont.value(iri, RDFS.range) is not None
    langs = {lbl.language for lbl in ont.objects(iri, RDFS.label)}
    assert {"zh", "en"} <= langs
    assert any(c.language == "en" for c in ont.objects(iri, RDFS.comment))


@pytest.mark.parametrize(
    "sub,sup",
    [
        (KG.Article, SCHEMA.NewsArticle), (KG.Person, SCHEMA.Person), (KG.Organization, SCHEMA.Organization),
        (KG.Organization, ORG.Organization), (KG.Agent, PROV.Agent), (KG.Place, SCHEMA.Place),
        (KG.AdministrativeArea, SCHEMA.AdministrativeArea), (KG.Donation, SCHEMA.DonateAction),
        (KG.Procurement, SCHEMA.BuyAction), (KG.Distribution, SCHEMA.GiveAction), (KG.Post, ORG.Post),
        (KG.SupplyItem, SCHEMA.TypeAndQuantityNode), (KG.SupplyKind, SKOS.Concept),
        (KG.Evidence, OA.TextPositionSelector), (KG.SupplyEvent, PROV.Activity),
    ],
)
def test_class_alignment(ont: rdflib.Graph, sub: str, sup: str) -> None:
    assert (rdflib.URIRef(sub), RDFS.subClassOf, rdflib.URIRef(sup)) in ont


@pytest.mark.parametrize(
    "sub,sup",
    [
        (KG.agent, SCHEMA.agent), (KG.recipient, SCHEMA.recipient), (KG.item, SCHEMA.object),
        (KG.quantity, SCHEMA.amountOfThisGood), (KG.unit, SCHEMA.unitText), (KG.supplyKind, SCHEMA.typeOfGood),
        (KG.date, SCHEMA.startTime), (KG.containedInPlace, SCHEMA.containedInPlace), (KG.headline, SCHEMA.headline),
        (KG.datePublished, SCHEMA.datePublished), (KG.publisher, SCHEMA.publisher), (KG.url, SCHEMA.url),
        (KG.locatedIn, SCHEMA.location), (KG.mentionedIn, SCHEMA.subjectOf), (KG.postIn, ORG.postIn),
        (KG.holder, ORG.heldBy), (KG.broaderKind, SKOS.broader), (KG.alias, SKOS.altLabel),
        (KG.startOffset, OA.start), (KG.endOffset, OA.end), (KG.exact, OA.exact),
        (KG.evidence, PROV.wasDerivedFrom),
    ],
)
def test_property_alignment(ont: rdflib.Graph, sub: str, sup: str) -> None:
    assert (rdflib.URIRef(sub), RDFS.subPropertyOf, rdflib.URIRef(sup)) in ont


@pytest.mark.parametrize(
    "sub,sup",
    [
        ("PartyGovernmentBody", "Organization"), ("Enterprise", "Organization"), ("Hospital", "Organization"),
        ("SocialOrganization", "Organization"), ("MediaOutlet", "Organization"), ("School", "Organization"),
        ("AdministrativeArea", "Place"), ("Country", "AdministrativeArea"), ("Province", "AdministrativeArea"),
        ("PrefectureCity", "AdministrativeArea"), ("County", "AdministrativeArea"), ("Township", "AdministrativeArea"),
        ("Village", "AdministrativeArea"), ("DevelopmentZone", "Place"), ("ResidentialCompound", "Place"),
        ("OtherPlace", "Place"), ("Donation", "SupplyEvent"), ("Procurement", "SupplyEvent"),
        ("Distribution", "SupplyEvent"), ("Person", "Agent"), ("Organization", "Agent"),
    ],
)
def test_subclass_tree(ont: rdflib.Graph, sub: str, sup: str) -> None:
    assert (rdflib.URIRef(KG[sub]), RDFS.subClassOf, rdflib.URIRef(KG[sup])) in ont


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_parses_in_both_parsers(name: str) -> None:
    path = ontology_file(name)
    g = rdflib.Graph()
    g.parse(path, format="turtle")
    assert len(g) == len(set(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))) > 0


def test_shapes_only_use_declared_kg_terms() -> None:
    g = rdflib.Graph()
    g.parse(ontology_file("shapes.ttl"), format="turtle")
    ns = str(KG._NS)
    used = {str(t)[len(ns):] for t in g.all_nodes() if str(t).startswith(ns)}
    used |= {str(p)[len(ns):] for p in g.predicates() if str(p).startswith(ns)}
    assert used and used <= set(TERMS)
