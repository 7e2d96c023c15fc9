"""Extractions → RDF (pyoxigraph terms), in the closed ``kg:`` vocabulary.

Why pyoxigraph terms and not rdflib: serialising and loading are 10-20× faster
(see DESIGN.md), and a ``Triple``/``Quad`` list is a plain value that the
writers in :mod:`kg.export` sort for byte-identical output.

IRI scheme (all ASCII, never raw article text; one function, :func:`iri_for`):

* entity        ``{base}{person|org|place|agent}/{h20(key)}`` where ``h20`` is
  the first 20 hex digits of sha256 of the NFC-normalised, stripped key;
* coded place   ``{base}place/{code}`` when the key is ``LOC:<code>``
  (code = ASCII letters/digits, e.g. ``LOC:340500``);
* article       ``{base}article/{h20(doc_id)}``: the doc id, not the text hash,
  so an article keeps its IRI when its file is corrected;
* event / item  ``{article}/event/{i}`` and ``{article}/event/{i}/item/{j}``
  (index in ``Extraction.events`` / ``SupplyEvent.items``);
* evidence      ``{article}/evidence/{h20(start|end|rule)}`` (raw offsets);
* post          ``{base}post/{h20(person IRI|title|org IRI)}``;
* supply kind   ``{base}kind/{kind}`` (kinds are ASCII keys of supply_kinds.tsv);
* donation total ``{base}total/{h20(DONATED|province IRI|kind IRI|unit)}``.

Donation totals: besides its items, each kg:Donation states
``<event> <total> quantity`` for every (province, kind, unit) it counts toward
(the provinces its location reaches by kg:containedInPlace* in this article,
the item kinds and their broader kinds, the items' units), where ``<total>``
is a property minted for that combination (``rdfs:subPropertyOf
kg:donatedQuantity``, with kg:totalProvince / kg:totalKind / kg:totalUnit).
A per-province sum is then one index range per combination
(queries/supply_totals_by_province.rq) instead of a walk over every item and
its place chain: on a 100k-article store the walk took 49 s, the sum 0.55 s.  Being ordinary
article triples, they follow their article through incremental store updates.

Place keys: resolution sets ``Entity.key = "LOC:" + code`` when the official
code is known; otherwise it should use :func:`place_key`, which keys a place
by its name chain, so that ancestors created here from a ``PlaceInfo`` get the
same IRI as the same division mentioned directly.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import PurePath
from typing import Iterable, Sequence

import pyoxigraph as ox

from .model import Entity, Extraction, PlaceInfo
from .resources import table
from .vocab import DEFAULT_BASE, KG

__all__ = [
    "DEFAULT_BASE",
    "iri_for",
    "place_key",
    "supply_kind",
    "supply_kinds",
    "org_class",
    "clean_literal",
    "article_iri",
    "entity_iri",
    "extraction_triples",
    "extraction_quads",
    "ontology_kinds_triples",
    "build_store",
    "graph_triple_count",
    "to_rdflib",
]

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_DECIMAL = ox.NamedNode(XSD + "decimal")
XSD_DATE = ox.NamedNode(XSD + "date")
XSD_INTEGER = ox.NamedNode(XSD + "integer")
XSD_ANYURI = ox.NamedNode(XSD + "anyURI")

_ENTITY_KIND = {"PER": "person", "ORG": "org", "LOC": "place"}
_CODE_RE = re.compile(r"^[A-Za-z0-9]{1,32}$")
_KIND_RE = re.compile(r"^[a-z0-9_]{1,64}$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# C0 controls except TAB/LF/CR, DEL, C1 controls, lone surrogates, U+FFFE/FFFF:
# illegal in XML 1.0 or unencodable, so some serialiser would choke on them.
_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_WS_RE = re.compile(r"\s+")

# vocabulary terms as plain str IRIs and ready NamedNodes: KG.x goes through rdflib's
# DefinedNamespace.__getattr__ (≈100k lookups per 300 articles), ox.NamedNode(str) parses the IRI
class _N:
    pass


for _name in KG.__annotations__:
    setattr(_N, _name, str(getattr(KG, _name)))
_RDF_TYPE_S = RDF_TYPE.value
_RDFS_LABEL_S = RDFS_LABEL.value
_RDFS_SUBPROPERTY_S = "http://www.w3.org/2000/01/rdf-schema#subPropertyOf"
# vocabulary IRI -> its N-Triples term (checked once by pyoxigraph)
_TERMS: dict[str, str] = {v: str(ox.NamedNode(v)) for v in (
    *(v for k, v in vars(_N).items() if not k.startswith("_")), _RDF_TYPE_S, _RDFS_LABEL_S, _RDFS_SUBPROPERTY_S)}

_PLACE_CLASS = {
    "country": _N.Country,
    "province": _N.Province,
    "city": _N.PrefectureCity,
    "county": _N.County,
    "town": _N.Township,
    "village": _N.Village,
    "zone": _N.DevelopmentZone,
    "compound": _N.ResidentialCompound,
    "other": _N.OtherPlace,
}
_LEVEL_RANK = {"country": 0, "province": 1, "city": 2, "county": 3}


# --- identifiers ------------------------------------------------------------


def _norm_key(key: str) -> str:
    if key.isascii():
        return key.strip()  # (NFC leaves ASCII as it is)
    return unicodedata.normalize("NFC", key).strip()


def _h20(key: str) -> str:
    return hashlib.sha256(_norm_key(key).encode("utf-8", "surrogatepass")).hexdigest()[:20]


@lru_cache(maxsize=1 << 16)
def iri_for(kind: str, key: str, base: str = DEFAULT_BASE) -> str:
    """The one IRI minter: ``base + kind + "/" + h20(key)``, or a place code.

    ``kind`` must be a short ASCII word chosen by kg (never article text);
    ``key`` is hashed, so any string is safe.  ``LOC:<code>`` place keys keep
    their code readable (``place/340500``) because codes are public ids.
    """
    if not re.fullmatch(r"[a-z][a-z0-9_]*", kind):
        raise ValueError(f"iri_for: kind {kind!r} is not a lower-case ASCII word")
    nk = _norm_key(key)
    if kind == "place" and nk.startswith("LOC:") and _CODE_RE.match(nk[4:]):
        return f"{base}place/{nk[4:]}"
    return f"{base}{kind}/{_h20(nk)}"


def place_key(info: PlaceInfo | None, name: str) -> str:
    """Identity key of a place: ``LOC:<code>`` if coded, else ``LOC:`` + name chain.

    The chain is province|city|county (those that are set, in that order)
    followed by the place's own name unless it already ends the chain, so
    ``place_key(PlaceInfo(province="安徽省", city="马鞍山市"), "马鞍山市")`` and
    the ancestor key this module makes for 马鞍山市 from any of its children
    are both ``LOC:安徽省|马鞍山市``.
    """
    if info is not None and info.code and _CODE_RE.match(info.code):
        return "LOC:" + info.code
    own = _clean_name((info.name if info and info.name else None) or name)
    chain = [_clean_name(p) for p in ((info.province, info.city, info.county) if info else ()) if p]
    # drop repeated levels (直辖市: province == city)
    dedup: list[str] = []
    for p in chain:
        if p and (not dedup or dedup[-1] != p):
            dedup.append(p)
    if own and (not dedup or dedup[-1] != own):
        # a place named like one of its ancestors is that ancestor (县 given with its own county=)
        if own in dedup:
            dedup = dedup[: dedup.index(own) + 1]
        else:
            dedup.append(own)
    return "LOC:" + "|".join(dedup)


def article_iri(doc_id: str, base: str = DEFAULT_BASE) -> str:
    return iri_for("article", doc_id, base)


def entity_iri(ent: Entity, base: str = DEFAULT_BASE) -> str:
    """IRI of a resolved entity: from ``Entity.key``, stable across articles and runs."""
    return iri_for(_ENTITY_KIND[ent.type], ent.key, base)


# --- literals ---------------------------------------------------------------


def clean_literal(text: str) -> str:
    """Drop characters no serialiser accepts (NUL, C0/C1 controls, lone surrogates)."""
    return _ILLEGAL_RE.sub("", unicodedata.normalize("NFC", text))


@lru_cache(maxsize=1 << 16)
def _clean_name(text: str) -> str:
    """A label: legal characters, whitespace runs (newlines too) folded to one space."""
    return _WS_RE.sub(" ", clean_literal(text)).strip()


# Terms are built as N-Triples strings, exactly as pyoxigraph prints them (``str(term)``):
# IRIs ``<iri>`` (kg mints only valid ASCII IRIs), literals quoted with oxrdf's escapes
# (\b \t \n \f \r \" \\ and \uXXXX for the other C0 controls, DEL, U+FFFE/FFFF), then
# ``@zh`` or ``^^<datatype>`` (none for xsd:string).  Making a pyoxigraph Triple per fact
# and printing it again cost more than the rest of the graph step.
_NT_ESC: dict[int, str] = {c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)}
_NT_ESC.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_NT_NEEDS_ESC = re.compile("[\x00-\x1f\"\\\\\x7f\ufffe\uffff]")
_XSD_DECIMAL_T = f"^^<{XSD}decimal>"
_XSD_DATE_T = f"^^<{XSD}date>"
_XSD_INTEGER_T = f"^^<{XSD}integer>"
_XSD_ANYURI_T = f"^^<{XSD}anyURI>"


def _q(value: str) -> str:
    """A literal's quoted lexical form, as N-Triples (oxrdf) writes it."""
    if _NT_NEEDS_ESC.search(value) is None:
        return f'"{value}"'
    return '"' + value.translate(_NT_ESC) + '"'


