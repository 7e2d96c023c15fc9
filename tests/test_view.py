"""kg.view: RDF → network → self-contained, escaped, deterministic HTML / GraphML.

The Turtle below is hand-written with the vocab terms (the RDF writer is built
elsewhere) and carries hostile strings: a label with <script>, quotes and a
backslash, an evidence sentence closing </script>, an article headline closing
</title>, an onerror attribute and a javascript: URL.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from kg.errors import KgError
from kg.view import graph_to_network, render_html, select, write_graphml, write_html

HOSTILE_LABEL = "<script>window.__pwned=1</script>\"'\\慈善会"
HOSTILE_TITLE = "</title><script>window.__pwned=1</script>"

TTL = r'''
@prefix kg: <https://w3id.org/kg-cn-news/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/kg-cn-news/id/> .

id:a1 a kg:Article ; kg:headline "武汉</title><script>window.__pwned=1</script>捐赠" ;
    kg:sourceFile "seed-000.txt" ; kg:url "https://example.org/news/1"^^xsd:anyURI ;
    kg:datePublished "2020-02-03"^^xsd:date .
id:a2 a kg:Article ; kg:headline "第二篇 <img src=x onerror=\"window.__pwned=1\">" ;
    kg:sourceFile "seed-001.txt" ; kg:url "javascript:window.__pwned=1" .

id:hubei a kg:Province, kg:AdministrativeArea, kg:Place ; rdfs:label "湖北省"@zh ; kg:alias "湖北" ;
    kg:adminCode "420000" .
id:wuhan a kg:PrefectureCity ; rdfs:label "武汉市"@zh ; kg:alias "武汉" ; kg:containedInPlace id:hubei .
id:jiangan a kg:County ; rdfs:label "江岸区"@zh ; kg:containedInPlace id:wuhan .
id:zhejiang a kg:Province ; rdfs:label "浙江省"@zh .
id:hangzhou a kg:PrefectureCity ; rdfs:label "杭州市"@zh ; kg:containedInPlace id:zhejiang .

id:hosp a kg:Hospital, kg:Organization ; rdfs:label "武汉市第一医院"@zh ; kg:alias "市一医院" ;
    kg:locatedIn id:jiangan ; kg:mentionedIn id:a1 ; kg:evidence id:ev1 .
id:evil a kg:SocialOrganization ; rdfs:label "<script>window.__pwned=1</script>\"'\\慈善会"@zh ;
    kg:alias "<img src=x onerror=window.__pwned=1>" ; kg:locatedIn id:hangzhou ;
    kg:mentionedIn id:a2 ; kg:evidence id:ev2 .
id:corp a kg:Enterprise ; rdfs:label "杭州某某科技有限公司"@zh ; kg:locatedIn id:hangzhou .
id:gov a kg:PartyGovernmentBody ; rdfs:label "武汉市卫生健康委员会"@zh ; kg:locatedIn id:wuhan .

id:zhang a kg:Person ; rdfs:label "张三"@zh ; kg:alias "老张" .
id:li a kg:Person ; rdfs:label "李四"@zh .
id:post1 a kg:Post ; kg:holder id:zhang ; kg:postIn id:hosp ; kg:title "院长" ; kg:evidence id:ev3 .
id:post2 a kg:Post ; kg:holder id:li ; kg:postIn id:gov ; kg:title "主任" .

id:don1 a kg:Donation ; kg:agent id:corp ; kg:recipient id:hosp ; kg:item id:it1, id:it2 ;
    kg:date "2020-02-01"^^xsd:date ; kg:valueYuan "120000.00"^^xsd:decimal ; kg:evidence id:ev1 ;
    kg:mentionedIn id:a1 .
id:it1 a kg:SupplyItem ; kg:itemName "医用口罩" ; kg:quantity "8000"^^xsd:decimal ; kg:unit "个" .
id:it2 a kg:SupplyItem ; kg:itemName "防护服" ; kg:quantity "500.0"^^xsd:decimal ; kg:unit "套" .
id:don2 a kg:Donation ; kg:agent id:evil ; kg:recipient id:hosp ; kg:item id:it3 ; kg:evidence id:ev2 .
id:it3 a kg:SupplyItem ; kg:itemName "消毒液" ; kg:quantity "2.5"^^xsd:decimal ; kg:unit "吨" .
id:proc1 a kg:Procurement ; kg:agent id:gov ; kg:item id:it4 .
id:it4 a kg:SupplyItem ; kg:itemName "呼吸机" ; kg:quantity "20"^^xsd:decimal ; kg:unit "台" .
id:dist1 a kg:Distribution ; kg:agent id:gov ; kg:recipient id:jiangan ; kg:location id:jiangan .

id:ev1 a kg:Evidence ; kg:exact "杭州某某科技有限公司向武汉市第一医院捐赠医用口罩8000个。" ;
    kg:inArticle id:a1 ; kg:rule "event.donate" .
id:ev2 a kg:Evidence ; kg:exact "</script><script>window.__pwned=1</script> 捐赠消毒液 \u2028 & \\ end" ;
    kg:inArticle id:a2 ; kg:rule "event.donate" .
id:ev3 a kg:Evidence ; kg:exact "武汉市第一医院院长张三表示…" ; kg:inArticle id:a1 ; kg:rule "post.title" .
'''


@pytest.fixture()
def ttl_path(tmp_path: Path) -> Path:
    p = tmp_path / "small.ttl"
    p.write_text(TTL, encoding="utf-8")
    return p


@pytest.fixture()
def net(ttl_path: Path) -> nx.MultiDiGraph:
    return graph_to_network(ttl_path)


def page_data(text: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S)
    assert m, "data block missing"
    return json.loads(m.group(1))


REMOTE = re.compile(
    r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:url\(\s*["']?\s*(?:https?:)?//)|(?:@import)|(?:<link\b[^>]*\bhref)""",
    re.I,
)


