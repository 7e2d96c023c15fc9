"""The thin command line over :mod:`kg.pipeline` and friends.

Exit codes: 0 every input used / graph conforms; 1 some inputs skipped /
graph does not conform; 2 the run failed (bad arguments, unreadable graph,
internal error).
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import unicodedata
from pathlib import Path
from typing import Sequence

from . import __version__
from .errors import KgError
from .model import Problem

EXIT_OK, EXIT_SKIPPED, EXIT_FAILED = 0, 1, 2


def _say_problem(p: Problem) -> None:
    print(f"kg: skipped {p}", file=sys.stderr)


def _jobs(value: int | None) -> int:
    return value if value and value > 0 else (os.cpu_count() or 1)


def cmd_build(args: argparse.Namespace) -> int:
    from .pipeline import DEFAULT_SOURCES, build

    sources = args.sources or list(DEFAULT_SOURCES)
    formats = [f.strip() for f in (args.formats or "ttl").split(",") if f.strip()]
    try:
        report = build(sources, args.out, base=args.base, jobs=_jobs(args.jobs),
                       progress=not args.quiet, html=not args.no_html, on_problem=_say_problem,
                       formats=formats, store=args.store, engine=args.engine, scheduler=args.scheduler)
    except (ValueError, RuntimeError, OSError) as exc:
        raise KgError(str(exc)) from exc
    if not args.quiet:
        print(f"kg: {report.articles} articles → {args.out}/ "
              + " ".join(f"{k}={v}" for k, v in sorted(report.counts.items())), file=sys.stderr)
        if args.store:
            print(f"kg: store {args.store}: extracted {report.extracted}, reused {report.reused}, "
                  f"removed {report.removed}", file=sys.stderr)
        if report.html_skipped:
            print(f"kg: graph.html {report.html_skipped}", file=sys.stderr)
    if report.articles == 0:
        print("kg: no article could be read", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_SKIPPED if report.problems else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from .export import write_jsonl
    from .pipeline import extract
    from .record import extraction_record

    problems: list[Problem] = []

    def on_problem(p: Problem) -> None:
        problems.append(p)
        _say_problem(p)

    records = [extraction_record(ex) for ex in
               extract(args.sources, jobs=_jobs(args.jobs), progress=not args.quiet, on_problem=on_problem,
                       engine=args.engine, scheduler=args.scheduler)]
    write_jsonl(records, Path(args.jsonl))
    if not records:
        return EXIT_FAILED
    return EXIT_SKIPPED if problems else EXIT_OK


def _load_graph(path: str, fast: bool = True):
    """rdflib over Oxigraph (fast); rdflib's own store when bindings are needed (oxrdflib
    only binds projected variables)."""
    from rdflib import Graph

    p = Path(path)
    if not p.is_file():
        raise KgError(f"{path}: no such graph file")
    try:
        g = Graph(store="Oxigraph") if fast else Graph()
    except Exception:  # oxrdflib missing: rdflib's memory store is slower but fine
        g = Graph()
    fmt = {".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld"}.get(p.suffix, "turtle")
    try:
        g.parse(str(p), format=fmt)
    except Exception as exc:
        raise KgError(f"{path}: not a readable {fmt} graph ({exc})") from exc
    return g


def _query_text(q: str) -> str:
    p = Path(q)
    if q.endswith(".rq"):
        if not p.is_file():
            raise KgError(f"{q}: no such query file")
        return p.read_text(encoding="utf-8")
    return q


def _bindings(pairs: Sequence[str]) -> dict:
    """``name=value`` pairs as SPARQL bindings: user values are bound, never spliced into the text."""
    from rdflib import Literal, Variable

    out = {}
    for pair in pairs:
        var, sep, value = pair.partition("=")
        if not sep or not var.isidentifier():
            raise KgError(f"--bind {pair!r}: expected NAME=VALUE")
        out[Variable(var)] = Literal(value)
    return out


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _print_rows(names: list[str], rows: list[list[str]], fmt: str) -> int:
    """SELECT results as a CJK-aligned table, CSV or JSON on stdout."""
    if fmt == "json":
        print(json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=1))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
        sys.stdout.write(buf.getvalue())
    else:
        widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]
        print(" | ".join(_pad(n, w) for n, w in zip(names, widths)).rstrip())
        print("-+-".join("-" * w for w in widths))
        for r in rows:
            print(" | ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip())
        print(f"({len(rows)} rows)", file=sys.stderr)
    return EXIT_OK


def _cell(term) -> str:
    return "" if term is None else str(term)


def _query_store(args: argparse.Namespace) -> int:
    """``kg query --store DIR QUERY``: SPARQL on the store's merged graph (+ ``GRAPH ?article``)."""
    import pyoxigraph as ox

    from .store import KgStore

    text = args.query if args.query is not None else args.graph
    if text is None:
        raise KgError("kg query --store DIR QUERY: give a query (text or .rq file)")
    subs = {ox.Variable(str(k)): ox.Literal(str(v)) for k, v in _bindings(args.bind or []).items()}
    try:
        st = KgStore(args.store, read_only=True)
        result = st.query(_query_text(text), substitutions=subs)
    except (OSError, SyntaxError) as exc:
        raise KgError(f"{args.store}: query failed: {exc}") from exc
    if isinstance(result, ox.QueryBoolean) or isinstance(result, bool):
        print("true" if bool(result) else "false")
        return EXIT_OK
    if isinstance(result, ox.QueryTriples):
        sys.stdout.write(ox.serialize(result, format=ox.RdfFormat.TURTLE).decode("utf-8"))
        return EXIT_OK
    names = [v.value for v in result.variables]
    rows = [["" if sol[n] is None else sol[n].value for n in names] for sol in result]
    return _print_rows(names, rows, args.format)


