"""Interactive HTML network view of a kg graph (self-contained, offline, escaped).

Why not pyvis' own ``write_html``: it loads Bootstrap and (even with
``cdn_resources="local"``) vis-network from the internet, inserts titles
unescaped, writes with the platform encoding and builds edges in O(N·E).  So
we only borrow vis-network's standalone JS file that pyvis ships, inline it
into one template (``kg/data/view/template.html``) and write the nodes and
edges as JSON data ourselves.  Every article-derived string reaches the page
only inside that JSON (``<``, ``>``, ``&``, U+2028/2029 escaped) and the page
puts it into the DOM with ``textContent``.

Pipeline: ``graph_to_network`` (RDF → ``networkx.MultiDiGraph`` with display
attributes) → optional ``select`` (around / classes / province) →
``write_html`` or ``write_graphml`` (atomic, UTF-8, byte-deterministic).
"""
from __future__ import annotations

import argparse
import html
import json
import math
import os
import re
import tempfile
from collections import defaultdict, deque
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterable, Sequence

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node
from rdflib.util import guess_format

from .errors import GraphError, KgError
from .vocab import KG

__all__ = [
    "CLASS_STYLES",
    "graph_to_network",
    "select",
    "write_html",
    "write_graphml",
    "render_html",
    "main",
]

# (class local name, Chinese label, family, colour, vis shape) — order = legend order.
CLASS_STYLES: tuple[tuple[str, str, str, str, str], ...] = (
    ("Person", "人物", "Person", "#e15759", "dot"),
    ("Organization", "机构", "Organization", "#4e79a7", "square"),
    ("PartyGovernmentBody", "党政机关", "Organization", "#1f4e99", "square"),
    ("Enterprise", "企业", "Organization", "#76b7b2", "square"),
    ("Hospital", "医院", "Organization", "#17a2b8", "square"),
    ("SocialOrganization", "社会组织", "Organization", "#59a14f", "square"),
    ("MediaOutlet", "媒体", "Organization", "#9c755f", "square"),
    ("School", "学校", "Organization", "#b07aa1", "square"),
    ("Place", "地点", "Place", "#c9a227", "triangle"),
    ("AdministrativeArea", "行政区", "Place", "#d4a017", "triangle"),
    ("Country", "国家", "Place", "#7a5c00", "triangle"),
    ("Province", "省级", "Place", "#a66f00", "triangle"),
    ("PrefectureCity", "地级", "Place", "#c98a00", "triangle"),
    ("County", "县级", "Place", "#e0a100", "triangle"),
    ("Township", "乡镇街道", "Place", "#e8b931", "triangle"),
    ("Village", "村社区", "Place", "#eccb6b", "triangle"),
    ("DevelopmentZone", "开发区", "Place", "#a39a8f", "triangle"),
    ("ResidentialCompound", "小区", "Place", "#d4a373", "triangle"),
    ("OtherPlace", "其他地点", "Place", "#bfa67a", "triangle"),
    ("Donation", "捐赠", "SupplyEvent", "#f28e2b", "diamond"),
    ("Procurement", "采购", "SupplyEvent", "#ff6f91", "diamond"),
    ("Distribution", "发放", "SupplyEvent", "#c2185b", "diamond"),
    ("Article", "文章", "Article", "#8c8c8c", "star"),
)
_STYLE = {c[0]: c for c in CLASS_STYLES}
_CLASS_RANK = {c[0]: i for i, c in enumerate(CLASS_STYLES)}
# Most specific first: the class a node is shown as when it has several types.
_SPECIFICITY = [c for c in _STYLE if c not in ("Organization", "Place", "AdministrativeArea")] + [
    "AdministrativeArea",
    "Organization",
    "Place",
]
_FAMILY_ZH = {"Person": "人物", "Organization": "机构", "Place": "地点", "SupplyEvent": "事件", "Article": "文章"}
_EVENT_VERB = {"Donation": "捐赠", "Procurement": "采购", "Distribution": "发放"}
# relation → (Chinese label, colour)
RELATIONS: dict[str, tuple[str, str]] = {
    "agent": ("发起", "#f28e2b"),
    "recipient": ("接收", "#59a14f"),
    "postIn": ("任职", "#e15759"),
    "containedInPlace": ("属于", "#c9a227"),
    "locatedIn": ("位于", "#9c9c9c"),
    "location": ("地点", "#b08d57"),
    "mentionedIn": ("见于", "#bbbbbb"),
}

