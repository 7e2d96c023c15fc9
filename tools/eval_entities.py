"""Run the entity and position extractors over the seed and dev corpora and score them.

    .venv/bin/python tools/eval_entities.py [--verbose]

Cleaning here is a stand-in for kg.clean: OpenCC t2s and pinyin readings removed.
Writes /tmp/kg_eval/{seeds,dev}.jsonl, runs the shared scorer, prints per-rule
fired / correct / wrong counts and extraction speed.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import opencc  # noqa: E402

from kg.extract.entities import extract_mentions  # noqa: E402
from kg.extract.positions import extract_positions  # noqa: E402

CORPUS = Path("/work/shared/corpus")
SCORER = Path("/work/shared/eval/score.py")
_CC = opencc.OpenCC("t2s")
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def clean(raw: str) -> str:
    return _PINYIN.sub("", _CC.convert(raw))


def group(mentions) -> dict[str, list[str]]:
    """One entry per referent: fullest form first, other forms as | alternatives."""
    out: dict[str, dict[str, list[str]]] = {"PER": {}, "ORG": {}, "LOC": {}}
    for m in mentions:
        key = m.full or m.text
        alts = out[m.type].setdefault(key, [key])
        if m.text not in alts:
            alts.append(m.text)
    return {t: ["|".join(a) for a in d.values()] for t, d in out.items()}


def _norm(s: str) -> set[str]:
    return {x.replace("“", "").replace("”", "") for x in s.split("|")}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    outdir = Path("/tmp/kg_eval")
    outdir.mkdir(exist_ok=True)
    rule_stats: Counter = Counter()
    total_chars = 0
    total_time = 0.0
    for split in ("seeds", "dev"):
        lines = []
        for txt in sorted((CORPUS / split).glob("*.txt")):
            gold = json.loads(txt.with_suffix(".gold.json").read_text(encoding="utf-8"))
            text = clean(txt.read_text(encoding="utf-8"))
            t0 = time.perf_counter()
            mentions = extract_mentions(text)
            total_time += time.perf_counter() - t0
            total_chars += len(text)
            positions = extract_positions(text, mentions)
            gold_names = {t: set().union(*[_norm(g) for g in gold["entities"].get(t, [])] or [set()]) for t in ("PER", "ORG", "LOC")}
            for m in mentions:
                ok = m.text in gold_names[m.type] or (m.full or "") in gold_names[m.type]
                rule_stats[(m.rule, ok)] += 1
            rec = {"doc": txt.stem, "entities": group(mentions),
                   "positions": [{"person": p.person, "title": p.title, "org": p.org} for p in positions]}
            lines.append(json.dumps(rec, ensure_ascii=False))
        out = outdir / f"{split}.jsonl"
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"===== {split}")
        cmd = [sys.executable, str(SCORER), str(CORPUS / split), str(out)]
        if args.verbose:
            cmd.append("--verbose")
        subprocess.run(cmd, check=False)
    print("===== rules (mentions: correct / wrong)")
    for r in sorted({k[0] for k in rule_stats}):
        print(f"{r:16s} {rule_stats[(r, True)]:5d} {rule_stats[(r, False)]:5d}")
    print(f"speed: {total_chars / total_time:,.0f} chars/s over {total_chars} chars (first call includes warm-up)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