def cmd_query(args: argparse.Namespace) -> int:
    if getattr(args, "store", None):
        return _query_store(args)
    if args.graph is None or args.query is None:
        raise KgError("kg query GRAPH QUERY (or kg query --store DIR QUERY)")
    bindings = _bindings(args.bind or [])
    g = _load_graph(args.graph, fast=not bindings)
    try:
        result = g.query(_query_text(args.query), initBindings=bindings)
    except Exception as exc:
        raise KgError(f"query failed: {exc}") from exc
    if result.type == "ASK":
        print("true" if result.askAnswer else "false")
        return EXIT_OK
    if result.type == "CONSTRUCT" or result.type == "DESCRIBE":
        sys.stdout.write(result.serialize(format="turtle").decode("utf-8"))
        return EXIT_OK
    names = [str(v) for v in result.vars]
    rows = [[_cell(r[i]) for i in range(len(names))] for r in result]
    return _print_rows(names, rows, args.format)


def cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate

    if not Path(args.graph).is_file():
        raise KgError(f"{args.graph}: no such graph file")
    conforms, text = validate(Path(args.graph))
    print(text if not conforms else f"{args.graph}: conforms to the kg shapes")
    return EXIT_OK if conforms else EXIT_SKIPPED


def cmd_view(args: argparse.Namespace) -> int:
    from . import view

    if not Path(args.graph).is_file():
        raise KgError(f"{args.graph}: no such graph file")
    net = view.graph_to_network(args.graph)
    if args.per_province:
        return _view_per_province(net, Path(args.per_province), args)
    shown = view.write_html(net, Path(args.out), title=f"kg: {Path(args.graph).name}", around=args.around,
                            depth=args.depth, classes=args.classes or (), province=args.province)
    if args.graphml:
        view.write_graphml(shown, Path(args.graphml))
    print(f"kg: wrote {args.out}", file=sys.stderr)
    return EXIT_OK