PHYSICS_MAX_NODES = 1500  # above this many visible nodes: precomputed positions only
HIDE_ABOVE_NODES = 1000  # above this many nodes: hide low-degree nodes by default
VISIBLE_TARGET = 1500  # pick the degree threshold so that about this many stay visible
MAX_EVIDENCE = 20  # per node in the page (the count is still shown)
_VIS_DIR = ("lib", "vis-9.1.2")
_TEMPLATE = Path(__file__).with_name("data") / "view" / "template.html"
_SAFE_URL = re.compile(r"^https?://", re.I)


# --------------------------------------------------------------------------- RDF → network
class _Iri(str):
    """An IRI in the view's index: a plain string (rdflib terms cost ~10 µs each to make)."""

    __slots__ = ()


class _Lit(str):
    """A literal in the view's index: its lexical form, with its language tag."""

    __slots__ = ("language",)

    def __new__(cls, value: str, language: str | None) -> "_Lit":
        obj = super().__new__(cls, value)
        obj.language = language
        return obj


_Term = _Iri | _Lit


class _TripleIndex:
    """The graph's triples in plain dicts, read in one pass.

    Building the view asks about a million small questions of the graph; through
    rdflib (and oxrdflib) each costs ~15 µs of pattern and term conversion, which
    made the view slower than the whole build.  Files are parsed by pyoxigraph
    straight into this index; only ``objects``, ``subjects`` and ``in`` are needed.
    Blank nodes are left out: kg writes none, and the view shows only IRIs.
    """

    def __init__(self) -> None:
        self._objects: defaultdict[tuple[str, str], list[_Term]] = defaultdict(list)
        self._typed: defaultdict[str, list[_Iri]] = defaultdict(list)  # class → subjects
        self._iris: dict[str, _Iri] = {}

    def _iri(self, value: str) -> _Iri:
        iri = self._iris.get(value)
        if iri is None:
            iri = self._iris[value] = _Iri(value)
        return iri

    def add(self, s: str, p: str, o: _Term) -> None:
        self._objects[(s, p)].append(o)
        if p == _RDF_TYPE:
            self._typed[o].append(self._iri(s))

    @classmethod
    def from_rdflib(cls, g: Graph) -> "_TripleIndex":
        idx = cls()
        for s, p, o in g:
            if not isinstance(s, URIRef):
                continue
            if isinstance(o, Literal):
                idx.add(str(s), str(p), _Lit(str(o), o.language))
            elif isinstance(o, URIRef):
                idx.add(str(s), str(p), idx._iri(str(o)))
        return idx

    @classmethod
    def from_file(cls, path: str, fmt: ox.RdfFormat) -> "_TripleIndex":
        idx = cls()
        for q in ox.parse(path=path, format=fmt):
            s, o = q.subject, q.object
            if not isinstance(s, ox.NamedNode):
                continue
            if isinstance(o, ox.Literal):
                idx.add(s.value, q.predicate.value, _Lit(o.value, o.language))
            elif isinstance(o, ox.NamedNode):
                idx.add(s.value, q.predicate.value, idx._iri(o.value))
        return idx

    def objects(self, s: str, p: str) -> Iterable[_Term]:
        return iter(self._objects.get((str(s), str(p)), ()))

    def subjects(self, p: str, o: str | None) -> Iterable[_Iri]:
        if str(p) != _RDF_TYPE:
            raise NotImplementedError("the view only asks for subjects of rdf:type")
        if o is None:
            return iter(dict.fromkeys(s for subs in self._typed.values() for s in subs))
        return iter(self._typed.get(str(o), ()))

    def __contains__(self, triple: tuple[str, str, str]) -> bool:
        s, p, o = triple
        return str(o) in self._objects.get((str(s), str(p)), ())


_RDF_TYPE = str(RDF.type)
_OX_PARSE = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
             "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}


def _index(graph: Graph | str | os.PathLike[str]) -> _TripleIndex:
    """Index a graph given as an rdflib Graph or a file.

    pyoxigraph parses Turtle, N-Triples, N-Quads and TriG ~10x faster than
    rdflib (big graphs: minutes → seconds); rdflib reads the rest (RDF/XML, JSON-LD …).
    """
    if isinstance(graph, Graph):
        return _TripleIndex.from_rdflib(graph)
    path = os.fspath(graph)
    fmt = guess_format(path) or "turtle"
    try:
        if fmt in _OX_PARSE:
            return _TripleIndex.from_file(path, _OX_PARSE[fmt])
        g = Graph(bind_namespaces="core")
        g.parse(path, format=fmt)
    except FileNotFoundError as exc:
        raise GraphError(f"{path}: file not found (expected an RDF graph, e.g. Turtle)") from exc
    except Exception as exc:  # pyoxigraph and rdflib raise many parser-specific types
        raise GraphError(f"{path}: cannot parse as {fmt}: {exc}") from exc
    return _TripleIndex.from_rdflib(g)


