#!/usr/bin/env python3
"""Run the supply-event extractor over the corpus with gold-derived mentions and score it.

Why gold mentions: the event rules are measured apart from the entity
extractor, so a miss here is an event-rule miss.

    python tools/eval_events.py [--out DIR] [--verbose]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.events import extract_events  # noqa: E402
from kg.record import event_record  # noqa: E402
from kg.model import Mention  # noqa: E402

CORPUS = Path("/work/shared/corpus")
SCORER = Path("/work/shared/eval/score.py")
_CC = opencc.OpenCC("t2s")
_PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]")


def simple_clean(raw: str) -> str:
    """Test-only cleaning: traditional → simplified, pinyin readings after CJK removed."""
    text = _CC.convert(raw)
    return re.sub(r"(?<=[\u4e00-\u9fff])" + _PINYIN.pattern, "", text)


def gold_mentions(text: str, gold: dict) -> list[Mention]:
    """Every occurrence of every alternative of every gold entity name."""
    out: list[Mention] = []
    for etype, names in (gold.get("entities") or {}).items():
        for name in names:
            alts = [a for a in name.split("|") if a]
            for alt in alts:
                for m in re.finditer(re.escape(alt), text):
                    full = alts[0] if alt != alts[0] else None
                    out.append(Mention(alt, etype, m.start(), m.end(), "gold", full))
    return out


def run(gold_dir: Path, out_path: Path) -> None:
    with out_path.open("w", encoding="utf-8") as fh:
        for g in sorted(gold_dir.glob("*.gold.json")):
            stem = g.name[: -len(".gold.json")]
            gold = json.loads(g.read_text(encoding="utf-8"))
            text = simple_clean((gold_dir / f"{stem}.txt").read_text(encoding="utf-8"))
            date = (gold.get("meta") or {}).get("date")
            evs = extract_events(text, gold_mentions(text, gold), article_date=date)
            rec = {"doc": stem, "supply_events": [event_record(e) for e in evs],
                   "rules": [e.rule for e in evs]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/eval_events"))
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--gold-dir", type=Path, action="append",
                    help="score this gold folder instead of the corpus splits (repeatable)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    dirs = args.gold_dir or [CORPUS / "dev", CORPUS / "seeds"]
    for gold_dir in dirs:
        split = gold_dir.name
        out = args.out / f"{split}.jsonl"
        run(gold_dir, out)
        print(f"## {split}")
        cmd = [sys.executable, str(SCORER), str(gold_dir), str(out)]
        if args.verbose:
            cmd.append("--verbose")
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
        keep = [ln for ln in res.stdout.splitlines()
                if any(k in ln for k in ("DONATION", "SUPPLY", "docs scored"))
                or (args.verbose and re.search(r"  (DONATION|SUPPLY)", ln))]
        print("\n".join(keep))
    return 0


if __name__ == "__main__":
    sys.exit(main())