def test_network_nodes_edges_and_attributes(net: nx.MultiDiGraph) -> None:
    by_label = {d["label"]: n for n, d in net.nodes(data=True)}
    assert "张三" in by_label and "湖北省" in by_label and HOSTILE_LABEL in by_label
    assert not any(d["class"] == "Article" for _, d in net.nodes(data=True)), "articles off by default"
    hosp = net.nodes[by_label["武汉市第一医院"]]
    assert hosp["class"] == "Hospital" and hosp["family"] == "Organization"
    assert hosp["aliases"] == ["市一医院"]
    assert hosp["admin_chain"] == ["江岸区", "武汉市", "湖北省"]
    assert hosp["province"] == "湖北省"
    assert any(e["text"].startswith("杭州某某科技") and e["headline"].startswith("武汉") for e in hosp["evidence"])
    assert hosp["articles"][0]["file"] == "seed-000.txt"
    # event label summarises items; quantities normalised
    don = next(d for _, d in net.nodes(data=True) if d["label"].startswith("捐赠: 医用口罩"))
    assert don["label"] == "捐赠: 医用口罩 8000个、防护服 500套"
    assert ["金额(元)", "120000"] in don["facts"]
    # post as an edge person → org labelled with the title
    edges = {(net.nodes[u]["label"], net.nodes[v]["label"], d["relation"], d["label"]) for u, v, d in net.edges(data=True)}
    assert ("张三", "武汉市第一医院", "postIn", "院长") in edges
    assert ("杭州某某科技有限公司", don["label"], "agent", "捐赠") in edges
    assert (don["label"], "武汉市第一医院", "recipient", "接收") in edges
    assert ("武汉市", "湖北省", "containedInPlace", "属于") in edges
    assert ("发放", "江岸区", "location", "地点") in edges
    assert net.nodes[by_label["张三"]]["province"] == "湖北省"
    assert net.nodes[by_label["张三"]]["degree"] == net.degree(by_label["张三"])
    # javascript: URLs never survive
    evil = net.nodes[by_label[HOSTILE_LABEL]]
    assert evil["articles"][0]["url"] == ""


def test_articles_optional(ttl_path: Path) -> None:
    net = graph_to_network(ttl_path, articles=True)
    arts = [n for n, d in net.nodes(data=True) if d["class"] == "Article"]
    assert len(arts) == 2
    assert any(d["relation"] == "mentionedIn" for _, _, d in net.edges(data=True))


