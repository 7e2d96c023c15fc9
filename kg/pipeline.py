"""Composition of the stages: read → clean → extract → resolve → graph → export.

``process_article`` is a pure function of one article (what workers run);
``extract`` streams extractions for many inputs, in parallel when asked, in
input order; ``build`` writes every output atomically.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .errors import InputError
from .model import Article, Extraction, Problem

DEFAULT_SOURCES = ("seeds",)
DEFAULT_OUT = "outputs"


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
        return Problem(path, f"internal error while extracting: {type(exc).__name__}: {exc}")


def _progress(total: int, enabled: bool):
    if not enabled or total < 20:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)


def extract(sources: Sequence[str | Path], *, jobs: int = 1, progress: bool = False,
            on_problem: Callable[[Problem], None] | None = None) -> Iterator[Extraction]:
    """Extractions of every readable article under ``sources``, in sorted input order.

    Problems (missing, unreadable or broken files) go to ``on_problem``; the
    run goes on without them.
    """
    from .read import discover

    report = on_problem or (lambda p: None)
    paths, problems = discover(sources)
    for p in problems:
        report(p)
    bar = _progress(len(paths), progress)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(paths) or 1))
    results: Iterable[Extraction | Problem]
    pool = None
    if jobs > 1:
        pool = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork").Pool(jobs)
        results = pool.imap(_work, [str(p) for p in paths], chunksize=8)
    else:
        results = map(_work, [str(p) for p in paths])
    try:
        for res in results:
            if bar is not None:
                bar.update(1)
            if isinstance(res, Problem):
                report(res)
            else:
                yield res
    finally:
        if bar is not None:
            bar.close()
        if pool is not None:
            pool.terminate()


@dataclass
class BuildReport:
    articles: int = 0
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    outputs: list[Path] = field(default_factory=list)

    def as_markdown(self) -> str:
        lines = ["# kg build report", "", f"articles extracted: {self.articles}", ""]
        lines += ["| class | count |", "|---|---:|"]
        lines += [f"| {k} | {v} |" for k, v in sorted(self.counts.items())]
        lines += ["", f"problems: {len(self.problems)}"]
        lines += [f"- {p}" for p in self.problems]
        lines += ["", "outputs:"] + [f"- {p.name}" for p in self.outputs]
        return "\n".join(lines) + "\n"


def build(sources: Sequence[str | Path] = DEFAULT_SOURCES, out_dir: str | Path = DEFAULT_OUT, *,
          base: str | None = None, jobs: int = 1, progress: bool = False, html: bool = True,
          on_problem: Callable[[Problem], None] | None = None) -> BuildReport:
    """Build graph.ttl, graph.html, extractions.jsonl and report.md into ``out_dir``.

    Every file is written atomically, so an interrupted build leaves the
    previous outputs whole.
    """
    from . import export, graph
    from .record import extraction_record
    from .vocab import DEFAULT_BASE

    base = base or DEFAULT_BASE
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = BuildReport()

    def problem(p: Problem) -> None:
        report.problems.append(p)
        if on_problem is not None:
            on_problem(p)

    records = []
    triples = list(graph.ontology_kinds_triples(base))
    counts: dict[str, int] = {}
    for ex in extract(sources, jobs=jobs, progress=progress, on_problem=problem):
        report.articles += 1
        records.append(extraction_record(ex))
        triples.extend(graph.extraction_triples(ex, base))
        for ent in ex.entities:
            counts[ent.type] = counts.get(ent.type, 0) + 1
        for ev in ex.events:
            counts[ev.type] = counts.get(ev.type, 0) + 1
        counts["position"] = counts.get("position", 0) + len(ex.positions)
    report.counts = counts
    ttl = out / "graph.ttl"
    export.write_turtle(triples, ttl)
    export.write_jsonl(records, out / "extractions.jsonl")
    report.outputs += [ttl, out / "extractions.jsonl"]
    if html:
        from . import view

        net = view.graph_to_network(ttl)
        view.write_html(net, out / "graph.html", title="kg: " + ", ".join(str(s) for s in sources))
        view.write_graphml(net, out / "graph.graphml")
        report.outputs += [out / "graph.html", out / "graph.graphml"]
    report.outputs.append(out / "report.md")
    export.write_text(out / "report.md", report.as_markdown())
    return report
