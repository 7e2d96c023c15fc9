"""kg.graph: IRIs, triples, places, events, hostile strings."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from kg.graph import (
    article_iri,
    build_store,
    clean_literal,
    entity_iri,
    extraction_quads,
    extraction_triples,
    graph_triple_count,
    iri_for,
    ontology_kinds_triples,
    org_class,
    place_key,
    supply_kind,
    supply_kinds,
)
from kg.model import (
    Article,
    CleanText,
    Entity,
    Extraction,
    Item,
    Mention,
    Meta,
    PlaceInfo,
    Position,
    Span,
    SupplyEvent,
)
from kg.vocab import DEFAULT_BASE, KG

HOSTILE = '<script>alert("x")</script>\\ > . }\n\x00\x07有限公司'
PREFIX = "来源：<b>\n"  # raw-only text before the clean text starts


def make_extraction(
    doc_id: str = "seed-000",
    hostile: bool = True,
    events: tuple[SupplyEvent, ...] | None = None,
) -> Extraction:
    """A small hand-built extraction; clean offsets = raw offsets - len(PREFIX)."""
    body = (
        "安徽省马鞍山市郑蒲港新区管委会主任张三向桃江县红十字会捐赠N95口罩1000个、84消毒液50箱。"
        f"{HOSTILE}捐款10万元。"
    )
    raw = PREFIX + body
    k = len(PREFIX)
    art = Article(doc_id=doc_id, path=f"/some/dir/{doc_id}.txt", raw=raw, encoding="utf-8", sha256="ab" * 32,
                  url="http://example.com/a b\x00")
    meta = Meta(title='标题 "<x>"\n', date="2020-02-10", sources=("市场星报", "安徽财经网"), url=None)
    clean = CleanText(article=art, text=body, raw_index=tuple(range(k, k + len(body) + 1)),
                      zones=(Span(0, len(body)),), meta=meta)

    def pos(s: str) -> tuple[int, int]:
        i = body.index(s)
        return i, i + len(s)

    def m(s: str, typ: str, rule: str) -> Mention:
        a, b = pos(s)
        return Mention(text=s, type=typ, start=a, end=b, rule=rule)  # type: ignore[arg-type]

    ahui = Entity("LOC:340000", "LOC", "安徽省", (), (m("安徽省", "LOC", "loc.dict"),),
                  PlaceInfo(province="安徽省", code="340000", level="province", name="安徽省"))
    zone = Entity(place_key(PlaceInfo(province="安徽省", city="马鞍山市", level="zone"), "郑蒲港新区"), "LOC",
                  "郑蒲港新区", (), (m("郑蒲港新区", "LOC", "loc.suffix"),),
                  PlaceInfo(province="安徽省", city="马鞍山市", level="zone", name="郑蒲港新区"))
    county = Entity("LOC:430922", "LOC", "桃江县", ("桃江",), (m("桃江县", "LOC", "loc.dict"),),
                    PlaceInfo(province="湖南省", city="益阳市", county="桃江县", code="430922", level="county"))
    guanwei = Entity("ORG:安徽省|马鞍山市|郑蒲港新区管委会", "ORG", "郑蒲港新区管委会", ("管委会",),
                     (m("郑蒲港新区管委会", "ORG", "org.suffix"),))
    redcross = Entity("ORG:湖南省|益阳市|桃江县红十字会", "ORG", "桃江县红十字会", ("县红十字会",),
                      (m("桃江县红十字会", "ORG", "org.suffix"),))
    zhang = Entity("PER:张三", "PER", "张三", (), (m("张三", "PER", "per.title"),))
    ents = [ahui, zone, county, guanwei, redcross, zhang]
    if hostile:
        a, b = pos(HOSTILE)
        ents.append(Entity("ORG:" + HOSTILE, "ORG", HOSTILE, ("}\n",), (Mention(HOSTILE, "ORG", a, b, "org.suffix"),)))
    s0, s1 = pos("郑蒲港新区管委会主任张三向桃江县红十字会捐赠N95口罩1000个、84消毒液50箱。")
    ia, ib = pos("N95口罩")
    ja, jb = pos("84消毒液")
    if events is None:
        events = (
            SupplyEvent("donation", ("郑蒲港新区管委会",), ("县红十字会",),
                        (Item("N95口罩", 1000.0, "个", ia, ib), Item("84消毒液", 50, "箱", ja, jb, kind="disinfectant")),
                        None, "2020-02-09", s0, s1, "event.donate"),
        )
        if hostile:
            h0, h1 = pos(f"{HOSTILE}捐款10万元。")
            events += (SupplyEvent("donation", (HOSTILE, "无名氏\x00"), (), (), 100000.0, "2020-13-45", h0, h1,
                                   "event.donate.money"),)
    a, b = pos("管委会主任张三")
    positions = (Position("张三", "主任", "郑蒲港新区管委会", a, b, "pos.title"),)
    return Extraction(article=art, meta=meta, entities=tuple(ents), positions=positions, events=events, clean=clean)


def _rdflib(triples: list[ox.Triple]) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    return g


def _objs(g: rdflib.Graph, s: str, p: str) -> set:
    return set(g.objects(rdflib.URIRef(s), rdflib.URIRef(p)))


# --- IRIs --------------------------------------------------------------------

@pytest.mark.parametrize(
    "kind,key",
    [
        ("org", "ORG:安徽省|马鞍山市|郑蒲港新区管委会"),
        ("org", HOSTILE),
        ("person", "PER:张三"),
        ("place", "LOC:安徽省|马鞍山市"),
        ("place", "LOC:<bad code>"),
        ("article", "seed 000 <>"),
        ("agent", ""),
    ],
)
def test_iri_ascii_and_stable(kind: str, key: str) -> None:
    a = iri_for(kind, key)
    assert a == iri_for(kind, key)
    assert a.isascii() and a.startswith(DEFAULT_BASE + kind + "/")
    assert not set(a) & set(' <>"{}|^`\\\n')
    ox.NamedNode(a)  # pyoxigraph accepts it


def test_iri_codes_and_normalisation() -> None:
    assert iri_for("place", "LOC:340500") == DEFAULT_BASE + "place/340500"
    assert iri_for("org", " ORG:x ") == iri_for("org", "ORG:x")
    assert iri_for("org", "ORG:x") != iri_for("person", "ORG:x")
    assert iri_for("org", "ORG:x", "http://other/") == "http://other/" + iri_for("org", "ORG:x")[len(DEFAULT_BASE):]
    with pytest.raises(ValueError):
        iri_for("Org Name", "x")


def test_article_iri_from_doc_id_not_text() -> None:
    a = make_extraction("seed-000")
    assert article_iri("seed-000") == article_iri(a.article.doc_id)
    t1 = {str(t) for t in extraction_triples(a)}
    t2 = {str(t) for t in extraction_triples(make_extraction("seed-000"))}
    assert t1 == t2  # deterministic across calls


@pytest.mark.parametrize(
    "info,name,expected",
    [
        (PlaceInfo(province="安徽省", city="马鞍山市", code="340500"), "马鞍山市", "LOC:340500"),
        (PlaceInfo(province="安徽省", city="马鞍山市"), "马鞍山市", "LOC:安徽省|马鞍山市"),
        (PlaceInfo(province="安徽省"), "马鞍山市", "LOC:安徽省|马鞍山市"),
        (PlaceInfo(province="北京市", city="北京市", county="东城区"), "东城区", "LOC:北京市|东城区"),
        (PlaceInfo(province="安徽省", city="马鞍山市", county="含山县"), "安徽省", "LOC:安徽省"),
        (None, "某小区", "LOC:某小区"),
    ],
)
def test_place_key(info: PlaceInfo | None, name: str, expected: str) -> None:
    assert place_key(info, name) == expected


# --- triples ----------------------------------------------------------------

def test_entities_typed_labelled_with_evidence() -> None:
    ex = make_extraction()
    g = _rdflib(extraction_triples(ex))
    by_key = {e.key: entity_iri(e) for e in ex.entities}
    rt = str(rdflib.RDF.type)
    assert _objs(g, by_key["ORG:湖南省|益阳市|桃江县红十字会"], rt) == {rdflib.URIRef(KG.SocialOrganization)}
    assert _objs(g, by_key["ORG:安徽省|马鞍山市|郑蒲港新区管委会"], rt) == {rdflib.URIRef(KG.PartyGovernmentBody)}
    assert _objs(g, by_key["PER:张三"], rt) == {rdflib.URIRef(KG.Person)}
    assert _objs(g, by_key["LOC:430922"], rt) == {rdflib.URIRef(KG.County)}
    assert _objs(g, by_key["LOC:430922"], str(KG.adminCode)) == {rdflib.Literal("430922")}
    assert _objs(g, by_key["PER:张三"], str(rdflib.RDFS.label)) == {rdflib.Literal("张三", lang="zh")}
    assert _objs(g, by_key["LOC:430922"], str(KG.alias)) == {rdflib.Literal("桃江", lang="zh")}
    # evidence offsets are raw-file offsets
    (ev,) = _objs(g, by_key["PER:张三"], str(KG.evidence))
    start = int(g.value(ev, rdflib.URIRef(KG.startOffset)))
    end = int(g.value(ev, rdflib.URIRef(KG.endOffset)))
    assert ex.article.raw[start:end] == "张三"
    assert str(g.value(ev, rdflib.URIRef(KG.exact))) == "张三"
    assert str(g.value(ev, rdflib.URIRef(KG.rule))) == "per.title"
    assert g.value(ev, rdflib.URIRef(KG.inArticle)) == rdflib.URIRef(article_iri("seed-000"))


def test_place_chain_up_to_province() -> None:
    ex = make_extraction()
    g = _rdflib(extraction_triples(ex))
    cip = rdflib.URIRef(KG.containedInPlace)
    county = rdflib.URIRef(DEFAULT_BASE + "place/430922")
    city = g.value(county, cip)
    assert city == rdflib.URIRef(DEFAULT_BASE + "place/430900")  # code derived from the county's
    assert g.value(city, rdflib.RDFS.label) == rdflib.Literal("益阳市", lang="zh")
    prov = g.value(city, cip)
    assert prov == rdflib.URIRef(DEFAULT_BASE + "place/430000")
    assert (prov, rdflib.RDF.type, rdflib.URIRef(KG.Province)) in g
    assert g.value(prov, cip) is None
    # uncoded zone: its ancestors get gazetteer codes from their names; the province is the
    # article's own coded entity
    zone = next(e for e in ex.entities if e.name == "郑蒲港新区")
    mas = g.value(rdflib.URIRef(entity_iri(zone)), cip)
    assert mas == rdflib.URIRef(DEFAULT_BASE + "place/340500")
    assert g.value(mas, cip) == rdflib.URIRef(DEFAULT_BASE + "place/340000")


def test_place_chain_by_name_when_gazetteer_does_not_know(monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.graph as kgg

    monkeypatch.setattr(kgg, "_gazetteer", lambda: None)
    ex = make_extraction()
    g = _rdflib(extraction_triples(ex))
    cip = rdflib.URIRef(KG.containedInPlace)
    zone = next(e for e in ex.entities if e.name == "郑蒲港新区")
    mas = g.value(rdflib.URIRef(entity_iri(zone)), cip)
    assert mas == rdflib.URIRef(iri_for("place", place_key(PlaceInfo(province="安徽省"), "马鞍山市")))
    assert g.value(mas, rdflib.RDFS.label) == rdflib.Literal("马鞍山市", lang="zh")
    assert g.value(mas, cip) == rdflib.URIRef(DEFAULT_BASE + "place/340000")
    # the county's code still gives its ancestors' codes (GB/T 2260 layout)
    assert g.value(rdflib.URIRef(DEFAULT_BASE + "place/430922"), cip) == rdflib.URIRef(DEFAULT_BASE + "place/430900")


def test_org_located_in_place_named_in_it() -> None:
    ex = make_extraction()
    g = _rdflib(extraction_triples(ex))
    rc = next(e for e in ex.entities if e.name == "桃江县红十字会")
    assert g.value(rdflib.URIRef(entity_iri(rc)), rdflib.URIRef(KG.locatedIn)) == rdflib.URIRef(
        DEFAULT_BASE + "place/430922")


def test_events_items_agents() -> None:
    ex = make_extraction()
    g = _rdflib(extraction_triples(ex))
    art = article_iri("seed-000")
    e0 = rdflib.URIRef(art + "/event/0")
    assert (e0, rdflib.RDF.type, rdflib.URIRef(KG.Donation)) in g
    guanwei = rdflib.URIRef(entity_iri(next(e for e in ex.entities if e.name == "郑蒲港新区管委会")))
    rc = rdflib.URIRef(entity_iri(next(e for e in ex.entities if e.name == "桃江县红十字会")))
    assert g.value(e0, rdflib.URIRef(KG.agent)) == guanwei
    assert g.value(e0, rdflib.URIRef(KG.recipient)) == rc  # matched by alias 县红十字会
    assert g.value(e0, rdflib.URIRef(KG.date)) == rdflib.Literal("2020-02-09", datatype=rdflib.XSD.date)
    items = sorted(g.objects(e0, rdflib.URIRef(KG.item)))
    assert [str(i) for i in items] == [art + "/event/0/item/0", art + "/event/0/item/1"]
    i0, i1 = items
    assert g.value(i0, rdflib.URIRef(KG.quantity)) == rdflib.Literal("1000", datatype=rdflib.XSD.decimal)
    assert g.value(i0, rdflib.URIRef(KG.supplyKind)) == rdflib.URIRef(DEFAULT_BASE + "kind/n95_mask")
    assert g.value(i1, rdflib.URIRef(KG.supplyKind)) == rdflib.URIRef(DEFAULT_BASE + "kind/disinfectant")
    assert g.value(i1, rdflib.URIRef(KG.unit)) == rdflib.Literal("箱")
    # money-only event: a cash item; bad date dropped; unknown agent minted as kg:Agent
    e1 = rdflib.URIRef(art + "/event/1")
    assert g.value(e1, rdflib.URIRef(KG.valueYuan)) == rdflib.Literal("100000", datatype=rdflib.XSD.decimal)
    assert g.value(e1, rdflib.URIRef(KG.date)) is None
    (cash,) = g.objects(e1, rdflib.URIRef(KG.item))
    assert g.value(cash, rdflib.URIRef(KG.supplyKind)) == rdflib.URIRef(DEFAULT_BASE + "kind/cash")
    agents = set(g.objects(e1, rdflib.URIRef(KG.agent)))
    assert len(agents) == 2
    anon = [a for a in agents if (a, rdflib.RDF.type, rdflib.URIRef(KG.Agent)) in g]
    assert len(anon) == 1 and g.value(anon[0], rdflib.RDFS.label) == rdflib.Literal("无名氏", lang="zh")


def test_event_without_items_or_value_is_skipped() -> None:
    ev = SupplyEvent("distribution", ("x",), (), (), None, None, 0, 3, "r")
    ex = make_extraction(hostile=False, events=(ev,))
    assert not any("/event/" in t.subject.value for t in extraction_triples(ex))


def test_post_and_publisher() -> None:
    ex = make_extraction()
    g = _rdflib(extraction_triples(ex))
    (post,) = g.subjects(rdflib.RDF.type, rdflib.URIRef(KG.Post))
    zhang = rdflib.URIRef(entity_iri(next(e for e in ex.entities if e.name == "张三")))
    guanwei = rdflib.URIRef(entity_iri(next(e for e in ex.entities if e.name == "郑蒲港新区管委会")))
    assert g.value(post, rdflib.URIRef(KG.holder)) == zhang
    assert g.value(post, rdflib.URIRef(KG.postIn)) == guanwei
    assert g.value(post, rdflib.URIRef(KG.title)) == rdflib.Literal("主任", lang="zh")
    art = rdflib.URIRef(article_iri("seed-000"))
    pub = g.value(art, rdflib.URIRef(KG.publisher))
    assert (pub, rdflib.RDF.type, rdflib.URIRef(KG.MediaOutlet)) in g
    assert g.value(pub, rdflib.RDFS.label) == rdflib.Literal("市场星报", lang="zh")
    assert g.value(art, rdflib.URIRef(KG.sourceFile)) == rdflib.Literal("seed-000.txt")
    assert g.value(art, rdflib.URIRef(KG.datePublished)) == rdflib.Literal("2020-02-10", datatype=rdflib.XSD.date)


def test_hostile_strings_are_literals_only() -> None:
    ex = make_extraction()
    triples = extraction_triples(ex)
    for t in triples:
        for term in (t.subject, t.predicate, t.object):
            if isinstance(term, ox.NamedNode):
                assert term.value.isascii() and not set(term.value) & set(' <>"{}|^`\\\n')
            else:
                assert "\x00" not in term.value and "\x07" not in term.value
    labels = {t.object.value for t in triples if t.predicate.value.endswith("rdf-schema#label")}
    assert '<script>alert("x")</script>\\ > . } 有限公司' in labels  # newline folded, NUL/BEL dropped


def test_quads_and_store() -> None:
    ex1, ex2 = make_extraction("a"), make_extraction("b")
    quads = extraction_quads(ex1)
    assert {q.graph_name.value for q in quads} == {article_iri("a")}
    assert len(quads) == len(extraction_triples(ex1))
    store = build_store([ex1, ex2])
    n = graph_triple_count(store)
    # entity facts are shared between the two articles' graphs, counted once
    assert n < len(extraction_triples(ex1)) + len(extraction_triples(ex2)) + len(ontology_kinds_triples())
    assert n > len(extraction_triples(ex1))


@pytest.mark.parametrize(
    "name,kind",
    [("医用外科口罩", "medical_mask"), ("KN95口罩", "n95_mask"), ("ｎ９５口罩", "n95_mask"), ("一次性口罩", "disposable_mask"),
     ("口罩", "mask"), ("84消毒液", "disinfectant"), ("医用酒精", "disinfectant"), ("防护服", "protective_clothing"),
     ("隔离衣", "protective_clothing"), ("乳胶手套", "gloves"), ("护目镜", "goggles"), ("额温枪", "thermometer"),
     ("方便面", "food"), ("矿泉水", "drink"), ("善款", "cash"), ("连花清瘟胶囊", "medicine"), ("蔬菜", "food"),
     ("xyz", None)],
)
def test_supply_kind(name: str, kind: str | None) -> None:
    assert supply_kind(name) == kind


def test_supply_taxonomy_is_a_tree() -> None:
    rows = {r.kind: r for r in supply_kinds()}
    for r in rows.values():
        seen = set()
        k: str | None = r.kind
        while k:
            assert k not in seen
            seen.add(k)
            k = rows[k].parent
    assert rows["medical_mask"].parent == "mask"
    assert len(ontology_kinds_triples()) >= 3 * len(rows)


@pytest.mark.parametrize(
    "name,cls",
    [("桃江县红十字会", "SocialOrganization"), ("马鞍山市人民政府", "PartyGovernmentBody"), ("国家电网", "Enterprise"),
     ("安徽财经网", "MediaOutlet"), ("桃江县人民医院", "Hospital"), ("乡镇卫生院", "Hospital"), ("实验小学", "School"),
     ("某某有限公司", "Enterprise"), ("县疫情防控指挥部", "PartyGovernmentBody"), ("阿里巴巴", "Organization")],
)
def test_org_class(name: str, cls: str) -> None:
    assert org_class(name) == cls


def test_clean_literal() -> None:
    assert clean_literal("a\x00b\x1fc\td\ne\ud800f\ufffe") == "abc\td\nef"