def _lit(value: str) -> str:
    """A plain (xsd:string) literal term."""
    return _q(value)


@lru_cache(maxsize=1 << 13)
def _zh(text: str) -> str | None:
    t = _clean_name(text)
    return _q(t) + "@zh" if t else None


@lru_cache(maxsize=1 << 13)
def _str(text: str) -> str:
    return _q(clean_literal(text))


def _decimal_lex(x: float | int | None) -> str | None:
    """Canonical xsd:decimal lexical form, or None for missing/NaN/infinite values."""
    if x is None or isinstance(x, bool):
        return None
    try:
        d = Decimal(repr(x)) if isinstance(x, float) else Decimal(int(x))
    except (InvalidOperation, ValueError, TypeError):
        return None
    if not d.is_finite():
        return None
    return format(d.normalize(), "f") if d != d.to_integral_value() else str(int(d))


def _decimal(x: float | int | None) -> str | None:
    """xsd:decimal literal, or None for missing/NaN/infinite values."""
    lex = _decimal_lex(x)
    return None if lex is None else f'"{lex}"{_XSD_DECIMAL_T}'


def _decimal_lit(d: Decimal) -> str:
    """xsd:decimal literal of a finite Decimal, in the same canonical form as :func:`_decimal`."""
    s = format(d.normalize(), "f") if d != d.to_integral_value() else str(int(d))
    return f'"{s}"{_XSD_DECIMAL_T}'


