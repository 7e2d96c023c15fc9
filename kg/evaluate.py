"""Extractions against a gold folder: the scorer's figures plus a per-rule table.

The per-rule table says, for every rule, how often it fired and how often
what it produced is in the gold, so rules are kept or cut on evidence.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from . import scoring
from .model import Extraction, Problem
from .record import extraction_record


@dataclass(frozen=True)
class RuleStats:
    rule: str
    fired: int
    correct: int

    @property
    def wrong(self) -> int:
        return self.fired - self.correct

    @property
    def precision(self) -> float:
        return self.correct / self.fired if self.fired else 0.0


def _gold_names(gold: dict, etype: str) -> set[str]:
    out: set[str] = set()
    for name in scoring._list(scoring._dict(gold.get("entities")).get(etype)):
        out |= scoring.alts(name) - scoring.NONE_ALT
    return out


def _gold_event_keys(gold: dict) -> set[tuple]:
    keys = set()
    for it in scoring.extract_items(gold)["SUPPLY"]:
        keys.add(it.key)
    return keys


def rule_table(extractions: Iterable[Extraction], gold_docs: dict[str, dict]) -> list[RuleStats]:
    """Fired/correct per rule over mentions, positions and supply events (unique per article)."""
    fired: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for ex in extractions:
        gold = gold_docs.get(ex.article.doc_id)
        if gold is None:
            continue
        seen: set[tuple] = set()

        def tally_once(key: tuple, hit: bool) -> None:
            """Count a (rule, …) finding once per article: sets, as the scorer counts them."""
            if key not in seen:
                seen.add(key)
                fired[key[0]] += 1
                correct[key[0]] += hit

        for ent in ex.entities:
            gnames = _gold_names(gold, ent.type)
            for m in ent.mentions:
                tally_once((m.rule, ent.type, m.text), bool(scoring.alts(m.text) & gnames))
        gold_pos = {it.key for it in scoring.extract_items(gold)["POS-pair"]}
        for p in ex.positions:
            tally_once((p.rule, p.person, p.title),
                       (scoring.alts(p.person), scoring.alts(p.title)) in gold_pos)
        gold_events = _gold_event_keys(gold)
        for ev in ex.events:
            for it in ev.items:
                fired[ev.rule] += 1
                k = (scoring.alts(ev.type), scoring.alts(it.name), scoring.Qty.of(it.quantity),
                     scoring.alts(it.unit))
                if any(scoring.key_match(k, g) for g in gold_events):
                    correct[ev.rule] += 1
    return [RuleStats(r, fired[r], correct[r]) for r in sorted(fired)]


def evaluate(extractions: list[Extraction], gold_dir: Path) -> tuple[dict, list[RuleStats]]:
    gold = scoring.load_gold_dir(gold_dir)
    preds = {ex.article.doc_id: json.loads(json.dumps(extraction_record(ex))) for ex in extractions}
    result = scoring.score_documents(gold, preds)
    return result, rule_table(extractions, gold)


def rule_table_markdown(stats: list[RuleStats]) -> str:
    lines = ["| rule | fired | correct | wrong | precision |", "|---|---:|---:|---:|---:|"]
    for s in sorted(stats, key=lambda s: (-s.fired, s.rule)):
        lines.append(f"| {s.rule} | {s.fired} | {s.correct} | {s.wrong} | {s.precision:.2f} |")
    return "\n".join(lines)


def evaluate_dir(gold_dir: Path, jobs: int = 1,
                 on_problem: Callable[[Problem], None] | None = None) -> tuple[dict, list[RuleStats]]:
    """Extract ``gold_dir/*.txt`` and score it against the ``*.gold.json`` beside them."""
    from .pipeline import extract  # the pipeline imports this module's neighbours; keep it lazy

    sources = sorted(str(p) for p in Path(gold_dir).glob("*.txt"))
    return evaluate(list(extract(sources, jobs=jobs, on_problem=on_problem)), Path(gold_dir))


def headline_figures(gold_dir: Path, jobs: int = 1) -> dict[str, float]:
    """F1 per metric and accuracy per place/meta field of ``gold_dir``."""
    result, _ = evaluate_dir(gold_dir, jobs=jobs)
    figures = {name: m["f1"] for name, m in result["metrics"].items()}
    figures.update({name: a["acc"] for name, a in result["accuracy"].items()})
    return figures
