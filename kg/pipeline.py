"""Composition of the stages: read → clean → extract → resolve → graph → export.

``process_article`` is a pure function of one article (what workers run);
``extract`` streams extractions for many inputs, in parallel when asked, in
input order; ``build`` streams every output to disk without holding the
corpus: workers turn each article into a compact :class:`ArticleResult`
(sorted N-Triples, a Turtle chunk, its JSONL record) and the parent appends
those to atomically written files in input order, so serial, parallel and
Dask runs give byte-identical outputs.  With ``store=`` an on-disk Oxigraph
store (:mod:`kg.store`) makes rebuilds incremental.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any, Callable, Iterator, Sequence

from .errors import InputError, KgError
from .model import Article, Extraction, Problem

DEFAULT_SOURCES = ("seeds",)
DEFAULT_OUT = "outputs"
FORMATS = ("ttl", "nq", "jsonld")
DEFAULT_FORMATS = ("ttl",)
# graph.html/graphml are skipped above this many graph nodes: the view parses the whole
# Turtle with rdflib and lays it out in Python (measured: see bench/README.md)
HTML_MAX_NODES = 20_000


def process_article(article: Article) -> Extraction:
    """Everything kg finds in one article."""
    from .clean import clean
    from .extract.entities import extract_mentions
    from .extract.events import extract_events
    from .extract.positions import extract_positions
    from .resolve import resolve_entities

    text = clean(article)
    mentions = extract_mentions(text.text, text.zones)
    positions = extract_positions(text.text, mentions, text.zones)
    events = extract_events(text.text, mentions, article_date=text.meta.date, zones=text.zones)
    entities = resolve_entities(mentions, text.meta, article.doc_id)
    return Extraction(article=article, meta=text.meta, entities=entities,
                      positions=tuple(positions), events=tuple(events), clean=text)


def _work(path: str) -> Extraction | Problem:
    """Worker entry: never raises, so one bad file cannot stop a run."""
    from .read import read_article

    try:
        return process_article(read_article(Path(path)))
    except InputError as exc:
        return Problem(exc.path, exc.reason)
    except Exception as exc:  # a bug must not lose the other articles: report and go on
        return Problem(_shown(path), f"internal error while extracting: {type(exc).__name__}: {exc}")


_WARM_TEXT = ("2020-02-01 来源：日报\n\n2月1日，马鞍山市某某有限公司向含山县红十字会捐赠口罩300只，价值1万元。"
              "含山县委书记张三表示感谢。")


def _prewarm(jobs: int, engine: str) -> None:
    """Load dictionaries, jieba and the gazetteer once in the parent before forking.

    Forked workers then share them copy-on-write instead of each spending
    ~2 s loading its own copy (measured: village index 0.7 s, the rest 1.1 s).
    """
    if engine != "local" or jobs <= 1 or sys.platform == "darwin":
        return
    from . import places

    try:
        process_article(Article("warm", "warm", _WARM_TEXT, "utf-8", "0"))
        places.load().village_parents("新村")
    except Exception:  # warming is an optimisation only
        pass


def _progress(total: int, enabled: bool):
    if not enabled or total < 20:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)


def extract(sources: Sequence[str | Path], *, jobs: int = 1, progress: bool = False,
            on_problem: Callable[[Problem], None] | None = None, engine: str = "local",
            scheduler: str | None = None) -> Iterator[Extraction]:
    """Extractions of every readable article under ``sources``, in sorted input order.

    Problems (missing, unreadable or broken files) go to ``on_problem``; the
    run goes on without them.
    """
    from .engine import ordered_map
    from .read import discover

    report = on_problem or (lambda p: None)
    paths, problems = discover(sources)
    for p in problems:
        report(p)
    _prewarm(jobs, engine)
    bar = _progress(len(paths), progress)
    try:
        for res in ordered_map(_work, [str(p) for p in paths], jobs=jobs, engine=engine, scheduler=scheduler):
            if bar is not None:
                bar.update(1)
            if isinstance(res, Problem):
                report(res)
            else:
                yield res
    finally:
        if bar is not None:
            bar.close()


# --------------------------------------------------------------------------- per-article results


@dataclass(frozen=True)
class ArticleResult:
    """One article, ready to append to every output (small to pickle, unlike an Extraction).

    ``nt`` is the article's graph as sorted canonical N-Triples; ``own_ttl`` the Turtle of
    the triples only this article can state (they name its IRI); ``shared_nt`` the other
    lines (entities, places, posts), which the writer deduplicates across articles.
    """

    path: str
    doc_id: str
    graph: str
    sha256: str
    record: str
    counts: dict[str, int]
    nt: bytes
    own_ttl: bytes
    shared_nt: bytes
    chars: int = 0


def _counts(ex: Extraction) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ent in ex.entities:
        counts[ent.type] = counts.get(ent.type, 0) + 1
    for ev in ex.events:
        counts[ev.type] = counts.get(ev.type, 0) + 1
    counts["position"] = counts.get("position", 0) + len(ex.positions)
    return counts


def _turtle_body(nt: bytes) -> bytes:
    """Turtle statements (no @prefix header) of N-Triples lines, in their order."""
    import pyoxigraph as ox

    from .export import PREFIXES

    if not nt:
        return b""
    data = ox.serialize(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE,
                        prefixes=PREFIXES)
    lines = data.split(b"\n")
    n = 0
    while n < len(lines) and (lines[n].startswith(b"@prefix ") or lines[n].startswith(b"PREFIX ")):
        n += 1
    body = b"\n".join(lines[n:])
    return body if body.endswith(b"\n") or not body else body + b"\n"


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INLINE_LITERAL = {  # datatypes whose literals Turtle may write bare (oxttl: is_turtle_integer/decimal)
    f"<{_XSD}integer>": re.compile(r"[+-]?[0-9]+").fullmatch,
    f"<{_XSD}decimal>": re.compile(r"[+-]?[0-9]*\.[0-9]+").fullmatch,
}
_OTHER_INLINE = (f"<{_XSD}boolean>", f"<{_XSD}double>")  # never written by kg: left to pyoxigraph
_TTL_A = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_TTL_PREDICATES: dict[str, str] = {_TTL_A: "a"}  # predicate term -> its Turtle form


@functools.lru_cache(maxsize=1 << 12)
def _prefixed(iri_term: str) -> str:
    """pyoxigraph's Turtle form of an IRI under one of PREFIXES (``kg:Article``, or the IRI)."""
    import pyoxigraph as ox

    from .export import PREFIXES

    t = ox.Triple(ox.NamedNode("urn:kg:s"), ox.NamedNode("urn:kg:p"), ox.NamedNode(iri_term[1:-1]))
    data = ox.serialize([t], format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
    line = data.rstrip("\n").rsplit("\n", 1)[-1]
    head = "<urn:kg:s> <urn:kg:p> "
    if not (line.startswith(head) and line.endswith(" .")):
        raise ValueError(f"unexpected Turtle for {iri_term}: {line!r}")
    return line[len(head):-2]


@functools.lru_cache(maxsize=1)
def _prefix_starts() -> tuple[str, ...]:
    from .export import PREFIXES

    return tuple("<" + ns for ns in PREFIXES.values())


def _ttl_node(term: str, starts: tuple[str, ...]) -> str | None:
    if term[0] != "<":
        return None  # a blank node or a literal where a node belongs: left to pyoxigraph
    return _prefixed(term) if term.startswith(starts) else term


def _ttl_object(term: str, starts: tuple[str, ...]) -> str | None:
    if term[0] != '"':
        return _ttl_node(term, starts)
    if term[-1] != ">":
        return term  # a plain or language-tagged literal: Turtle writes it as N-Triples does
    cut = term.rfind('"^^<')
    dt = term[cut + 3:]
    inline = _INLINE_LITERAL.get(dt)
    if inline is not None:
        lex = term[1:cut]
        if inline(lex):
            return lex
    elif dt in _OTHER_INLINE:
        return None
    dtt = _ttl_node(dt, starts)
    return None if dtt is None else term[:cut + 3] + dtt


# object term -> its Turtle form (IRIs, typed literals: the same few classes, offsets, kinds
# recur in every article); emptied when full
_TTL_OBJECTS: dict[str, str] = {}
_TTL_OBJECTS_MAX = 1 << 14


def _turtle_of_terms(triples: Sequence[tuple[str, str, str]]) -> bytes | None:
    """Turtle statements of (s, p, o) N-Triples terms, in their order, written as pyoxigraph's
    Turtle serialiser writes them with PREFIXES (consecutive triples share their subject with
    `` ;`` and their predicate with `` ,``); None when a term needs pyoxigraph itself."""
    starts = _prefix_starts()
    preds = _TTL_PREDICATES
    objs = _TTL_OBJECTS
    out: list[str] = []
    append = out.append
    cur_s = cur_p = None
    for s, p, o in triples:
        if o[0] == '"' and o[-1] != ">":
            ot = o  # a plain or language-tagged literal: Turtle writes it as N-Triples does
        else:
            ot = objs.get(o)
            if ot is None:
                if o[0] == "<":
                    ot = _prefixed(o) if o.startswith(starts) else o
                else:
                    ot = _ttl_object(o, starts)
                    if ot is None:
                        return None
                if len(objs) >= _TTL_OBJECTS_MAX:
                    objs.clear()
                objs[o] = ot
        if s == cur_s:
            if p == cur_p:
                append(" , " + ot)
                continue
        elif s[0] != "<":
            return None
        pt = preds.get(p)
        if pt is None:
            pt = _ttl_node(p, starts)
            if pt is None:
                return None
            if len(preds) < 4096:
                preds[p] = pt
        if s == cur_s:
            append(f" ;\n\t{pt} {ot}")
        else:
            st = _prefixed(s) if s.startswith(starts) else s
            append(f" .\n{st} {pt} {ot}" if cur_s is not None else f"{st} {pt} {ot}")
        cur_s, cur_p = s, p
    if cur_s is not None:
        append(" .\n")
    return "".join(out).encode("utf-8")


def _nt_terms(nt: bytes) -> list[tuple[str, str, str]] | None:
    """(s, p, o) of kg's N-Triples lines (``s p o .``; IRIs hold no space), None if unexpected."""
    out = []
    text = nt.decode("utf-8")
    if text and not text.endswith("\n"):
        return None
    for line in text.split("\n")[:-1]:  # not splitlines(): literals may hold U+2028 and the like
        parts = line.split(" ", 2)
        if len(parts) != 3 or not parts[2].endswith(" ."):
            return None
        out.append((parts[0], parts[1], parts[2][:-2]))
    return out


def _turtle_chunk(nt: bytes) -> bytes:
    """Turtle statements (no @prefix header) of N-Triples lines, in their order."""
    terms = _nt_terms(nt)
    ttl = _turtle_of_terms(terms) if terms is not None else None
    return _turtle_body(nt) if ttl is None else ttl


def _split(nt: bytes, graph: str) -> tuple[bytes, bytes]:
    """(Turtle of the lines that name the article's IRI, the other N-Triples lines)."""
    own_marks = (f"<{graph}>".encode(), f"<{graph}/".encode())
    own: list[bytes] = []
    shared: list[bytes] = []
    for line in nt.splitlines(keepends=True):
        (own if own_marks[0] in line or own_marks[1] in line else shared).append(line)
    return _turtle_chunk(b"".join(own)), b"".join(shared)


def _split_terms(triples: Sequence[tuple[str, str, str]], graph: str) -> tuple[bytes, bytes, bytes]:
    """``_split`` of sorted (s, p, o) terms: (all N-Triples, Turtle of the own lines, shared lines)."""
    m0, m1 = f"<{graph}>", f"<{graph}/"
    lines = [f"{s} {p} {o} .\n" for s, p, o in triples]
    own: list[tuple[str, str, str]] = []
    own_lines: list[str] = []
    shared: list[str] = []
    for t, line in zip(triples, lines):
        s = t[0]
        if s.startswith(m1) or s == m0 or m0 in line or m1 in line:  # (the first two: the usual hits)
            own.append(t)
            own_lines.append(line)
        else:
            shared.append(line)
    ttl = _turtle_of_terms(own)
    if ttl is None:
        ttl = _turtle_body("".join(own_lines).encode("utf-8"))
    return "".join(lines).encode("utf-8"), ttl, "".join(shared).encode("utf-8")


def _result(art: Article, ex: Extraction, base: str) -> ArticleResult:
    from . import graph
    from .record import extraction_record

    iri = graph.article_iri(art.doc_id, base)
    # the builder's (s, p, o) terms are distinct and "s p o" is str(ox.Triple); sorting the
    # tuples sorts the lines (terms never contain a space, IRIs end at their only ">")
    nt, own, shared = _split_terms(sorted(graph.extraction_terms(ex, base)), iri)
    record = json.dumps(extraction_record(ex), ensure_ascii=False, sort_keys=True)
    return ArticleResult(art.path, art.doc_id, iri, art.sha256, record, _counts(ex), nt, own, shared,
                         len(art.raw))


def _work_result(path: str, base: str) -> ArticleResult | Problem:
    """Worker entry of ``build``: read, extract, make RDF; never raises."""
    from .read import read_article

    try:
        art = read_article(Path(path))
        return _result(art, process_article(art), base)
    except InputError as exc:
        return Problem(exc.path, exc.reason)
    except Exception as exc:  # a bug must not lose the other articles: report and go on
        return Problem(_shown(path), f"internal error while extracting: {type(exc).__name__}: {exc}")


# --------------------------------------------------------------------------- streaming writers


class _Writers:
    """Appends article results to graph.ttl / graph.nq / graph.jsonld / extractions.jsonl.

    Everything arrives in input order and each chunk is deterministic, so the
    files are byte-identical run to run.  Turtle keeps every triple once:
    article-owned lines are unique by construction, shared lines pass a set
    of 96-bit digests (memory grows with distinct entities, not with articles).
    """

    def __init__(self, out: Path, formats: Sequence[str], stack: ExitStack, kinds: list[Any]) -> None:
        from .export import PREFIXES, atomic_open

        self.formats = tuple(formats)
        self.paths: list[Path] = []
        self.seen: set[int] = set()
        self.triples = 0
        self.nodes: set[bytes] = set()
        self._first_graph = True

        def open_(name: str) -> IO[bytes]:
            self.paths.append(out / name)
            return stack.enter_context(atomic_open(out / name))

        self.jsonl = open_("extractions.jsonl")
        self.ttl = open_("graph.ttl") if "ttl" in self.formats else None
        self.nq = open_("graph.nq") if "nq" in self.formats else None
        self.jsonld = open_("graph.jsonld") if "jsonld" in self.formats else None
        kinds_nt = "".join(line + " .\n" for line in sorted({str(t) for t in kinds})).encode("utf-8")
        if self.ttl is not None:
            self.ttl.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()).encode())
            self.ttl.write(b"\n")
        self._shared(kinds_nt)
        if self.nq is not None:
            self.nq.write(kinds_nt)  # the taxonomy sits in the default graph
        if self.jsonld is not None:
            from .export import jsonld_document

            self.jsonld.write(b'{"@context": ' + json.dumps(PREFIXES, sort_keys=True).encode()
                              + b',\n "@graph": [\n')
            nodes = jsonld_document(kinds)["@graph"]
            self.jsonld.write(b",\n".join(self._json(n) for n in nodes))
            self._first_graph = not nodes

    @staticmethod
    def _json(obj: Any) -> bytes:
        return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    _TYPE = b"> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <"
    _NOT_DRAWN: tuple[bytes, ...] = ()

    def _node(self, line: bytes) -> None:
        """Count what the HTML view draws: typed subjects except evidence, articles, items, posts, kinds."""
        if len(self.nodes) > HTML_MAX_NODES or self._TYPE not in line:
            return
        if not self._NOT_DRAWN:
            from .vocab import KG

            type(self)._NOT_DRAWN = tuple(f"<{c}> .".encode() for c in (
                KG.Evidence, KG.Article, KG.SupplyItem, KG.Post, KG.SupplyKind))
        if not line.rstrip().endswith(self._NOT_DRAWN):
            self.nodes.add(line.split(b" ", 1)[0])

    def _shared(self, nt: bytes) -> None:
        fresh = []
        for line in nt.splitlines(keepends=True):
            h = int.from_bytes(hashlib.blake2b(line, digest_size=12).digest(), "little")
            if h not in self.seen:
                self.seen.add(h)
                fresh.append(line)
                self._node(line)
        self.triples += len(fresh)
        if self.ttl is not None and fresh:
            self.ttl.write(_turtle_chunk(b"".join(fresh)))

    def add(self, res: ArticleResult) -> None:
        self.jsonl.write(res.record.encode("utf-8") + b"\n")
        own_lines = res.nt.count(b"\n") - res.shared_nt.count(b"\n")
        self.triples += own_lines
        if len(self.nodes) <= HTML_MAX_NODES:
            # only the rdf:type lines can add a node: jump to them instead of splitting every line
            nt, typ = res.nt, self._TYPE
            pos = nt.find(typ)
            while pos != -1:
                start = nt.rfind(b"\n", 0, pos) + 1
                end = nt.find(b"\n", pos)
                end = len(nt) if end == -1 else end
                self._node(nt[start:end])
                pos = nt.find(typ, end)
        if self.ttl is not None:
            self.ttl.write(res.own_ttl)
        self._shared(res.shared_nt)
        if self.nq is not None:
            g = f" <{res.graph}> .\n".encode()
            self.nq.write(b"".join(line[:-3] + g for line in res.nt.splitlines(keepends=True)))
        if self.jsonld is not None:
            import pyoxigraph as ox

            from .export import jsonld_document

            nodes = jsonld_document(list(ox.parse(res.nt, format=ox.RdfFormat.N_TRIPLES)))["@graph"]
            if not self._first_graph:
                self.jsonld.write(b",\n")
            self._first_graph = False
            self.jsonld.write(self._json({"@id": res.graph, "@graph": nodes}))

    def finish(self) -> None:
        if self.jsonld is not None:
            self.jsonld.write(b"\n]}\n")