def _local(term: Node) -> str:
    s = str(term)
    return s.rsplit("#", 1)[-1] if "#" in s else s.rsplit("/", 1)[-1]


def _literals(g: _TripleIndex, s: Node, p: URIRef) -> list[_Lit]:
    return [o for o in g.objects(s, p) if isinstance(o, _Lit)]


def _label(g: _TripleIndex, s: Node) -> str:
    """Prefer rdfs:label@zh, then any label, then skos:prefLabel, then the IRI tail (stable)."""
    labels = _literals(g, s, RDFS.label) or _literals(g, s, SKOS.prefLabel)
    if not labels:
        return _local(s)
    labels.sort(key=lambda lit: (not (lit.language or "").startswith("zh"), lit.language is not None, str(lit)))
    return str(labels[0])


def _one(g: _TripleIndex, s: Node, p: URIRef) -> str:
    """Smallest literal value (sorted), so several values still give one stable answer."""
    vals = sorted(str(o) for o in g.objects(s, p) if isinstance(o, _Lit))
    return vals[0] if vals else ""


def _num(text: str) -> str:
    """8000.0 → 8000, 1.50 → 1.5: how a quantity is written in Chinese news."""
    try:
        d = Decimal(text)
    except (InvalidOperation, ValueError):
        return text
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    return format(d.normalize(), "f")


def _classes_of(g: _TripleIndex, s: Node) -> str | None:
    kg_types = {_local(t) for t in g.objects(s, RDF.type) if str(t).startswith(str(KG))}
    for c in _SPECIFICITY:
        if c in kg_types:
            return c
    return None


def _article_info(g: _TripleIndex, a: Node) -> dict[str, str]:
    url = _one(g, a, KG.url) or next((str(o) for o in g.objects(a, KG.url)), "")
    return {
        "headline": _one(g, a, KG.headline),
        "file": _one(g, a, KG.sourceFile),
        "url": url if _SAFE_URL.match(url) else "",
        "date": _one(g, a, KG.datePublished),
        "iri": str(a),
    }