def _view_per_province(net, out_dir: Path, args: argparse.Namespace) -> int:
    """One HTML view per province, named by the province (index.html lists them)."""
    import html

    from . import view
    from .export import write_text

    provinces = sorted({d["province"] for d in net.nodes.values() if d.get("province")})
    out_dir.mkdir(parents=True, exist_ok=True)
    links = []
    for i, prov in enumerate(provinces):
        name = f"province-{i:02d}.html"
        view.write_html(net, out_dir / name, title=f"kg: {prov}", province=prov,
                        classes=args.classes or ())
        links.append(f'<li><a href="{name}">{html.escape(prov)}</a></li>')
    write_text(out_dir / "index.html",
               '<!doctype html><meta charset="utf-8"><title>kg: provinces</title>'
               f"<ul>{''.join(links)}</ul>\n")
    print(f"kg: wrote {len(provinces)} province views to {out_dir}/", file=sys.stderr)
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_dir, rule_table_markdown
    from .scoring import markdown_table

    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        raise KgError(f"{gold_dir}: not a directory")
    if not any(gold_dir.glob("*.txt")):
        raise KgError(f"{gold_dir}: no .txt articles")
    result, rules = evaluate_dir(gold_dir, jobs=_jobs(args.jobs), on_problem=_say_problem)
    print(markdown_table(result))
    if args.per_rule:
        print()
        print(rule_table_markdown(rules))
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from Chinese local news.")
    ap.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="articles → graph.ttl, graph.html, extractions.jsonl, report.md")
    b.add_argument("sources", nargs="*", help="files or folders (default: seeds/)")
    b.add_argument("--out", default="outputs", help="output folder (default: outputs/)")
    b.add_argument("--base", default=None, help="base IRI of kg's resources")
    b.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    b.add_argument("--no-html", action="store_true", help="skip the HTML view")
    b.add_argument("--formats", default="ttl",
                   help="comma-separated graph formats: ttl,nq,jsonld (default: ttl)")
    b.add_argument("--store", metavar="DIR",
                   help="on-disk Oxigraph store: incremental builds (only changed files are extracted)")
    b.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where extraction runs: local processes (default) or a Dask cluster")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a LocalCluster")
    b.add_argument("--quiet", "-q", action="store_true")
    b.set_defaults(func=cmd_build)

    e = sub.add_parser("extract", help="articles → extraction JSONL (no graph)")
    e.add_argument("sources", nargs="+")
    e.add_argument("--jsonl", required=True, help="output file")
    e.add_argument("--jobs", type=int, default=0)
    e.add_argument("--engine", choices=("local", "dask"), default="local")
    e.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address")
    e.add_argument("--quiet", "-q", action="store_true")
    e.set_defaults(func=cmd_extract)

    q = sub.add_parser("query", help="SPARQL over a graph file (or a --store)")
    q.add_argument("graph", nargs="?", help="graph file (.ttl/.nt/.nq/.jsonld); omit with --store")
    q.add_argument("query", nargs="?", help="a .rq file or the query text")
    q.add_argument("--store", metavar="DIR", help="query this kg store: its default graph is the merged graph (as graph.ttl), "
                        "GRAPH ?g reaches one article's graph")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--bind", action="append", metavar="NAME=VALUE",
                   help="bind a query variable to a string (repeatable); parameterised, never concatenated")
    q.set_defaults(func=cmd_query)

    v = sub.add_parser("validate", help="SHACL-validate a graph against ontology/shapes.ttl")
    v.add_argument("graph")
    v.set_defaults(func=cmd_validate)

    w = sub.add_parser("view", help="a graph file → self-contained HTML network view")
    w.add_argument("graph")
    w.add_argument("--out", default="graph.html")
    w.add_argument("--around", help="focus on the node with this name or alias")
    w.add_argument("--depth", type=int, default=2)
    w.add_argument("--class", dest="classes", action="append", help="keep only this class (repeatable)")
    w.add_argument("--province", help="keep only nodes in this province")
    w.add_argument("--graphml", help="also write GraphML here")
    w.add_argument("--per-province", metavar="DIR", help="write one view per province into DIR instead")
    w.set_defaults(func=cmd_view)

    ev = sub.add_parser("evaluate", help="extract a gold folder and score it")
    ev.add_argument("gold_dir")
    ev.add_argument("--per-rule", action="store_true", help="print the per-rule table")
    ev.add_argument("--jobs", type=int, default=0)
    ev.set_defaults(func=cmd_evaluate)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_OK