# --------------------------------------------------------------------------- build


@dataclass
class BuildReport:
    articles: int = 0
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    outputs: list[Path] = field(default_factory=list)
    extracted: int = 0  # articles run through the extractors this time (< articles when incremental)
    reused: int = 0  # articles taken unchanged from the store
    removed: int = 0  # article graphs dropped from the store (their files went away)
    triples: int = 0  # distinct triples in graph.ttl
    chars: int = 0  # characters of the extracted articles
    nodes: int = 0  # estimated nodes of the HTML view (counted up to HTML_MAX_NODES + 1)
    html_skipped: str | None = None

    def as_markdown(self) -> str:
        lines = ["# kg build report", "", f"articles extracted: {self.articles}", ""]
        lines += ["| class | count |", "|---|---:|"]
        lines += [f"| {k} | {v} |" for k, v in sorted(self.counts.items())]
        lines += ["", f"problems: {len(self.problems)}"]
        lines += [f"- {p}" for p in self.problems]
        if self.html_skipped:
            lines += ["", f"graph.html: {self.html_skipped}"]
        lines += ["", "outputs:"] + [f"- {p.name}" for p in self.outputs]
        return "\n".join(lines) + "\n"


def _shown(path: str) -> str:
    from .read import shown

    return shown(path)


OUTPUT_NAMES = ("graph.ttl", "graph.nq", "graph.jsonld", "graph.html", "graph.graphml",
                "extractions.jsonl", "report.md")