def _evidence(g: _TripleIndex, s: Node, arts: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    out = []
    for ev in g.objects(s, KG.evidence):
        art = next(iter(sorted(g.objects(ev, KG.inArticle), key=str)), None)
        a = arts.get(str(art)) if art is not None else None
        out.append(
            {
                "text": _one(g, ev, KG.exact),
                "rule": _one(g, ev, KG.rule),
                "article": str(art) if art is not None else "",
                "headline": a["headline"] if a else "",
                "file": a["file"] if a else "",
                "url": a["url"] if a else "",
            }
        )
    out.sort(key=lambda e: (e["article"], e["text"], e["rule"]))
    return out


def graph_to_network(
    graph: Graph | str | os.PathLike[str],
    *,
    posts: bool = True,
    articles: bool = False,
    places: bool = True,
) -> nx.MultiDiGraph:
    """Turn the kg RDF graph into a display network (nodes keyed by IRI string).

    Nodes: persons, organisations, places, supply events (+ articles when
    ``articles``).  A kg:Post becomes an edge person → organisation labelled
    with the title (``posts``).  Node attributes: label, class, family,
    aliases, admin_chain, province, facts, evidence, articles, degree.
    """
    g = _index(graph)
    arts = {str(a): _article_info(g, a) for a in g.subjects(RDF.type, KG.Article)}

    # ---- nodes
    kinds: dict[str, str] = {}
    for s in set(g.subjects(RDF.type, None)):
        c = _classes_of(g, s)
        if c is None or (c == "Article" and not articles):
            continue
        if not places and _STYLE[c][2] == "Place":
            continue
        kinds[str(s)] = c

    net = nx.MultiDiGraph()
    for iri in sorted(kinds):
        s = URIRef(iri)
        c = kinds[iri]
        if c == "Article":
            info = arts.get(iri, {})
            label = info.get("headline") or info.get("file") or _local(s)
        else:
            label = _label(g, s)
        aliases = sorted({str(o) for o in g.objects(s, KG.alias) if isinstance(o, _Lit)} - {label})
        ev = _evidence(g, s, arts)
        art_iris = {str(a) for a in g.objects(s, KG.mentionedIn)} | {e["article"] for e in ev if e["article"]}
        if c == "Article":
            art_iris.add(iri)
        net.add_node(
            iri,
            label=label,
            **{"class": c},
            family=_STYLE[c][2],
            aliases=aliases,
            admin_chain=[],
            province="",
            facts=[],
            evidence=ev,
            articles=[arts[a] if a in arts else {"headline": "", "file": "", "url": "", "date": "", "iri": a}
                      for a in sorted(art_iris)],
            degree=0,
        )

    def add_edge(u: str, v: str, rel: str, label: str, key: str | None = None) -> None:
        if u in net and v in net and u != v:
            net.add_edge(u, v, key=key or rel, relation=rel, label=label)

    # ---- places: containment and admin chains
    parent: dict[str, str] = {}
    for iri in sorted(kinds):
        if _STYLE[kinds[iri]][2] != "Place":
            continue
        ps = sorted(str(o) for o in g.objects(URIRef(iri), KG.containedInPlace))
        for p in ps:
            add_edge(iri, p, "containedInPlace", RELATIONS["containedInPlace"][0])
        if ps:
            parent[iri] = ps[0]

    def chain_of(place: str) -> list[str]:
        seen, out, cur = {place}, [], parent.get(place)
        while cur is not None and cur not in seen:
            seen.add(cur)
            out.append(cur)
            cur = parent.get(cur)
        return out

    def label_of(iri: str) -> str:
        return net.nodes[iri]["label"] if iri in net else _label(g, URIRef(iri))

    def province_in(places_: Iterable[str]) -> str:
        for p in places_:
            if kinds.get(p) == "Province" or (p not in kinds and (URIRef(p), RDF.type, KG.Province) in g):
                return label_of(p)
        return ""

    for iri, c in kinds.items():
        fam = _STYLE[c][2]
        if fam == "Place":
            ch = chain_of(iri)
            net.nodes[iri]["admin_chain"] = [label_of(p) for p in ch]
            net.nodes[iri]["province"] = province_in([iri, *ch])
        elif fam == "Organization":
            locs = sorted(str(o) for o in g.objects(URIRef(iri), KG.locatedIn))
            for loc in locs:
                add_edge(iri, loc, "locatedIn", RELATIONS["locatedIn"][0])
            if locs:
                ch = [locs[0], *chain_of(locs[0])]
                net.nodes[iri]["admin_chain"] = [label_of(p) for p in ch]
                net.nodes[iri]["province"] = province_in(ch)
            codes = sorted(str(o) for o in g.objects(URIRef(iri), KG.adminCode))
            if codes:
                net.nodes[iri]["facts"].append(["行政代码", "、".join(codes)])
        if fam == "Place":
            codes = sorted(str(o) for o in g.objects(URIRef(iri), KG.adminCode))
            if codes:
                net.nodes[iri]["facts"].append(["行政代码", "、".join(codes)])

    # ---- posts: person → organisation, labelled with the title
    if posts:
        for post in sorted(set(g.subjects(RDF.type, KG.Post)), key=str):
            title = _one(g, post, KG.title) or "任职"
            holders = sorted(str(o) for o in g.objects(post, KG.holder))
            orgs = sorted(str(o) for o in g.objects(post, KG.postIn))
            ev = _evidence(g, post, arts)
            for h in holders:
                if h not in net:
                    continue
                for o in orgs:
                    add_edge(h, o, "postIn", title, key=f"postIn:{title}")
                    net.nodes[h]["facts"].append(["职务", f"{label_of(o)} {title}"])
                    if not net.nodes[h]["province"] and o in net:
                        net.nodes[h]["province"] = net.nodes[o]["province"]
                net.nodes[h]["evidence"].extend(e for e in ev if e not in net.nodes[h]["evidence"])

    # ---- supply events
    for iri, c in sorted(kinds.items()):
        if _STYLE[c][2] != "SupplyEvent":
            continue
        s = URIRef(iri)
        agents = sorted(str(o) for o in g.objects(s, KG.agent))
        recips = sorted(str(o) for o in g.objects(s, KG.recipient))
        for a in agents:
            add_edge(a, iri, "agent", _EVENT_VERB[c])
        for r in recips:
            add_edge(iri, r, "recipient", RELATIONS["recipient"][0])
        locs = sorted(str(o) for o in g.objects(s, KG.location)) if hasattr(KG, "location") else []
        for loc in locs:
            add_edge(iri, loc, "location", RELATIONS["location"][0])
        items = []
        for it in g.objects(s, KG.item):
            items.append(
                {
                    "name": _one(g, it, KG.itemName),
                    "quantity": _num(_one(g, it, KG.quantity)) if _one(g, it, KG.quantity) else "",
                    "unit": _one(g, it, KG.unit),
                }
            )
        items.sort(key=lambda d: (d["name"], d["quantity"], d["unit"]))
        texts = [f"{d['name']} {d['quantity']}{d['unit']}".strip() for d in items if d["name"] or d["quantity"]]
        summary = "、".join(texts[:3]) + (f" 等{len(texts)}项" if len(texts) > 3 else "")
        verb = _EVENT_VERB[c]
        node = net.nodes[iri]
        node["label"] = f"{verb}: {summary}" if summary else verb
        node["items"] = items
        date = _one(g, s, KG.date)
        value = _one(g, s, KG.valueYuan)
        facts = node["facts"]
        facts.append(["类型", verb])
        for t in texts:
            facts.append(["物资", t])
        if date:
            facts.append(["日期", date])
        if value:
            facts.append(["金额(元)", _num(value)])
        for a in agents:
            facts.append(["发起方", label_of(a)])
        for r in recips:
            facts.append(["接收方", label_of(r)])
        for loc in locs:
            facts.append(["地点", label_of(loc)])
        # where it happened decides its province; else the receiver's, else the giver's
        provs = [net.nodes[x]["province"] for x in (*locs, *recips, *agents) if x in net and net.nodes[x]["province"]]
        node["province"] = provs[0] if provs else ""

    # persons without a post-derived province: from the events they take part in
    for iri, c in kinds.items():
        if c == "Person" and not net.nodes[iri]["province"]:
            provs = sorted(net.nodes[n]["province"] for n in nx.all_neighbors(net, iri) if net.nodes[n]["province"])
            if provs:
                net.nodes[iri]["province"] = provs[0]

    # ---- articles as nodes
    if articles:
        for iri in sorted(kinds):
            if kinds[iri] == "Article":
                continue
            for a in net.nodes[iri]["articles"]:
                add_edge(iri, a["iri"], "mentionedIn", RELATIONS["mentionedIn"][0])

    for n, d in net.nodes(data=True):
        if d["family"] != "SupplyEvent":  # events keep their reading order (type, items, date …)
            d["facts"].sort()
        d["evidence"].sort(key=lambda e: (e["article"], e["text"], e["rule"]))
        d["degree"] = net.degree(n)
    return net


# --------------------------------------------------------------------------- selection
def _matches_class(node: dict[str, Any], classes: set[str]) -> bool:
    return node["class"] in classes or node["family"] in classes or (
        "AdministrativeArea" in classes and node["class"] in {"Country", "Province", "PrefectureCity", "County",
                                                               "Township", "Village", "DevelopmentZone"}
    )


def find_nodes(net: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose label or alias equals ``name`` (or the IRI); else whose label contains it."""
    exact = [n for n, d in net.nodes(data=True) if n == name or d["label"] == name or name in d["aliases"]]
    if exact:
        return sorted(exact)
    return sorted(n for n, d in net.nodes(data=True) if name and name in d["label"])


def select(
    net: nx.MultiDiGraph,
    *,
    around: str | None = None,
    depth: int = 2,
    classes: Sequence[str] = (),
    province: str | None = None,
) -> nx.MultiDiGraph:
    """Sub-network: ego graph ``around`` a label/alias (``depth`` hops), then class and province filters.

    ``classes`` takes class or family names (``Person``, ``Organization``,
    ``Hospital``, ``Place``, ``SupplyEvent``, ``Donation`` …).  ``province``
    keeps nodes in that province plus their neighbours whose province is
    unknown (a donor from nowhere to a hospital in the province).
    """
    keep = set(net.nodes)
    if around:
        roots = find_nodes(net, around)
        if not roots:
            raise KgError(f"--around {around!r}: no node has this label or alias")
        und = net.to_undirected(as_view=True)
        keep = set()
        for r in roots:
            keep |= set(nx.single_source_shortest_path_length(und, r, cutoff=max(0, depth)))
    if classes:
        want = set(classes)
        known = set(_STYLE) | set(_FAMILY_ZH)
        bad = sorted(want - known)
        if bad:
            raise KgError(f"classes {bad}: unknown (expected some of {sorted(known)})")
        keep = {n for n in keep if _matches_class(net.nodes[n], want)}
    if province:
        inside = {n for n in keep if net.nodes[n]["province"] == province}
        if not inside:
            provs = sorted({d["province"] for d in net.nodes.values() if d["province"]})
            raise KgError(f"province {province!r}: no node in it (provinces in the graph: {provs})")
        extra = {m for n in inside for m in nx.all_neighbors(net, n) if m in keep and not net.nodes[m]["province"]}
        keep = inside | extra
    sub = nx.MultiDiGraph()
    for n in sorted(keep):
        sub.add_node(n, **net.nodes[n])
    for u, v, k, d in sorted(net.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        if u in keep and v in keep:
            sub.add_edge(u, v, key=k, **d)
    return sub


# --------------------------------------------------------------------------- layout
def _layout(ids: list[str], adj: dict[str, list[str]], deg: dict[str, int]) -> dict[str, tuple[int, int]]:
    """Deterministic radial-tree layout per connected component, components shelf-packed.

    O(N + E) and pure Python (no numpy here): a good start for the browser's
    bounded physics on small graphs, and the final picture on big ones.
    """
    order = sorted(ids, key=lambda n: (-deg[n], n))
    seen: set[str] = set()
    comps: list[tuple[float, dict[str, tuple[float, float]]]] = []
    level_gap, spacing = 150.0, 60.0
    for root in order:
        if root in seen:
            continue
        seen.add(root)
        children: dict[str, list[str]] = {root: []}
        level = {root: 0}
        bfs = [root]
        q = deque([root])
        while q:
            u = q.popleft()
            for v in sorted(adj[u], key=lambda n: (-deg[n], n)):
                if v not in seen:
                    seen.add(v)
                    children[u].append(v)
                    children[v] = []
                    level[v] = level[u] + 1
                    bfs.append(v)
                    q.append(v)
        leaves: dict[str, int] = {}
        for u in reversed(bfs):
            leaves[u] = max(1, sum(leaves[c] for c in children[u]))
        counts: dict[int, int] = {}
        for u in bfs:
            counts[level[u]] = counts.get(level[u], 0) + 1
        radius = [0.0]
        for lv in range(1, max(counts) + 1):
            radius.append(max(radius[-1] + level_gap, counts[lv] * spacing / (2 * math.pi)))
        pos: dict[str, tuple[float, float]] = {root: (0.0, 0.0)}
        wedge = {root: (0.0, 2 * math.pi)}
        for u in bfs:
            a0, a1 = wedge[u]
            total = leaves[u] if children[u] else 1
            cur = a0
            for c in children[u]:
                span = (a1 - a0) * leaves[c] / total
                wedge[c] = (cur, cur + span)
                mid = cur + span / 2
                r = radius[level[c]]
                pos[c] = (r * math.cos(mid), r * math.sin(mid))
                cur += span
        comps.append((radius[-1] + spacing, pos))
    # shelf packing, biggest first
    comps.sort(key=lambda c: (-len(c[1]), -c[0]))
    width = max([2 * r for r, _ in comps] + [math.sqrt(sum((2 * r) ** 2 for r, _ in comps)) * 1.2])
    out: dict[str, tuple[int, int]] = {}
    x = y = row_h = 0.0
    for r, pos in comps:
        d = 2 * r
        if x > 0 and x + d > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        cx, cy = x + r, y + r
        for n, (px, py) in pos.items():
            out[n] = (round(cx + px), round(cy + py))
        x += d
        row_h = max(row_h, d)
    return out


def _refine(pos: dict[str, tuple[float, float]], adj: dict[str, list[str]], iterations: int = 40,
            k: float = 90.0) -> dict[str, tuple[float, float]]:
    """Fruchterman–Reingold with grid-bucketed repulsion: O((N + E) · iterations), pure Python.

    Used only for big graphs, where the browser keeps physics off: it turns the
    radial start into clusters around hubs.
    """
    ids = sorted(pos)
    xs = {n: pos[n][0] for n in ids}
    ys = {n: pos[n][1] for n in ids}
    edges = sorted({(u, v) if u < v else (v, u) for u in ids for v in adj[u] if v in pos and v != u})
    cell = 2 * k
    temp = k * 2
    for it in range(iterations):
        grid: dict[tuple[int, int], list[str]] = {}
        for n in ids:
            grid.setdefault((int(xs[n] // cell), int(ys[n] // cell)), []).append(n)
        dx = dict.fromkeys(ids, 0.0)
        dy = dict.fromkeys(ids, 0.0)
        for (cx, cy), members in grid.items():
            near = [m for ox in (-1, 0, 1) for oy in (-1, 0, 1) for m in grid.get((cx + ox, cy + oy), ())]
            for n in members:
                x, y = xs[n], ys[n]
                fx = fy = 0.0
                for m in near:
                    if m == n:
                        continue
                    ex, ey = x - xs[m], y - ys[m]
                    d2 = ex * ex + ey * ey
                    if d2 < 1e-6:
                        ex, ey, d2 = (1.0 if n < m else -1.0), 0.0, 1.0
                    if d2 < cell * cell:
                        f = k * k / d2
                        fx += ex * f
                        fy += ey * f
                dx[n] += fx
                dy[n] += fy
        for u, v in edges:
            ex, ey = xs[u] - xs[v], ys[u] - ys[v]
            d = math.sqrt(ex * ex + ey * ey) or 1.0
            f = d / k
            dx[u] -= ex * f
            dy[u] -= ey * f
            dx[v] += ex * f
            dy[v] += ey * f
        for n in ids:  # weak gravity keeps components from drifting apart
            dx[n] -= xs[n] * 0.01
            dy[n] -= ys[n] * 0.01
            d = math.sqrt(dx[n] * dx[n] + dy[n] * dy[n])
            if d > 0:
                step = min(d, temp)
                xs[n] += dx[n] / d * step
                ys[n] += dy[n] / d * step
        temp = max(k * 0.05, temp * 0.92)
    return {n: (xs[n], ys[n]) for n in ids}


def _big_layout(ids: list[str], adj: dict[str, list[str]], deg: dict[str, int],
                core: set[str]) -> dict[str, tuple[int, int]]:
    """Lay out the visible core (force-refined), then ring the hidden nodes around their core anchor."""
    core_ids = sorted(core)
    core_adj = {n: [m for m in adj[n] if m in core] for n in core_ids}
    start = _layout(core_ids, core_adj, deg) if core_ids else {}
    scale = 0.5  # the radial start is roomy; FR needs a compact start to form clusters
    fpos = _refine({n: (x * scale, y * scale) for n, (x, y) in start.items()}, core_adj)
    out: dict[str, tuple[int, int]] = {n: (round(x), round(y)) for n, (x, y) in fpos.items()}
    # hidden nodes: BFS outwards from the core; each sits on a ring around its BFS parent
    children: dict[str, list[str]] = {}
    seen = set(core_ids)
    q = deque(core_ids)
    while q:
        u = q.popleft()
        for v in sorted(adj[u]):
            if v not in seen:
                seen.add(v)
                children.setdefault(u, []).append(v)
                q.append(v)
    q = deque(core_ids)
    while q:
        u = q.popleft()
        kids = children.get(u, [])
        if not kids:
            continue
        ux, uy = out[u]
        r = max(45.0, len(kids) * 14 / (2 * math.pi))
        for i, v in enumerate(kids):
            a = 2 * math.pi * i / len(kids) + 0.3
            out[v] = (round(ux + r * math.cos(a)), round(uy + r * math.sin(a)))
            q.append(v)
    rest = [n for n in ids if n not in out]
    if rest:  # components with no visible node: beside the core
        extra = _layout(rest, adj, deg)
        x0 = max((x for x, _ in out.values()), default=0) + 300
        y0 = min((y for _, y in out.values()), default=0)
        for n, (x, y) in extra.items():
            out[n] = (x + x0, y + y0)
    return out


# --------------------------------------------------------------------------- HTML
def _json_for_script(obj: Any) -> str:
    """JSON that is safe inside <script type=application/json> (no `</script>`, no HTML parsing quirks)."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _vis_js() -> str:
    """vis-network standalone build shipped inside the installed pyvis package."""
    import pyvis  # local import: only the HTML writer needs it

    path = Path(pyvis.__file__).parent.joinpath(*_VIS_DIR, "vis-network.min.js")
    try:
        js = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KgError(f"{path}: cannot read vis-network (expected pyvis 0.3.2 to ship it)") from exc
    # Never let the inlined library end the <script> element or open an HTML comment.
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.I).replace("<!--", "<\\!--")


def _page_data(net: nx.MultiDiGraph, title: str) -> dict[str, Any]:
    ids = sorted(net.nodes)
    index = {n: i for i, n in enumerate(ids)}
    adj: dict[str, list[str]] = {n: [] for n in ids}
    edges_out = []
    for u, v, k, d in sorted(net.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        adj[u].append(v)
        adj[v].append(u)
        edges_out.append([index[u], index[v], d.get("relation", ""), d.get("label", "")])
    deg = {n: len(adj[n]) for n in ids}
    low = 0
    if len(ids) > HIDE_ABOVE_NODES:
        low = 1
        while sum(1 for n in ids if deg[n] > low) > VISIBLE_TARGET:
            low += 1
    if len(ids) <= PHYSICS_MAX_NODES:
        pos = _layout(ids, adj, deg)  # the browser's bounded physics refines it
    else:
        pos = _big_layout(ids, adj, deg, {n for n in ids if deg[n] > low})

    art_index: dict[str, int] = {}
    art_rows: list[list[str]] = []

    def art_id(a: dict[str, str]) -> int:
        key = a.get("iri") or a.get("file") or a.get("headline", "")
        if key not in art_index:
            art_index[key] = len(art_rows)
            art_rows.append([a.get("headline", ""), a.get("file", ""), a.get("url", ""), a.get("date", "")])
        return art_index[key]

    nodes_out = []
    present: dict[str, int] = {}
    for n in ids:
        d = net.nodes[n]
        present[d["class"]] = present.get(d["class"], 0) + 1
        ev = d.get("evidence", [])
        nodes_out.append(
            {
                "id": index[n],
                "iri": n,
                "label": d["label"],
                "cls": d["class"],
                "deg": deg[n],
                "x": pos[n][0],
                "y": pos[n][1],
                "lo": 1 if low and deg[n] <= low else 0,
                "prov": d.get("province", ""),
                "al": list(d.get("aliases", [])),
                "chain": list(d.get("admin_chain", [])),
                "facts": [list(kv) for kv in d.get("facts", [])],
                "ev": [[e["text"], e["rule"], art_id(e) if (e.get("article") or e.get("headline")) else -1]
                       for e in ev[:MAX_EVIDENCE]],
                "nev": len(ev),
                "arts": sorted({art_id(a) for a in d.get("articles", [])}),
            }
        )
    classes = [
        {"name": c, "zh": zh, "family": fam, "familyZh": _FAMILY_ZH[fam], "color": col, "shape": shape,
         "count": present[c]}
        for c, zh, fam, col, shape in CLASS_STYLES
        if c in present
    ]
    provinces = sorted({d.get("province", "") for d in net.nodes.values()} - {""})
    return {
        "title": title,
        "classes": classes,
        "relations": {k: {"zh": zh, "color": col} for k, (zh, col) in RELATIONS.items()},
        "provinces": provinces,
        "physics": len(ids) <= PHYSICS_MAX_NODES,  # vis simulates hidden nodes too
        "lowDegree": low,
        "nodes": nodes_out,
        "edges": edges_out,
        "articles": art_rows,
    }


def render_html(net: nx.MultiDiGraph, *, title: str = "kg") -> str:
    """The whole page as a string (no file I/O): template + inlined vis-network + escaped data."""
    template = _TEMPLATE.read_text(encoding="utf-8")
    parts = {
        "__KG_TITLE__": html.escape(title, quote=True),
        "/*__KG_VIS_JS__*/": _vis_js(),
        "__KG_DATA__": _json_for_script(_page_data(net, title)),
    }
    pattern = re.compile("|".join(re.escape(k) for k in parts))
    return pattern.sub(lambda m: parts[m.group(0)], template)


def _atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Temp file in the same directory + os.replace: readers never see half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_html(
    net: nx.MultiDiGraph,
    out_path: str | os.PathLike[str],
    *,
    title: str = "kg",
    around: str | None = None,
    depth: int = 2,
    classes: Sequence[str] = (),
    province: str | None = None,
) -> nx.MultiDiGraph:
    """Write the self-contained HTML view (UTF-8, atomic); returns the network actually drawn."""
    if around or classes or province:
        net = select(net, around=around, depth=depth, classes=classes, province=province)
    _atomic_write(out_path, render_html(net, title=title).encode("utf-8"))
    return net


def write_graphml(net: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """GraphML for Gephi/yEd; list and dict attributes become JSON strings (GraphML has only scalars)."""
    flat = nx.MultiDiGraph()
    for n in sorted(net.nodes):
        attrs = {}
        for k, v in sorted(net.nodes[n].items()):
            if v is None:
                continue
            attrs[k] = v if isinstance(v, (str, int, float, bool)) else json.dumps(v, ensure_ascii=False)
        flat.add_node(n, **attrs)
    for u, v, k, d in sorted(net.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        flat.add_edge(u, v, key=str(k), **{a: b for a, b in sorted(d.items()) if b is not None})
    lines = nx.generate_graphml(flat, encoding="utf-8", prettyprint=True)
    _atomic_write(path, ("\n".join(lines) + "\n").encode("utf-8"))


# --------------------------------------------------------------------------- CLI
def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kg.view graph.ttl -o view.html``: the same options as ``kg view``."""
    ap = argparse.ArgumentParser(prog="kg-view", description="Write an interactive HTML view of a kg graph.")
    ap.add_argument("graph", help="RDF file (Turtle, N-Triples …)")
    ap.add_argument("-o", "--output", required=True, help="HTML file to write")
    ap.add_argument("--graphml", help="also write GraphML here")
    ap.add_argument("--title", default="kg")
    ap.add_argument("--around", help="label or alias to centre on")
    ap.add_argument("--depth", type=int, default=2)
    ap.add_argument("--classes", default="", help="comma-separated classes/families, e.g. Person,Organization")
    ap.add_argument("--province")
    ap.add_argument("--articles", action="store_true", help="show articles as nodes")
    args = ap.parse_args(argv)
    try:
        net = graph_to_network(args.graph, articles=args.articles)
        classes = [c for c in args.classes.split(",") if c.strip()]
        shown = write_html(net, args.output, title=args.title, around=args.around, depth=args.depth,
                           classes=classes, province=args.province)
        if args.graphml:
            write_graphml(shown, args.graphml)
    except KgError as exc:
        print(f"kg view: {exc}", file=__import__("sys").stderr)
        return 2
    print(f"{args.output}: {shown.number_of_nodes()} nodes, {shown.number_of_edges()} edges")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
