#!/usr/bin/env python3
"""Measure every gold set under tests/fixtures and write the floors tests/test_quality.py checks.

    .venv/bin/python tools/quality_floors.py [--margin 0.02] [--lower]

A floor is the measured figure minus ``--margin``, rounded down to two
places.  Existing floors are only raised, never lowered, unless ``--lower``
is given (say why in the commit).
"""
from __future__ import annotations

import argparse
import csv
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import headline_figures  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
FLOORS = FIXTURES / "quality_floors.tsv"
METRICS = ("ENT-all", "ENT-PER", "ENT-ORG", "ENT-LOC", "DONATION", "DONATION-ITEM", "SUPPLY",
           "POS-pair", "POS-triple", "PLACE-province", "PLACE-city", "PLACE-county")
HEADER = ("# Quality floors for tests/test_quality.py, written by tools/quality_floors.py:\n"
          "# measured figure minus a margin; raise them when quality rises.\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--margin", type=float, default=0.02)
    ap.add_argument("--lower", action="store_true", help="allow floors to go down")
    a = ap.parse_args()
    old: dict[tuple[str, str], float] = {}
    if FLOORS.exists():
        with FLOORS.open(encoding="utf-8") as fh:
            for r in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
                old[(r["set"], r["metric"])] = float(r["floor"])
    sets = sorted({str(p.parent.relative_to(FIXTURES)) for p in FIXTURES.glob("**/*.gold.json")})
    rows = []
    for s in sets:
        figures = headline_figures(FIXTURES / s)
        for m in METRICS:
            value = figures[m]
            floor = max(0.0, math.floor((value - a.margin) * 100) / 100)
            prev = old.get((s, m))
            if prev is not None and not a.lower:
                floor = max(floor, prev)
            rows.append((s, m, floor))
            print(f"{s:14s} {m:15s} {value:.3f}  floor {floor:.2f}" + (f" (was {prev:.2f})" if prev is not None else ""))
    with FLOORS.open("w", encoding="utf-8") as fh:
        fh.write(HEADER + "set\tmetric\tfloor\n")
        for s, m, f in rows:
            fh.write(f"{s}\t{m}\t{f:.2f}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