def _date(s: str | None) -> str | None:
    if not s or not _DATE_RE.match(s):
        return None
    y, m, d = (int(p) for p in s.split("-"))
    if not (1 <= m <= 12 and 1 <= d <= 31 and y >= 1):
        return None
    return f'"{s}"{_XSD_DATE_T}'


def _int(n: int) -> str:
    return f'"{int(n)}"{_XSD_INTEGER_T}'


# --- taxonomies -------------------------------------------------------------


@dataclass(frozen=True)
class SupplyKindRow:
    kind: str
    parent: str | None
    label_zh: str
    label_en: str
    patterns: tuple[str, ...]


@lru_cache(maxsize=None)
def supply_kinds() -> tuple[SupplyKindRow, ...]:
    """Rows of kg/data/supply_kinds.tsv, checked (ASCII keys, known parents)."""
    rows = []
    for r in table("supply_kinds.tsv"):
        kind = r["kind"].strip()
        if not _KIND_RE.match(kind):
            raise ValueError(f"supply_kinds.tsv: kind {kind!r} is not an ASCII key")
        pats = tuple(p.strip() for p in r["patterns"].split("|") if p.strip())
        rows.append(SupplyKindRow(kind, r["parent"].strip() or None, r["label_zh"], r["label_en"], pats))
    known = {r.kind for r in rows}
    for r in rows:
        if r.parent and r.parent not in known:
            raise ValueError(f"supply_kinds.tsv: {r.kind}: unknown parent {r.parent!r}")
    return tuple(rows)


@lru_cache(maxsize=None)
def _known_kinds() -> frozenset[str]:
    return frozenset(r.kind for r in supply_kinds())


@lru_cache(maxsize=None)
def _kind_chains() -> dict[str, tuple[str, ...]]:
    """Kind → itself and its broader kinds (kg:broaderKind*), for kinds with a Chinese label."""
    rows = {r.kind: r for r in supply_kinds()}
    out: dict[str, tuple[str, ...]] = {}
    for kind in rows:
        chain, k = [], kind
        while k is not None and k in rows and k not in chain:
            chain.append(k)
            k = rows[k].parent
        out[kind] = tuple(c for c in chain if clean_literal(rows[c].label_zh))
    return out


