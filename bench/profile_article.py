"""Per-article worker CPU of ``kg build``: time (or profile) ``pipeline._work_result`` in one process.

Usage::

    PYTHONPATH=. python bench/profile_article.py DIR [DIR ...] [--passes 3] [--profile N] [--stages]

Every ``*.txt`` under the folders is read once as a warm-up, then timed ``--passes`` times
(process CPU time, best pass reported).  With ``--warm DIR`` each pass first empties kg's
text-keyed memo caches (bounded ``lru_cache``s, the segmenter's block cache) and runs the
articles of DIR, so the timed articles are unseen, as in a build (a cache must pay off
across different articles, not by seeing the same ones again).  ``--profile N`` prints cProfile's top N functions
(cumulative and own time) of one more pass; ``--stages`` times each stage of the worker
(read, clean, mentions, positions, events, resolve, RDF terms, split + Turtle, record)
separately, best of the passes.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path


def _paths(dirs: list[str]) -> list[str]:
    out: list[str] = []
    for d in dirs:
        p = Path(d)
        out.extend(sorted(str(x) for x in p.rglob("*.txt") if x.name.lower() != "readme.txt") if p.is_dir()
                   else [str(p)])
    return out


def _reset_text_caches() -> None:
    """Empty the memo caches keyed by article text (bounded lru_caches, segment blocks); the
    per-process tables (``maxsize`` None or 1) stay."""
    import functools

    for name, mod in list(sys.modules.items()):
        if not name.startswith("kg") or mod is None:
            continue
        for obj in vars(mod).values():
            if (isinstance(obj, functools._lru_cache_wrapper)
                    and obj.cache_parameters().get("maxsize") not in (None, 1)):
                obj.cache_clear()
    from kg.segment import get_segmenter

    blocks = getattr(get_segmenter(), "_blocks", None)
    if blocks is not None:
        blocks.clear()


def _stages(paths: list[str], base: str) -> dict[str, float]:
    """CPU seconds per stage over all paths (one pass)."""
    from kg import graph, pipeline
    from kg.clean import clean
    from kg.extract.entities import extract_mentions
    from kg.extract.events import extract_events
    from kg.extract.positions import extract_positions
    from kg.model import Extraction
    from kg.read import read_article
    from kg.record import extraction_record
    from kg.resolve import resolve_entities

    t: dict[str, float] = {k: 0.0 for k in ("read", "clean", "mentions", "positions", "events", "resolve",
                                            "terms", "sort", "split+ttl", "record")}
    clock = time.process_time
    for path in paths:
        t0 = clock()
        art = read_article(Path(path))
        t1 = clock()
        text = clean(art)
        t2 = clock()
        mentions = extract_mentions(text.text, text.zones)
        t3 = clock()
        positions = extract_positions(text.text, mentions, text.zones)
        t4 = clock()
        events = extract_events(text.text, mentions, article_date=text.meta.date, zones=text.zones)
        t5 = clock()
        entities = resolve_entities(mentions, text.meta, art.doc_id)
        t6 = clock()
        ex = Extraction(article=art, meta=text.meta, entities=entities, positions=tuple(positions),
                        events=tuple(events), clean=text)
        iri = graph.article_iri(art.doc_id, base)
        terms = graph.extraction_terms(ex, base)
        t7 = clock()
        terms = sorted(terms)
        t8 = clock()
        pipeline._split_terms(terms, iri)
        t9 = clock()
        json.dumps(extraction_record(ex), ensure_ascii=False, sort_keys=True)
        t10 = clock()
        for k, a, b in (("read", t0, t1), ("clean", t1, t2), ("mentions", t2, t3), ("positions", t3, t4),
                        ("events", t4, t5), ("resolve", t5, t6), ("terms", t6, t7), ("sort", t7, t8),
                        ("split+ttl", t8, t9), ("record", t9, t10)):
            t[k] += b - a
    return t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    ap.add_argument("--stages", action="store_true")
    ap.add_argument("--dump", metavar="FILE", help="with --profile: also write the pstats file")
    ap.add_argument("--warm", metavar="DIR", help="unseen-articles mode: see above")
    args = ap.parse_args(argv)

    from kg import pipeline
    from kg.vocab import DEFAULT_BASE

    paths = _paths(args.dirs)
    chars = sum(len(Path(p).read_text(encoding="utf-8", errors="replace")) for p in paths)
    work = pipeline._work_result
    warm = _paths([args.warm]) if args.warm else paths

    def prepare() -> None:
        if args.warm:
            _reset_text_caches()
        for p in warm:  # warm-up: tables, caches, jieba
            work(p, DEFAULT_BASE)

    best = float("inf")
    for _ in range(args.passes):
        prepare()
        t0 = time.process_time()
        for p in paths:
            work(p, DEFAULT_BASE)
        best = min(best, time.process_time() - t0)
    n = len(paths)
    print(json.dumps({"articles": n, "chars_per_article": round(chars / max(n, 1)),
                      "ms_per_article": round(1000 * best / max(n, 1), 3),
                      "chars_per_s": round(chars / best) if best else None}))
    if args.stages:
        stage_best: dict[str, float] = {}
        for _ in range(args.passes):
            prepare()
            for k, v in _stages(paths, DEFAULT_BASE).items():
                stage_best[k] = min(stage_best.get(k, float("inf")), v)
        print(json.dumps({k: round(1000 * v / n, 3) for k, v in stage_best.items()}
                         | {"sum": round(1000 * sum(stage_best.values()) / n, 3)}))
    if args.profile:
        prepare()
        prof = cProfile.Profile()
        prof.enable()
        for p in paths:
            work(p, DEFAULT_BASE)
        prof.disable()
        if args.dump:
            prof.dump_stats(args.dump)
        st = pstats.Stats(prof, stream=sys.stdout)
        st.sort_stats("cumulative").print_stats(args.profile)
        st.sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