def _claim_outputs(out: Path) -> IO[bytes]:
    """Lock ``out`` for this build and sweep temporary files a killed build left behind.

    The lock (held until the returned file is closed: use it in ``with``)
    keeps two builds from interleaving their writes into one folder; with it
    held, any ``.NAME.*.tmp`` there is debris of a dead run.
    """
    import fcntl

    lock = open(out / ".kg.lock", "a+b")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        lock.close()
        raise KgError(f"{out}: another kg build is writing this folder") from exc
    for name in OUTPUT_NAMES:
        for debris in out.glob(f".{name}.*.tmp"):
            debris.unlink(missing_ok=True)
    return lock


def _file_sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def build(sources: Sequence[str | Path] = DEFAULT_SOURCES, out_dir: str | Path = DEFAULT_OUT, *,
          base: str | None = None, jobs: int = 1, progress: bool = False, html: bool = True,
          on_problem: Callable[[Problem], None] | None = None, formats: Sequence[str] = DEFAULT_FORMATS,
          store: str | Path | None = None, engine: str = "local",
          scheduler: str | None = None) -> BuildReport:
    """Build graph.ttl (+ graph.nq, graph.jsonld), graph.html, extractions.jsonl and report.md.

    Every file is written atomically, so an interrupted build leaves the
    previous outputs whole.  ``store`` names an on-disk Oxigraph store that
    is updated incrementally: only files whose bytes changed are extracted.
    """
    from . import graph
    from .engine import ordered_map_started
    from .export import write_text
    from .read import discover, doc_id_of, shown
    from .vocab import DEFAULT_BASE

    base = base or DEFAULT_BASE
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        raise ValueError(f"unknown format(s) {', '.join(bad)}: expected some of {', '.join(FORMATS)}")
    formats = tuple(f for f in FORMATS if f in formats)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = BuildReport()

    def problem(p: Problem) -> None:
        report.problems.append(p)
        if on_problem is not None:
            on_problem(p)

    with _claim_outputs(out):  # the folder lock is held for the whole build, released on any exit
        found, problems = discover(sources)
        for p in problems:
            problem(p)
        # one article IRI per doc id: a second file with the same stem would merge into the first
        paths: list[Path] = []
        by_doc: dict[str, Path] = {}
        resolved_out = out.resolve()
        for p in found:
            if resolved_out in p.resolve().parents:
                continue  # kg's own outputs (--out inside a source folder) are not articles
            doc = doc_id_of(p)
            if doc in by_doc:
                problem(Problem(shown(p), f"same document id {doc!r} as {shown(by_doc[doc])}; skipped", "warning"))
                continue
            by_doc[doc] = p
            paths.append(p)

        kgs = None
        todo = paths
        entries: dict[str, Any] = {}
        if store is not None:
            from .store import KgStore

            kgs = KgStore(store)
            if not kgs.compatible(base):
                kgs.reset(base)
            entries = kgs.entries()
            todo = []
            for p in paths:
                e = entries.get(graph.article_iri(doc_id_of(p), base))
                if e is None or e.path != shown(p) or e.sha256 != _file_sha(p):
                    todo.append(p)
            kgs.add_default(graph.ontology_kinds_triples(base))
            kgs.close()  # workers must be forked while no store threads exist (see engine.ordered_map_started)

        report.extracted = 0
        counts: dict[str, int] = {}
        if len(todo) > 1:
            _prewarm(jobs, engine)
        bar = _progress(len(todo), progress)
        work = partial(_work_result, base=base)
        fresh = ordered_map_started(work, [str(p) for p in todo], jobs=jobs, engine=engine, scheduler=scheduler)
        if store is not None:
            kgs = KgStore(store)
        todo_set = {str(p) for p in todo}
        try:
            with ExitStack() as stack:
                w = _Writers(out, formats, stack, graph.ontology_kinds_triples(base))
                for p in paths:
                    giri = graph.article_iri(doc_id_of(p), base)
                    if str(p) in todo_set:
                        res = next(fresh)
                        if bar is not None:
                            bar.update(1)
                        if isinstance(res, Problem):
                            problem(res)
                            if kgs is not None and giri in entries:
                                kgs.remove(giri)  # its file is broken now: the old graph is stale
                            continue
                        report.extracted += 1
                        report.chars += res.chars
                        if kgs is not None:
                            if giri in entries:
                                kgs.remove(giri)
                            kgs.put(giri, res.nt, sha256=res.sha256, path=res.path, record=res.record,
                                    counts=res.counts)
                    else:
                        assert kgs is not None
                        rec, cnt = kgs.record(giri)
                        nt = kgs.ntriples(giri)
                        own, shared = _split(nt, giri)
                        res = ArticleResult(shown(p), doc_id_of(p), giri, entries[giri].sha256, rec, cnt, nt, own,
                                            shared)
                        report.reused += 1
                    w.add(res)
                    report.articles += 1
                    for k, v in res.counts.items():
                        counts[k] = counts.get(k, 0) + v
                if kgs is not None:
                    current = {graph.article_iri(doc_id_of(p), base) for p in paths}
                    for g in sorted(set(entries) - current):
                        kgs.remove(g)
                        report.removed += 1
                    kgs.flush()
                    # an article triple equal to a taxonomy triple may have left the merged graph
                    kgs.add_default(graph.ontology_kinds_triples(base))
                w.finish()
                report.triples = w.triples
                nodes = report.nodes = len(w.nodes)
                report.outputs += w.paths
        finally:
            fresh.close()
            if bar is not None:
                bar.close()
            if kgs is not None:
                kgs.close()
        report.counts = counts
        if html and "ttl" in formats:
            if nodes > HTML_MAX_NODES:
                report.html_skipped = (f"skipped: more than {HTML_MAX_NODES} nodes (too slow to lay out and "
                                       "draw); use `kg view graph.ttl --around NAME` or --province for a part")
            else:
                from . import view

                net = view.graph_to_network(out / "graph.ttl")
                view.write_html(net, out / "graph.html", title="kg: " + ", ".join(Path(s).name for s in sources))
                view.write_graphml(net, out / "graph.graphml")
                report.outputs += [out / "graph.html", out / "graph.graphml"]
        report.outputs.append(out / "report.md")
        write_text(out / "report.md", report.as_markdown())
    return report
