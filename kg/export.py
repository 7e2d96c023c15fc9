"""Deterministic, atomic writers for every file kg produces.

Atomic: each writer writes a temporary file in the target's directory, fsyncs
it and ``os.replace``s it over the target, so a crash or an exception midway
leaves the previous file intact (readers never see half a graph).
Deterministic: triples/quads are sorted by their N-Triples form and prefixes
are fixed, so the same input gives byte-identical files run to run
(Oxigraph keeps insertion order otherwise).
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

import pyoxigraph as ox

from .vocab import KG, OA, ORG, PROV, SCHEMA, SKOS

__all__ = [
    "PREFIXES",
    "atomic_open",
    "sorted_triples",
    "sorted_quads",
    "write_turtle",
    "write_ntriples",
    "write_nquads",
    "write_jsonld",
    "write_jsonl",
    "write_text",
    "write_graphml",
]

PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "prov": str(PROV),
    "oa": str(OA),
    "skos": str(SKOS),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_RDF_TYPE = PREFIXES["rdf"] + "type"
_XSD_STRING = PREFIXES["xsd"] + "string"


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "wb", encoding: str | None = None) -> Iterator[IO[Any]]:
    """Open a temp file beside ``path``; on clean exit fsync and rename it over ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        kwargs = {"encoding": encoding or "utf-8", "newline": "\n"} if "b" not in mode else {}
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file normal permissions
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename durable (not possible on every OS)
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def sorted_triples(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    """Distinct triples in N-Triples string order (groups each subject's triples)."""
    return sorted(set(triples), key=str)


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    return sorted(set(quads), key=lambda q: (str(q.graph_name), str(q.triple)))


def _as_triples(items: Iterable[ox.Triple | ox.Quad]) -> list[ox.Triple]:
    return [t.triple if isinstance(t, ox.Quad) else t for t in items]


def write_turtle(triples: Iterable[ox.Triple | ox.Quad], path: Path) -> None:
    """Turtle via pyoxigraph, sorted, with the fixed prefixes (quads lose their graph)."""
    data = ox.serialize(sorted_triples(_as_triples(triples)), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    # write the @prefix header ourselves, in PREFIXES order: byte-identical whatever order
    # the serialiser happens to emit its prefix map in
    lines = data.split(b"\n")
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix "):
        n += 1
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()).encode()
    with atomic_open(path) as fh:
        fh.write(header)
        fh.write(b"\n".join(lines[n:]))


def write_ntriples(triples: Iterable[ox.Triple | ox.Quad], path: Path) -> None:
    """N-Triples, sorted: the best format for bulk loading and diffing."""
    data = ox.serialize(sorted_triples(_as_triples(triples)), format=ox.RdfFormat.N_TRIPLES)
    with atomic_open(path) as fh:
        fh.write(data)


def write_nquads(quads: Iterable[ox.Quad], path: Path) -> None:
    """N-Quads, sorted by graph then triple (one named graph per article)."""
    data = ox.serialize(sorted_quads(quads), format=ox.RdfFormat.N_QUADS)
    with atomic_open(path) as fh:
        fh.write(data)


def _compact(iri: str) -> str:
    for p, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            local = iri[len(ns):]
            if all(c.isalnum() or c in "_-" for c in local):
                return f"{p}:{local}"
    return iri


def _jsonld_object(o: ox.NamedNode | ox.Literal | ox.BlankNode) -> dict[str, str]:
    if isinstance(o, ox.NamedNode):
        return {"@id": o.value}
    if isinstance(o, ox.BlankNode):
        return {"@id": f"_:{o.value}"}
    if o.language:
        return {"@value": o.value, "@language": o.language}
    if o.datatype.value == _XSD_STRING:
        return {"@value": o.value}
    return {"@value": o.value, "@type": _compact(o.datatype.value)}


def jsonld_document(triples: Iterable[ox.Triple | ox.Quad]) -> dict[str, Any]:
    """A JSON-LD 1.1 document: @context of the fixed prefixes, one node per subject, sorted."""
    nodes: dict[str, dict[str, Any]] = {}
    for t in sorted_triples(_as_triples(triples)):
        s = t.subject
        sid = s.value if isinstance(s, ox.NamedNode) else f"_:{s.value}"
        node = nodes.setdefault(sid, {"@id": sid})
        if t.predicate.value == _RDF_TYPE and isinstance(t.object, ox.NamedNode):
            node.setdefault("@type", []).append(_compact(t.object.value))
        else:
            node.setdefault(_compact(t.predicate.value), []).append(_jsonld_object(t.object))
    return {"@context": dict(PREFIXES), "@graph": [nodes[k] for k in sorted(nodes)]}


def write_jsonld(triples: Iterable[ox.Triple | ox.Quad], path: Path) -> None:
    """JSON-LD with a prefix @context (pyoxigraph's own writer emits no context)."""
    text = json.dumps(jsonld_document(triples), ensure_ascii=False, sort_keys=True, indent=1)
    write_text(path, text + "\n")


def write_jsonl(records: Iterable[dict[str, Any]], path: Path) -> None:
    """One JSON object per line, keys sorted, UTF-8 (not \\u escapes)."""
    with atomic_open(path, "w") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True))
            fh.write("\n")


def write_text(path: Path, text: str) -> None:
    """UTF-8 text, LF line ends, atomically."""
    with atomic_open(path, "w") as fh:
        fh.write(text)


def write_graphml(nx_graph: Any, path: Path) -> None:
    """GraphML of a networkx graph; string attributes are cleaned of XML-illegal characters."""
    import networkx as nx

    from .graph import clean_literal

    def fix(d: dict[str, Any]) -> dict[str, Any]:
        return {clean_literal(str(k)): (clean_literal(v) if isinstance(v, str) else v) for k, v in d.items()}

    g = nx_graph.__class__()
    g.graph.update(fix(nx_graph.graph))
    ids = {n: clean_literal(str(n)) for n in nx_graph.nodes}
    for n, d in nx_graph.nodes(data=True):
        g.add_node(ids[n], **fix(d))
    if nx_graph.is_multigraph():
        for u, v, k, d in nx_graph.edges(keys=True, data=True):
            g.add_edge(ids[u], ids[v], key=k, **fix(d))
    else:
        for u, v, d in nx_graph.edges(data=True):
            g.add_edge(ids[u], ids[v], **fix(d))
    with atomic_open(path) as fh:
        nx.write_graphml(g, fh, encoding="utf-8")