def test_accepts_rdflib_graph(ttl_path: Path) -> None:
    g = Graph().parse(ttl_path, format="turtle")
    assert nx.utils.graphs_equal(graph_to_network(g), graph_to_network(ttl_path))


def test_html_self_contained_and_escaped(net: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    write_html(net, out, title=HOSTILE_TITLE)
    text = out.read_bytes().decode("utf-8")  # UTF-8 whatever the platform encoding
    assert not REMOTE.search(text), REMOTE.search(text)
    assert "<script src" not in text.lower() and "<link" not in text.lower()
    assert "vis.Network" in text and "vis-network" in text  # inlined library
    # the hostile strings never appear raw
    assert "window.__pwned=1</script>" not in text
    assert "<img src=x" not in text
    assert text.count("</script>") == 3  # data block, vis-network, app script
    assert text.count("</title>") == 1
    assert "<title>&lt;/title&gt;&lt;script&gt;" in text
    data = page_data(text)
    labels = {n["label"] for n in data["nodes"]}
    assert HOSTILE_LABEL in labels and "张三" in labels  # round-trips exactly through JSON
    assert data["title"] == HOSTILE_TITLE
    ev = [e[0] for n in data["nodes"] for e in n["ev"]]
    assert any("\u2028" in e and "\\" in e for e in ev)
    assert "\u2028" not in text.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert all(not a[2] or a[2].startswith("https://") for a in data["articles"])
    assert "张三" in text  # CJK stored as UTF-8, not \u escapes
    # the app puts data into the DOM with textContent only
    app = text.rsplit("<script>", 1)[1]
    assert "innerHTML" not in app and "insertAdjacentHTML" not in app and "document.write" not in app


def test_html_page_data_shape(net: nx.MultiDiGraph) -> None:
    data = page_data(render_html(net))
    ids = [n["id"] for n in data["nodes"]]
    assert ids == list(range(len(ids)))
    assert len(data["edges"]) == net.number_of_edges()
    assert {c["name"] for c in data["classes"]} >= {"Person", "Hospital", "Donation", "Province"}
    assert data["provinces"] == ["浙江省", "湖北省"]
    assert data["physics"] is True and data["lowDegree"] == 0
    hosp = next(n for n in data["nodes"] if n["label"] == "武汉市第一医院")
    assert hosp["chain"] == ["江岸区", "武汉市", "湖北省"] and hosp["al"] == ["市一医院"]
    assert hosp["arts"] and data["articles"][hosp["arts"][0]][1] == "seed-000.txt"


def test_deterministic_bytes(ttl_path: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    write_html(graph_to_network(ttl_path), a)
    write_html(graph_to_network(ttl_path), b)
    assert a.read_bytes() == b.read_bytes()
    ga, gb = tmp_path / "a.graphml", tmp_path / "b.graphml"
    write_graphml(graph_to_network(ttl_path), ga)
    write_graphml(graph_to_network(ttl_path), gb)
    assert ga.read_bytes() == gb.read_bytes()


@pytest.mark.parametrize(
    ("kwargs", "expect_in", "expect_out"),
    [
        ({"around": "张三", "depth": 1}, {"张三", "武汉市第一医院"}, {"杭州市", "李四"}),
        ({"around": "老张", "depth": 1}, {"张三"}, {"李四"}),  # by alias
        ({"classes": ["Person", "Hospital"]}, {"张三", "李四", "武汉市第一医院"}, {"湖北省"}),
        ({"classes": ["Place"]}, {"湖北省", "江岸区"}, {"张三"}),
        ({"province": "浙江省"}, {"杭州市", "杭州某某科技有限公司"}, {"湖北省", "李四"}),
    ],
    ids=["around-label", "around-alias", "classes", "family", "province"],
)
def test_filters_reduce_nodes(net: nx.MultiDiGraph, tmp_path: Path, kwargs, expect_in, expect_out) -> None:
    out = tmp_path / "f.html"
    shown = write_html(net, out, **kwargs)
    labels = {n["label"] for n in page_data(out.read_text(encoding="utf-8"))["nodes"]}
    assert labels == {d["label"] for _, d in shown.nodes(data=True)}
    assert 0 < len(labels) < net.number_of_nodes()
    assert expect_in <= labels and not (expect_out & labels)


def test_filter_errors_name_the_value(net: nx.MultiDiGraph) -> None:
    with pytest.raises(KgError, match="王五"):
        select(net, around="王五")
    with pytest.raises(KgError, match="Persn"):
        select(net, classes=["Persn"])
    with pytest.raises(KgError, match="西藏"):
        select(net, province="西藏")


def test_graphml_roundtrip(net: nx.MultiDiGraph, tmp_path: Path) -> None:
    p = tmp_path / "out" / "g.graphml"
    write_graphml(net, p)
    back = nx.read_graphml(p)
    assert back.number_of_nodes() == net.number_of_nodes()
    assert back.number_of_edges() == net.number_of_edges()
    labels = {d["label"] for _, d in back.nodes(data=True)}
    assert HOSTILE_LABEL in labels
    hosp = next(d for _, d in back.nodes(data=True) if d["label"] == "武汉市第一医院")
    assert json.loads(hosp["admin_chain"]) == ["江岸区", "武汉市", "湖北省"]
    assert not list(p.parent.glob("*.tmp"))


def test_atomic_write_keeps_old_file_on_failure(net: nx.MultiDiGraph, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "w" / "v.html"
    out.parent.mkdir()
    out.write_text("old", encoding="utf-8")
    import kg.view as view

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(view.os, "replace", boom)
    with pytest.raises(OSError):
        write_html(net, out)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in out.parent.iterdir()] == ["v.html"]


def test_large_graph_hides_low_degree_and_disables_physics() -> None:
    from kg.view import HIDE_ABOVE_NODES

    net = nx.MultiDiGraph()
    n = HIDE_ABOVE_NODES * 2
    for i in range(n):
        net.add_node(f"n{i:05d}", label=f"节点{i}", **{"class": "Person"}, family="Person", aliases=[],
                     admin_chain=[], province="", facts=[], evidence=[], articles=[], degree=0)
    for i in range(1, n):
        net.add_edge(f"n{i // 10:05d}", f"n{i:05d}", key="agent", relation="agent", label="x")
    data = page_data(render_html(net))
    assert data["lowDegree"] >= 1
    hidden = sum(n["lo"] for n in data["nodes"])
    assert 0 < hidden < len(data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) > len(data["nodes"]) * 0.9  # spread out


def test_missing_file_is_a_kg_error(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="nope.ttl"):
        graph_to_network(tmp_path / "nope.ttl")


def test_malformed_turtle_is_a_kg_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix kg: <https://w3id.org/kg-cn-news/ontology#> .\nkg:x kg:y \"unclosed .\n", encoding="utf-8")
    with pytest.raises(KgError, match="bad.ttl"):
        graph_to_network(bad)


@pytest.mark.parametrize(
    "snippet",
    [
        '<script src="https://cdn.example/vis.js"></script>',
        "<link rel=stylesheet href='http://x.example/a.css'>",
        '<img src="//x.example/a.png">',
        "body { background: url( 'https://x.example/bg.png') }",
        "@import 'https://fonts.example/css';",
    ],
)
def test_remote_reference_check_is_not_vacuous(snippet: str) -> None:
    assert REMOTE.search(snippet)


def test_cli_main(ttl_path: Path, tmp_path: Path, capsys) -> None:
    from kg.view import main

    out, gml = tmp_path / "cli.html", tmp_path / "cli.graphml"
    assert main([str(ttl_path), "-o", str(out), "--graphml", str(gml), "--around", "市一医院", "--depth", "1"]) == 0
    assert "nodes" in capsys.readouterr().out
    assert {n["label"] for n in page_data(out.read_text(encoding="utf-8"))["nodes"]} >= {"武汉市第一医院", "张三"}
    assert nx.read_graphml(gml).number_of_nodes() == len(page_data(out.read_text(encoding="utf-8"))["nodes"])
    assert main([str(ttl_path), "-o", str(out), "--classes", "Nope"]) == 2
    assert "Nope" in capsys.readouterr().err
