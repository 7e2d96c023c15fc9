"""The on-disk Oxigraph store behind incremental builds (``kg build --store DIR``).

Layout: one named graph per article (its article IRI) holding exactly the
triples of :func:`kg.graph.extraction_triples`; the *default graph* holds the
merged graph (the union of every article graph plus the supply taxonomy, i.e.
the triples of graph.ttl), which is what ``kg query --store`` queries; and a
bookkeeping graph ``urn:kg:build`` that records, per
article graph, the SHA-256 of the source file's bytes, its path, its JSONL
record and its class counts.  With those a rebuild re-extracts only files
whose bytes changed, drops graphs of files that went away, and still writes
every output (Turtle, N-Quads, JSON-LD, JSONL) for the whole corpus without
re-reading unchanged articles.  Bookkeeping lives outside the ``kg:``
vocabulary (``urn:kg:`` IRIs) because it describes the build, not the news.

Why a materialised merged graph: Oxigraph evaluates a query over "the union
of all named graphs" graph by graph, so a property path such as
``kg:containedInPlace*`` over 1k article graphs took minutes (264 s measured,
see bench/README.md) against milliseconds on the one merged graph.  The
merged graph is kept in sync incrementally: an article's triples enter it when
the article is put; when an article is removed, each of its triples leaves the
merged graph unless another article graph still states it (an index lookup
per triple, no extra reference counts to keep consistent).

Aggregates stay fast because the graph carries shortcut facts for them (see
:mod:`kg.graph`, "donation totals"): they are ordinary article triples, so they
enter and leave the store with their article and need no upkeep here.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

BOOK = ox.NamedNode("urn:kg:build")
_SETTINGS = ox.NamedNode("urn:kg:settings")
P_HASH = ox.NamedNode("urn:kg:contentHash")
P_PATH = ox.NamedNode("urn:kg:sourcePath")
P_RECORD = ox.NamedNode("urn:kg:record")
P_COUNTS = ox.NamedNode("urn:kg:counts")
P_BASE = ox.NamedNode("urn:kg:base")
P_FORMAT = ox.NamedNode("urn:kg:storeFormat")
# bump when the layout or the meaning of a graph changes: forces a full rebuild
# (3: article graphs carry the donation totals, kg:donatedQuantity sub-properties)
STORE_FORMAT = "3"


@dataclass(frozen=True)
class Entry:
    """What the store knows about one article graph."""

    graph: str
    sha256: str
    path: str


def _lit(quads: Iterable[ox.Quad]) -> str | None:
    for q in quads:
        return q.object.value
    return None


class KgStore:
    """A pyoxigraph on-disk Store with kg's bookkeeping; open, use, :meth:`close`."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only:
            if not self.path.is_dir():
                raise FileNotFoundError(f"{self.path}: no such store")
            self.store = ox.Store.read_only(str(self.path))
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            self.store = ox.Store(str(self.path))
        self._pending: list[ox.Quad] = []  # bookkeeping
        self._nq: list[bytes] = []  # article graphs + merged graph, as N-Quads
        self._nq_bytes = 0

    # -- settings ---------------------------------------------------------
    def compatible(self, base: str) -> bool:
        """True when the store was built with this base IRI and layout (else rebuild all)."""
        b = _lit(self.store.quads_for_pattern(_SETTINGS, P_BASE, None, BOOK))
        f = _lit(self.store.quads_for_pattern(_SETTINGS, P_FORMAT, None, BOOK))
        return b == base and f == STORE_FORMAT

    def reset(self, base: str) -> None:
        """Empty the store and record the settings of the build about to fill it."""
        self.store.clear()
        self.store.extend([ox.Quad(_SETTINGS, P_BASE, ox.Literal(base), BOOK),
                           ox.Quad(_SETTINGS, P_FORMAT, ox.Literal(STORE_FORMAT), BOOK)])

    # -- bookkeeping ------------------------------------------------------
    def entries(self) -> dict[str, Entry]:
        """Article graph IRI → (hash, path) of every article in the store."""
        hashes = {q.subject.value: q.object.value for q in self.store.quads_for_pattern(None, P_HASH, None, BOOK)}
        paths = {q.subject.value: q.object.value for q in self.store.quads_for_pattern(None, P_PATH, None, BOOK)}
        return {g: Entry(g, h, paths.get(g, "")) for g, h in hashes.items()}

    def record(self, graph: str) -> tuple[str, dict[str, int]]:
        """The stored JSONL record (JSON text) and class counts of an article."""
        g = ox.NamedNode(graph)
        rec = _lit(self.store.quads_for_pattern(g, P_RECORD, None, BOOK)) or "{}"
        counts = _lit(self.store.quads_for_pattern(g, P_COUNTS, None, BOOK)) or "{}"
        return rec, json.loads(counts)

    def ntriples(self, graph: str) -> bytes:
        """The article graph as sorted canonical N-Triples (what a worker would produce)."""
        lines = sorted(str(q.triple) for q in self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        return "".join(line + " .\n" for line in lines).encode("utf-8")

    # -- updates ----------------------------------------------------------
    def remove(self, graph: str) -> None:
        """Forget an article: its named graph, the triples only it put in the merged graph, its bookkeeping.

        Queued (not yet flushed) articles re-add their triples to the merged graph when
        flushed, so removing a triple that a queued article also states is safe.
        """
        g = ox.NamedNode(graph)
        if self.store.contains_named_graph(g):
            dg = ox.DefaultGraph()
            drop = []
            for q in self.store.quads_for_pattern(None, None, None, g):
                s, p, o = q.subject, q.predicate, q.object
                if not any(other.graph_name != g and other.graph_name != dg
                           for other in self.store.quads_for_pattern(s, p, o, None)):
                    drop.append(ox.Quad(s, p, o, dg))
            for q in drop:
                self.store.remove(q)
            self.store.remove_graph(g)
        for q in list(self.store.quads_for_pattern(g, None, None, BOOK)):
            self.store.remove(q)

    def put(self, graph: str, nt: bytes, *, sha256: str, path: str, record: str,
            counts: dict[str, int]) -> None:
        """Queue an article's graph and bookkeeping (written by :meth:`flush`).

        ``nt`` is canonical N-Triples (one ``<s> <p> o .`` per line, as
        :func:`kg.pipeline._result` makes it): each line goes to the article's graph
        (as N-Quads) and to the merged default graph, parsed once in Rust by
        ``bulk_load`` instead of building Python ``Quad`` objects (5× faster).
        """
        g = ox.NamedNode(graph)
        if nt:
            suffix = f" <{graph}> .\n".encode()
            lines = nt.splitlines()
            self._nq.append(b"".join(line[:-2] + suffix for line in lines))  # drop the final " ." of each
            self._nq.append(nt if nt.endswith(b"\n") else nt + b"\n")  # the merged graph
            self._nq_bytes += 2 * len(nt)
        self._pending += [
            ox.Quad(g, P_HASH, ox.Literal(sha256), BOOK),
            ox.Quad(g, P_PATH, ox.Literal(path), BOOK),
            ox.Quad(g, P_RECORD, ox.Literal(record), BOOK),
            ox.Quad(g, P_COUNTS, ox.Literal(json.dumps(counts, sort_keys=True)), BOOK),
        ]
        if self._nq_bytes >= 64 << 20 or len(self._pending) >= 200_000:
            self.flush()

    def add_default(self, triples: Iterable[ox.Triple]) -> None:
        """Add triples to the merged graph only (the supply taxonomy)."""
        self.store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)

    def flush(self) -> None:
        """Write queued quads in bulk loads (much faster than per-quad transactions)."""
        if self._nq:
            self.store.bulk_load(b"".join(self._nq), format=ox.RdfFormat.N_QUADS)
            self._nq, self._nq_bytes = [], 0
        if self._pending:
            self.store.bulk_extend(self._pending)
            self._pending = []

    def close(self) -> None:
        self.flush()
        if not getattr(self.store, "_read_only", False):
            try:
                self.store.flush()
            except Exception:  # read-only stores cannot flush
                pass
        del self.store

    # -- reading ----------------------------------------------------------
    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.store)

    def query(self, sparql: str, **kwargs):
        """SPARQL whose default graph is the merged graph (= graph.ttl; no bookkeeping in it).

        Per-article provenance stays reachable with ``GRAPH ?article { … }``.
        """
        return self.store.query(sparql, **kwargs)
