"""One node per real thing across articles: namesakes apart, aliases merged.

tests/fixtures/resolution holds short articles written for this test:
- hz-01, hz-02 (杭州日报): 杭州市西湖区西湖社区; the same company in both.
- fz-01 (福州晚报): a different 西湖社区, in 福州市鼓楼区 (鼓楼区 exists in several
  provinces: resolved by 福州市); a namesake of hz-01's 王建国.
- yy-01 (益阳日报): 桃江县红十字会 then 县红十字会 for the same body.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import rdflib

from kg.pipeline import build


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "resolution"
KG = rdflib.Namespace("https://w3id.org/kg-cn-news/ontology#")
RDFS = rdflib.RDFS


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> rdflib.Graph:
    out = tmp_path_factory.mktemp("resolution")
    build([FIXTURES], out, jobs=1, html=False)
    g = rdflib.Graph()
    g.parse(out / "graph.ttl", format="turtle")
    return g


def nodes_named(g: rdflib.Graph, name: str) -> set:
    return {s for s, _, o in g.triples((None, RDFS.label, None)) if str(o) == name} | {
        s for s, _, o in g.triples((None, KG.alias, None)) if str(o) == name}


def articles_of(g: rdflib.Graph, node) -> set[str]:
    return {str(g.value(a, KG.sourceFile)) for a in g.objects(node, KG.mentionedIn)}


def test_namesake_communities_in_two_cities_are_two_nodes(graph):
    communities = nodes_named(graph, "西湖社区")
    assert len(communities) == 2
    by_article = defaultdict(set)
    for node in communities:
        for art in articles_of(graph, node):
            by_article[node].add(art)
    assert sorted(sorted(v) for v in by_article.values()) == [["fz-01.txt"], ["hz-01.txt", "hz-02.txt"]]


def test_the_same_company_in_two_articles_is_one_node(graph):
    companies = nodes_named(graph, "浙江华美科技有限公司")
    assert len(companies) == 1
    assert articles_of(graph, next(iter(companies))) == {"hz-01.txt", "hz-02.txt"}


def test_namesake_people_in_two_provinces_are_two_people(graph):
    people = nodes_named(graph, "王建国")
    assert len(people) == 2


def test_divisions_are_keyed_by_their_official_code(graph):
    (hangzhou,) = nodes_named(graph, "杭州市")
    assert str(graph.value(hangzhou, KG.adminCode)) == "330100"
    assert str(hangzhou).endswith("/place/330100")
    assert articles_of(graph, hangzhou) == {"hz-01.txt", "hz-02.txt"}


def test_an_ambiguous_district_is_resolved_by_its_city(graph):
    (gulou,) = nodes_named(graph, "鼓楼区")
    assert str(graph.value(gulou, KG.adminCode)) == "350102"  # 福州市鼓楼区, not Nanjing's or Xuzhou's
    chain = [str(graph.value(p, RDFS.label)) for p in graph.transitive_objects(gulou, KG.containedInPlace)]
    assert chain == ["鼓楼区", "福州市", "福建省"]


def test_a_community_sits_under_its_district(graph):
    for node in nodes_named(graph, "西湖社区"):
        chain = [str(graph.value(p, RDFS.label)) for p in graph.transitive_objects(node, KG.containedInPlace)]
        assert chain[-1] in {"浙江省", "福建省"}
        assert ("西湖区" in chain) != ("鼓楼区" in chain)


def test_a_locale_relative_body_is_an_alias_of_its_full_name(graph):
    (redcross,) = nodes_named(graph, "桃江县红十字会")
    assert {str(a) for a in graph.objects(redcross, KG.alias)} == {"县红十字会"}
    assert nodes_named(graph, "县红十字会") == {redcross}