@lru_cache(maxsize=None)
def _kind_patterns() -> tuple[tuple[str, str], ...]:
    """(pattern, kind), longest pattern first, then file order: most specific wins."""
    pairs = [(p.upper(), r.kind, i) for i, r in enumerate(supply_kinds()) for p in r.patterns]
    pairs.sort(key=lambda t: (-len(t[0]), t[2]))
    return tuple((p, k) for p, k, _ in pairs)


@lru_cache(maxsize=4096)
def supply_kind(item_name: str) -> str | None:
    """Taxonomy key for an item name (医用外科口罩 → medical_mask), or None."""
    name = unicodedata.normalize("NFKC", item_name).upper()
    for pat, kind in _kind_patterns():
        if pat in name:
            return kind
    return None


@lru_cache(maxsize=None)
def _org_suffixes() -> tuple[tuple[str, str], ...]:
    out = []
    for i, r in enumerate(table("org_classes.tsv")):
        cls = r["class"].strip()
        getattr(KG, cls)  # unknown class → error at load (closed namespace)
        out.append((r["suffix"].strip(), cls, i))
    out.sort(key=lambda t: (-len(t[0]), t[2]))
    return tuple((s, c) for s, c, _ in out)


@lru_cache(maxsize=1 << 14)
def org_class(name: str) -> str:
    """kg class local name for an organisation name, by its longest known suffix."""
    n = _clean_name(name)
    for suffix, cls in _org_suffixes():
        if n.endswith(suffix):
            return cls
    return "Organization"


def ontology_kinds_triples(base: str = DEFAULT_BASE) -> list[ox.Triple]:
    """The supply taxonomy as kg:SupplyKind concepts (labels zh/en, broaderKind)."""
    out: list[ox.Triple] = []
    for r in supply_kinds():
        k = ox.NamedNode(f"{base}kind/{r.kind}")
        out.append(ox.Triple(k, RDF_TYPE, ox.NamedNode(KG.SupplyKind)))
        out.append(ox.Triple(k, RDFS_LABEL, ox.Literal(clean_literal(r.label_zh), language="zh")))
        out.append(ox.Triple(k, RDFS_LABEL, ox.Literal(clean_literal(r.label_en), language="en")))
        if r.parent:
            out.append(ox.Triple(k, ox.NamedNode(KG.broaderKind), ox.NamedNode(f"{base}kind/{r.parent}")))
    return out


# --- place hierarchy --------------------------------------------------------


def _gazetteer():  # -> kg.places.Gazetteer | None
    """kg.places' gazetteer if it loads (it is optional for graph building)."""
    try:
        from . import places

        return places.load()
    except Exception:  # noqa: BLE001 - missing/broken data must not stop the graph
        return None


def _ancestor_codes(info: PlaceInfo, code: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """level → code of a place's province/city/county, and code → official name.

    So that an ancestor minted here gets the same ``place/<code>`` IRI as the
    division mentioned directly (resolution keys those ``LOC:<code>``).  Order:
    the gazetteer chain of the place's own code; else a gazetteer walk down the
    PlaceInfo names (unique matches only); else the GB/T 2260 code layout.
    """
    gaz = _gazetteer()
    if gaz is not None:
        chain = gaz.chain(code) if code else []
        if not chain:
            parent = None
            for level, name in (("province", info.province), ("city", info.city), ("county", info.county)):
                if not name:
                    continue
                cands = [d for d in gaz.candidates(name) if d.level == level
                         and (parent is None or parent.code in {a.code for a in gaz.chain(d.code)})]
                if len(cands) != 1:
                    break
                parent = cands[0]
                chain.append(parent)
        if chain:
            return ({d.level: d.code for d in chain if d.code != code and d.level in _LEVEL_RANK},
                    {d.code: _clean_name(d.name) for d in chain})
    if code and code.isdigit() and len(code) in (6, 9, 12):
        return {"province": code[:2] + "0000", "city": code[:4] + "00", "county": code[:6]}, {}
    return {}, {}


# --- extraction → triples ---------------------------------------------------

_T_TYPE = _TERMS[_RDF_TYPE_S]
_T_EVIDENCE = _TERMS[_N.evidence]
_T_EVIDENCE_CLASS = _TERMS[_N.Evidence]
_T_IN_ARTICLE = _TERMS[_N.inArticle]
_T_START = _TERMS[_N.startOffset]
_T_END = _TERMS[_N.endOffset]
_T_EXACT = _TERMS[_N.exact]
_T_RULE = _TERMS[_N.rule]


@lru_cache(maxsize=1 << 12)
def _clean_rule(rule: str) -> str:
    return clean_literal(rule) or "unknown"


class _Builder:
    """Collects triples for one extraction, deduplicated, in first-seen order.

    Terms are N-Triples strings (see ``_q``): a node is ``<iri>`` (``_iri`` gives the IRI
    back), a literal its quoted form; a triple is the tuple (subject, predicate, object),
    and its N-Triples line ``" ".join(triple)`` is exactly ``str(ox.Triple(...))``.
    """

    def __init__(self, ex: Extraction, base: str) -> None:
        self.ex = ex
        self.base = base
        self.out: dict[tuple[str, str, str], None] = {}
        # pyoxigraph checks the article IRI (hence the base): every other IRI kg mints is
        # the base followed by ASCII words, hex digests and digits
        self.art = str(ox.NamedNode(article_iri(ex.article.doc_id, base)))
        self.art_iri = self.art[1:-1]
        self.known_kinds = _known_kinds()
        # this article's place hierarchy, kept as it is added (for the donation totals)
        self._parents: dict[str, list[str]] = {}
        self._province_nodes: set[str] = set()

    def add(self, s: str, p: str, o: str | None) -> None:
        if o is not None:
            pn = _TERMS.get(p)
            if pn is None:
                pn = f"<{p}>"
            self.out[(s, pn, o)] = None

    @staticmethod
    def node(iri: str) -> str:
        return f"<{iri}>"

    # raw offsets: the spine back to the input file
    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        clean = self.ex.clean
        try:
            rs, re_ = clean.raw_span(start, end)
        except IndexError:
            rs, re_ = start, end
        rs, re_ = max(0, rs), max(0, re_)
        return rs, max(rs, re_)

    def evidence(self, subject: str, start: int, end: int, rule: str, exact: str | None = None) -> None:
        rs, re_ = self.raw_span(start, end)
        rule = _clean_rule(rule)
        ev = f"<{self.art_iri}/evidence/{_h20(f'{rs}|{re_}|{rule}')}>"
        out = self.out
        out[(subject, _T_EVIDENCE, ev)] = None
        out[(ev, _T_TYPE, _T_EVIDENCE_CLASS)] = None
        out[(ev, _T_IN_ARTICLE, self.art)] = None
        out[(ev, _T_START, f'"{int(rs)}"{_XSD_INTEGER_T}')] = None
        out[(ev, _T_END, f'"{int(re_)}"{_XSD_INTEGER_T}')] = None
        text = exact if exact is not None else self.ex.article.raw[rs:re_]
        if text:
            out[(ev, _T_EXACT, _str(text))] = None
        out[(ev, _T_RULE, _lit(rule))] = None

    def article(self) -> None:
        a, meta, art = self.art, self.ex.meta, self.ex.article
        self.add(a, _RDF_TYPE_S, self.node(_N.Article))
        if meta.title:
            self.add(a, _N.headline, _zh(meta.title))
        self.add(a, _N.datePublished, _date(meta.date))
        name = PurePath(art.path.replace("\\", "/")).name if art.path else ""
        if name:
            self.add(a, _N.sourceFile, _str(name))
        if art.sha256:
            self.add(a, _N.sha256, _str(art.sha256))
        url = meta.url or art.url
        if url:
            u = _WS_RE.sub("", clean_literal(url))
            if u:
                self.add(a, _N.url, _q(u) + _XSD_ANYURI_T)

    def entities(self) -> None:
        ex = self.ex
        self.by_name: dict[str, str] = {}
        self.by_alias: dict[str, str] = {}
        self.loc_names: list[tuple[str, str]] = []
        for ent in ex.entities:
            iri = self.node(entity_iri(ent, self.base))
            self.by_name.setdefault(_clean_name(ent.name), iri)
            for a in (*ent.aliases, *(m.text for m in ent.mentions), *(m.full for m in ent.mentions if m.full)):
                self.by_alias.setdefault(_clean_name(a), iri)
            if ent.type == "LOC":
                for n in (ent.name, *ent.aliases):
                    if len(_clean_name(n)) >= 2:
                        self.loc_names.append((_clean_name(n), iri))
        self.loc_names.sort(key=lambda t: -len(t[0]))
        self._loc_prefixes = tuple(n for n, _ in self.loc_names)  # (a quick "starts with any place")
        self.located_in: dict[str, str] = {}
        self.place_iris: set[str] = set()
        for ent in ex.entities:
            self.entity(ent)
        self.main_place = self._main_place()

    def _main_place(self) -> str | None:
        """The article's place: the most mentioned resolved Chinese place, the deepest on ties."""
        best = None
        for ent in self.ex.entities:
            if ent.type != "LOC" or ent.place is None or not ent.place.province:
                continue
            score = (len(ent.mentions), bool(ent.place.county), bool(ent.place.city), -ent.mentions[0].start)
            if best is None or score > best[0]:
                best = (score, ent)
        return self.node(entity_iri(best[1], self.base)) if best else None

    def event_place(self, names: Sequence[str]) -> str | None:
        """Where an event happened: the first receiver/giver that is or sits in a place."""
        for name in names:
            hit = self.lookup(name)
            if hit is None:
                continue
            if hit in self.place_iris:
                return hit
            if hit in self.located_in:
                return self.located_in[hit]
        return self.main_place

    def entity(self, ent: Entity) -> None:
        iri = self.node(entity_iri(ent, self.base))
        if ent.type == "PER":
            cls = _N.Person
        elif ent.type == "ORG":
            oc = org_class(ent.name)
            cls = getattr(_N, oc, None) or getattr(KG, oc)  # (_N: the same IRI without rdflib's lookup)
        else:
            cls = _PLACE_CLASS.get((ent.place.level if ent.place else None) or "", _N.Place)
        self.add(iri, _RDF_TYPE_S, self.node(cls))
        if cls == _N.Province:
            self._province_nodes.add(iri)
        # the label: a division's official name (one label per node across articles), else the
        # fullest name, else any other form (a shape requires one @zh label)
        official = ent.place.name if ent.type == "LOC" and ent.place and ent.place.code else None
        forms = (official or "", ent.name, *ent.aliases, *(m.text for m in ent.mentions), ent.key)
        label = next((f for f in forms if _clean_name(f)), None)
        self.add(iri, _RDFS_LABEL_S, _zh(label) if label else None)
        if label:
            clabel = _clean_name(label)
            for a in sorted({ent.name, *ent.aliases}):
                ca = _clean_name(a)
                if ca and ca != clabel:
                    self.add(iri, _N.alias, _zh(a))
        self.add(iri, _N.mentionedIn, self.art)
        for m in ent.mentions:
            self.evidence(iri, m.start, m.end, m.rule)
        if ent.type == "LOC" and ent.place is not None and ent.place.province:
            self.place_iris.add(iri)
        if ent.type == "LOC" and ent.place is not None:
            self.place(iri, ent)
        if ent.type == "ORG" and _clean_name(ent.name).startswith(self._loc_prefixes):
            n = _clean_name(ent.name)
            for lname, liri in self.loc_names:
                if n.startswith(lname) and len(n) > len(lname):
                    self.add(iri, _N.locatedIn, liri)
                    self.located_in.setdefault(iri, liri)
                    break

    def _ancestor(self, level: str, name: str, chain: PlaceInfo, code: str | None) -> str:
        """An ancestor division: the article's own entity if it names it, else a minted node."""
        key = "LOC:" + code if code else place_key(chain, name)
        for ent in self.ex.entities:
            if ent.type == "LOC" and ent.place is not None and ent.place.level == level:
                if _clean_name(ent.place.name or ent.name) == _clean_name(name):
                    return self.node(entity_iri(ent, self.base))
        iri = self.node(iri_for("place", key, self.base))
        self.add(iri, _RDF_TYPE_S, self.node(_PLACE_CLASS[level]))
        if level == "province":
            self._province_nodes.add(iri)
        self.add(iri, _RDFS_LABEL_S, _zh(name))
        if code:
            self.add(iri, _N.adminCode, _lit(code))
        return iri

    def place(self, iri: str, ent: Entity) -> None:
        info = ent.place
        assert info is not None
        code = info.code if info.code and _CODE_RE.match(info.code) else None
        if code:
            self.add(iri, _N.adminCode, _lit(code))
        own = _clean_name(info.name or ent.name)
        rank = _LEVEL_RANK.get(info.level or "", 9)
        levels = [("province", info.province), ("city", info.city), ("county", info.county)]
        anc_codes, anc_names = _ancestor_codes(info, code)
        chain: list[str] = []
        seen: list[str] = []
        for level, name in levels:
            if not name or _LEVEL_RANK[level] >= rank:
                continue
            nm = _clean_name(name)
            if not nm or nm == own or (seen and seen[-1] == nm):
                continue
            c = anc_codes.get(level)
            if c == code or (c and c in anc_names and anc_names[c] != nm):
                c = None  # the gazetteer names another division: keep the name chain
            sub = PlaceInfo(
                province=info.province if level != "province" else None,
                city=info.city if level == "county" else None,
                level=level,
                name=nm,
            )
            chain.append(self._ancestor(level, nm, sub, c))
            seen.append(nm)
        nodes = [*chain, iri]
        for child, parent in zip(nodes[1:], nodes[:-1]):
            if child != parent:
                self.add(child, _N.containedInPlace, parent)
                self._parents.setdefault(child, []).append(parent)

    def lookup(self, name: str) -> str | None:
        n = _clean_name(name)
        return self.by_name.get(n) or self.by_alias.get(n)

    def agent(self, name: str, cls: str = _N.Agent) -> str | None:
        """The article's entity with that name or alias, else a minted article-local agent."""
        n = _clean_name(name)
        if not n:
            return None
        hit = self.lookup(n)
        if hit is not None:
            return hit
        kind = "person" if cls == _N.Person else "agent"
        iri = self.node(iri_for(kind, f"{kind.upper()}:{self.ex.article.doc_id}|{n}", self.base))
        self.add(iri, _RDF_TYPE_S, self.node(cls))
        self.add(iri, _RDFS_LABEL_S, _zh(n))
        self.add(iri, _N.mentionedIn, self.art)
        return iri

    def publisher(self) -> None:
        srcs = [s for s in self.ex.meta.sources if _clean_name(s)]
        if not srcs:
            return
        name = _clean_name(srcs[0])
        iri = self.lookup(name)
        if iri is None:
            iri = self.node(iri_for("org", "ORG:" + name, self.base))
            self.add(iri, _RDFS_LABEL_S, _zh(name))
        self.add(iri, _RDF_TYPE_S, self.node(_N.MediaOutlet))
        self.add(self.art, _N.publisher, iri)

    def positions(self) -> None:
        for pos in self.ex.positions:
            person = self.agent(pos.person, _N.Person)
            title = _clean_name(pos.title)
            if person is None or not title:
                continue
            org = self.lookup(pos.org) if pos.org else None
            post = self.node(iri_for("post", f"{person[1:-1]}|{title}|{org[1:-1] if org else ''}", self.base))
            self.add(post, _RDF_TYPE_S, self.node(_N.Post))
            self.add(post, _N.holder, person)
            self.add(post, _N.title, _zh(title))
            self.add(post, _N.postIn, org)
            self.add(post, _N.mentionedIn, self.art)
            self.evidence(post, pos.start, pos.end, pos.rule)

    def events(self) -> None:
        cls = {"donation": _N.Donation, "procurement": _N.Procurement, "distribution": _N.Distribution}
        for i, ev in enumerate(self.ex.events):
            items = [it for it in ev.items if _clean_name(it.name)]
            if not items and ev.value_yuan is None:
                continue  # no goods and no money: nothing the graph could say (shape needs ≥1 item)
            e = self.node(f"{self.art_iri}/event/{i}")
            self.add(e, _RDF_TYPE_S, self.node(cls.get(ev.type, _N.SupplyEvent)))
            for a in ev.agents:
                self.add(e, _N.agent, self.agent(a))
            for r in ev.recipients:
                self.add(e, _N.recipient, self.agent(r))
            val = _decimal(ev.value_yuan)
            self.add(e, _N.valueYuan, val)
            self.add(e, _N.date, _date(ev.date))
            loc = self.event_place((*ev.recipients, *ev.agents))
            self.add(e, _N.location, loc)
            self.add(e, _N.mentionedIn, self.art)
            self.evidence(e, ev.start, ev.end, ev.rule)
            if not items:
                # money only (捐款10万元): one cash item so that every event names what moved
                it_node = self.node(f"{e[1:-1]}/item/0")
                self.add(e, _N.item, it_node)
                self.add(it_node, _RDF_TYPE_S, self.node(_N.SupplyItem))
                self.add(it_node, _N.itemName, '"资金"@zh')
                self.add(it_node, _N.quantity, val)
                self.add(it_node, _N.unit, '"元"')
                self.add(it_node, _N.supplyKind, self.node(f"{self.base}kind/cash"))
                if ev.type == "donation":
                    self.donation_totals(e, loc, [(_decimal_lex(ev.value_yuan), "元", "cash")])
                continue
            measured: list[tuple[str | None, str | None, str | None]] = []
            for j, it in enumerate(items):
                node = self.node(f"{e[1:-1]}/item/{j}")
                self.add(e, _N.item, node)
                self.add(node, _RDF_TYPE_S, self.node(_N.SupplyItem))
                self.add(node, _N.itemName, _zh(it.name))
                q = it.quantity
                qty = _decimal_lex(q) if q is not None and not isinstance(q, bool) and q >= 0 else None
                self.add(node, _N.quantity, None if qty is None else f'"{qty}"{_XSD_DECIMAL_T}')
                unit = _clean_name(it.unit) if it.unit else ""
                if unit:
                    self.add(node, _N.unit, _lit(unit))
                kind = it.kind if it.kind in self.known_kinds else supply_kind(it.name)
                if kind:
                    self.add(node, _N.supplyKind, self.node(f"{self.base}kind/{kind}"))
                measured.append((qty, unit or None, kind))
            if ev.type == "donation":
                self.donation_totals(e, loc, measured)

    # shortcut facts for totals: see the module docstring ("donation totals")
    def _provinces_of(self, place: str) -> list[str]:
        """The kg:Province nodes this article's own triples reach from ``place`` by kg:containedInPlace*."""
        seen, todo, out = {place}, [place], []
        while todo:
            n = todo.pop()
            if n in self._province_nodes:
                out.append(n)
            for p in self._parents.get(n, ()):
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
        return out

    def donation_totals(self, e: str, loc: str | None,
                        items: Sequence[tuple[str | None, str | None, str | None]]) -> None:
        """``e <total> quantity`` for each (province, kind or broader kind, unit) the donation counts toward.

        ``<total>`` is a sub-property of kg:donatedQuantity minted per (province, kind, unit)
        and described by kg:totalProvince / kg:totalKind / kg:totalUnit; the value is the sum
        of the event's items of that kind (narrower kinds included) in that unit.
        """
        if loc is None:
            return
        sums: dict[tuple[str, str], Decimal] = {}
        chains = _kind_chains()
        for qty, unit, kind in items:
            if qty is None or not unit or kind not in chains:
                continue
            d = Decimal(qty)
            for k in chains[kind]:
                sums[(k, unit)] = sums.get((k, unit), Decimal(0)) + d
        if not sums:
            return
        provinces = self._provinces_of(loc)
        for p in provinces:
            for (k, unit), d in sums.items():
                kind_iri = f"{self.base}kind/{k}"
                prop_iri = iri_for("total", f"DONATED|{p[1:-1]}|{kind_iri}|{unit}", self.base)
                prop = self.node(prop_iri)
                self.add(e, prop_iri, _decimal_lit(d))
                self.add(prop, _RDFS_SUBPROPERTY_S, _TERMS[_N.donatedQuantity])
                self.add(prop, _N.totalProvince, p)
                self.add(prop, _N.totalKind, self.node(kind_iri))
                self.add(prop, _N.totalUnit, _lit(unit))


def extraction_terms(ex: Extraction, base: str = DEFAULT_BASE) -> list[tuple[str, str, str]]:
    """All triples kg states about one article as (s, p, o) N-Triples terms, deduplicated,
    deterministic (first-seen) order: ``" ".join(t)`` is the triple's N-Triples line."""
    b = _Builder(ex, base)
    b.article()
    b.entities()
    b.publisher()
    b.positions()
    b.events()
    return list(b.out)


def extraction_triples(ex: Extraction, base: str = DEFAULT_BASE) -> list[ox.Triple]:
    """All triples kg states about one article, deduplicated, deterministic order."""
    terms = extraction_terms(ex, base)
    if not terms:
        return []
    nt = "".join(f"{s} {p} {o} .\n" for s, p, o in terms).encode("utf-8")
    return [q.triple for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)]


def extraction_quads(ex: Extraction, base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """Same as :func:`extraction_triples`, in the article's named graph (its IRI)."""
    g = ox.NamedNode(article_iri(ex.article.doc_id, base))
    return [ox.Quad(t.subject, t.predicate, t.object, g) for t in extraction_triples(ex, base)]


def build_store(
    extractions: Iterable[Extraction], base: str = DEFAULT_BASE, with_kinds: bool = True
) -> ox.Store:
    """In-memory Oxigraph store: one named graph per article, the taxonomy in the default graph."""
    store = ox.Store()
    if with_kinds:
        store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in ontology_kinds_triples(base))
    for ex in extractions:
        store.extend(extraction_quads(ex, base))
    return store


def graph_triple_count(store: ox.Store) -> int:
    """Distinct triples over all graphs (a fact stated by two articles counts once)."""
    return len({q.triple for q in store})


def to_rdflib(triples: Iterable[ox.Triple]):  # -> rdflib.Graph
    """An rdflib Graph of the triples (for pySHACL, tests and small graphs only: slow)."""
    import rdflib

    g = rdflib.Graph(bind_namespaces="none")
    data = ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES)
    g.parse(data=data.decode("utf-8"), format="nt")
    return g
