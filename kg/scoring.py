# Vendored from the project's shared evaluation kit (eval/score.py) so that `kg evaluate`
# scores exactly as the yardstick does without reading anything outside the package.
#!/usr/bin/env python3
"""Score knowledge-graph extractions against a gold folder.

    python score.py GOLD_DIR PRED.jsonl [--json OUT.json] [--verbose]

GOLD_DIR holds NAME.txt + NAME.gold.json pairs (schema: ANNOTATION.md); only
stems with both files count.  PRED.jsonl holds one object per article,
``{"doc": STEM, "entities": {...}, "supply_events": [...], "positions": [...],
"places": {...}, "meta": {...}}``; any field may be missing.  A gold article
with no prediction line is scored as an empty prediction.

Matching rules (both sides):

* Every name is normalised: NFKC, OpenCC t2s, all whitespace and the marks
  “”‘’"'《》「」『』 removed, ASCII lower-cased.
* A value may hold alternatives separated by ``|``; two values match when
  their alternative sets share a normalised member (so a gold file fed back
  as a prediction scores 1.0).
* Matching is one-to-one (maximum bipartite matching): every gold item and
  every prediction is used at most once.
* Quantities must be JSON numbers; they are compared numerically (``None``
  equals ``None``).  A string such as ``"75万"`` or ``"750000"`` never matches.
* Entities, positions: sets per article (duplicates after normalisation are
  dropped).  Supply tuples: multisets (two identical acts are two tuples).
* P/R/F1 are micro-averaged over articles; a ratio with a zero denominator is
  0, and a metric with no gold and no predicted items at all is ``None``.

The module doubles as a library: ``load_gold_dir``, ``load_predictions`` and
``score_documents`` are what the tests and the baseline driver call.
"""
from __future__ import annotations

import argparse
import functools
import json
import math
import re
import signal
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import opencc

ENTITY_TYPES = ("PER", "ORG", "LOC")
_CC = opencc.OpenCC("t2s")
_STRIP_CHARS = set("“”‘’\"'《》「」『』")
_ALT_SPLIT = re.compile(r"[|｜]")
NONE_ALT = frozenset({""})  # the alternative set of a missing value


# --------------------------------------------------------------------------
# normalisation
# --------------------------------------------------------------------------
@functools.lru_cache(maxsize=200_000)
def norm_name(text: str) -> str:
    """Canonical form of one name (no alternative splitting)."""
    text = unicodedata.normalize("NFKC", text)
    text = _CC.convert(text)
    text = "".join(ch for ch in text if not ch.isspace() and ch not in _STRIP_CHARS)
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


def _as_text(value: Any) -> str | None:
    """Accept plain strings, numbers, and {'name'|'text': ...} records."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in ("name", "text", "value"):
            if isinstance(value.get(key), str):
                return value[key]
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value)
    return None


def alts(value: Any) -> frozenset[str]:
    """Alternative set of a name; ``NONE_ALT`` when the value is absent/empty."""
    if isinstance(value, (list, tuple)):  # a list of alternatives
        out: set[str] = set()
        for v in value:
            out |= alts(v) - NONE_ALT
        return frozenset(out) or NONE_ALT
    text = _as_text(value)
    if text is None:
        return NONE_ALT
    out = {norm_name(part) for part in _ALT_SPLIT.split(text)}
    out.discard("")
    return frozenset(out) or NONE_ALT


def norm_title(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = unicodedata.normalize("NFKC", value)
    text = "".join(ch for ch in text if not ch.isspace())
    return text or None


def norm_date(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None


@dataclass(frozen=True)
class Qty:
    """A quantity: a finite number, absent (None), or invalid (never matches)."""

    kind: str  # 'num' | 'none' | 'bad'
    value: float | str | None = None

    @staticmethod
    def of(value: Any) -> "Qty":
        if value is None:
            return Qty("none")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return Qty("bad", repr(value))
        if not math.isfinite(value):
            return Qty("bad", repr(value))
        return Qty("num", float(value))

    def matches(self, other: "Qty") -> bool:
        if self.kind == "none" and other.kind == "none":
            return True
        if self.kind == "num" and other.kind == "num":
            return math.isclose(self.value, other.value, rel_tol=1e-9, abs_tol=1e-9)
        return False


def _component_match(a: Any, b: Any, relaxed: bool = False) -> bool:
    if isinstance(a, Qty):
        return isinstance(b, Qty) and a.matches(b)
    if a & b:
        return True
    if relaxed:
        return any(x and y and (x in y or y in x) for x in a for y in b)
    return False


def key_match(a: tuple, b: tuple, relaxed: bool = False) -> bool:
    return len(a) == len(b) and all(_component_match(x, y, relaxed) for x, y in zip(a, b))


# --------------------------------------------------------------------------
# one-to-one matching
# --------------------------------------------------------------------------
def max_matching(gold: list, pred: list, match: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """Maximum bipartite matching (Kuhn); returns (gold_index, pred_index) pairs.

    Exact-equal keys are paired first so that error lists stay intuitive.
    """
    adj = [[j for j, p in enumerate(pred) if match(g, p)] for g in gold]
    match_of_pred = [-1] * len(pred)
    match_of_gold = [-1] * len(gold)
    for i, g in enumerate(gold):  # cheap first pass: identical keys
        for j in adj[i]:
            if match_of_pred[j] == -1 and pred[j] == g:
                match_of_pred[j], match_of_gold[i] = i, j
                break

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if match_of_pred[j] == -1 or augment(match_of_pred[j], seen):
                match_of_pred[j], match_of_gold[i] = i, j
                return True
        return False

    for i in range(len(gold)):
        if match_of_gold[i] == -1:
            augment(i, set())
    return [(match_of_pred[j], j) for j in range(len(pred)) if match_of_pred[j] != -1]


# --------------------------------------------------------------------------
# turning a document into scorable items
# --------------------------------------------------------------------------
@dataclass
class Item:
    key: tuple
    raw: Any  # what error lists show


def _dedupe(items: list[Item]) -> list[Item]:
    seen: set[tuple] = set()
    out = []
    for it in items:
        if it.key in seen:
            continue
        seen.add(it.key)
        out.append(it)
    return out


def _list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _event_items(event: dict) -> list[dict]:
    out = []
    for it in _list(event.get("items")):
        if isinstance(it, str):
            out.append({"item": it, "quantity": None, "unit": None})
        elif isinstance(it, dict):
            out.append(it)
    return out


def _event_type(event: dict) -> str:
    t = event.get("type")
    return t.strip().lower() if isinstance(t, str) else ""


# metric name -> (dedupe as a set?)
SET_METRICS = {f"ENT-{t}" for t in ENTITY_TYPES} | {"POS-pair", "POS-triple"}
PRF_METRICS = [
    "ENT-PER", "ENT-ORG", "ENT-LOC",
    "DONATION", "DONATION-ITEM", "SUPPLY",
    "POS-pair", "POS-triple",
]
METRIC_LABELS = {
    "ENT-PER": "ENT PER",
    "ENT-ORG": "ENT ORG",
    "ENT-LOC": "ENT LOC",
    "ENT-all": "ENT overall",
    "ENT-relaxed-all": "ENT overall (relaxed)",
    "DONATION": "DONATION (agent,item,qty,unit)",
    "DONATION-ITEM": "DONATION-ITEM (item,qty,unit)",
    "SUPPLY": "SUPPLY (type,item,qty,unit)",
    "POS-pair": "POSITION (person,title)",
    "POS-triple": "POSITION (person,title,org)",
}


def extract_items(doc: dict) -> dict[str, list[Item]]:
    """All scorable tuples of one gold or predicted document."""
    out: dict[str, list[Item]] = {m: [] for m in PRF_METRICS}
    ents = _dict(doc.get("entities"))
    for etype in ENTITY_TYPES:
        for name in _list(ents.get(etype)):
            key = alts(name)
            if key != NONE_ALT:
                out[f"ENT-{etype}"].append(Item((key,), _as_text(name)))
    for event in _list(doc.get("supply_events")):
        if not isinstance(event, dict):
            continue
        etype = _event_type(event)
        items = _event_items(event)
        agents = [a for a in _list(event.get("agents")) if alts(a) != NONE_ALT] or [""]
        for it in items:
            ikey, q, ukey = alts(it.get("item")), Qty.of(it.get("quantity")), alts(it.get("unit"))
            iraw = [_as_text(it.get("item")), it.get("quantity"), it.get("unit")]
            out["SUPPLY"].append(Item((alts(etype), ikey, q, ukey), [etype] + iraw))
            if etype == "donation":
                out["DONATION-ITEM"].append(Item((ikey, q, ukey), iraw))
                for agent in agents:
                    out["DONATION"].append(Item((alts(agent), ikey, q, ukey), [_as_text(agent) or ""] + iraw))
    for pos in _list(doc.get("positions")):
        if not isinstance(pos, dict):
            continue
        person, title, org = pos.get("person"), pos.get("title"), pos.get("org")
        if alts(person) == NONE_ALT or alts(title) == NONE_ALT:
            continue
        out["POS-pair"].append(Item((alts(person), alts(title)), [person, title]))
        out["POS-triple"].append(Item((alts(person), alts(title), alts(org)), [person, title, org]))
    for m in SET_METRICS:
        out[m] = _dedupe(out[m])
    return out


# --------------------------------------------------------------------------
# loading
# --------------------------------------------------------------------------
def doc_stem(name: str) -> str:
    name = Path(str(name)).name
    for suffix in (".gold.json", ".json", ".txt"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def gold_pairs(gold_dir: Path) -> list[str]:
    """Stems having both NAME.txt and NAME.gold.json, sorted."""
    stems = []
    for g in sorted(gold_dir.glob("*.gold.json")):
        stem = g.name[: -len(".gold.json")]
        if (gold_dir / f"{stem}.txt").is_file():
            stems.append(stem)
    return stems


def load_gold_dir(gold_dir: Path, warn: Callable[[str], None] | None = None) -> dict[str, dict]:
    warn = warn or (lambda msg: print(f"warning: {msg}", file=sys.stderr))
    docs = {}
    for stem in gold_pairs(gold_dir):
        path = gold_dir / f"{stem}.gold.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            warn(f"{path}: unreadable gold file, skipped ({exc})")
            continue
        if not isinstance(data, dict):
            warn(f"{path}: top level is not an object, skipped")
            continue
        docs[stem] = data
    return docs


def load_predictions(path: Path, warn: Callable[[str], None] | None = None) -> dict[str, dict]:
    warn = warn or (lambda msg: print(f"warning: {msg}", file=sys.stderr))
    preds: dict[str, dict] = {}
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                warn(f"{path}:{lineno}: not JSON, line skipped ({exc})")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("doc"), str):
                warn(f"{path}:{lineno}: no string 'doc' field, line skipped")
                continue
            stem = doc_stem(obj["doc"])
            if stem in preds:
                warn(f"{path}:{lineno}: duplicate prediction for {stem!r}, first one kept")
                continue
            preds[stem] = obj
    return preds


# --------------------------------------------------------------------------
# scoring
# --------------------------------------------------------------------------
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict:
        if self.tp + self.fp + self.fn == 0:
            p = r = f = None
        else:
            p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
            r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": p, "r": r, "f1": f, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def as_dict(self) -> dict:
        return {"acc": self.correct / self.total if self.total else None,
                "correct": self.correct, "total": self.total}


def _prf_doc(gold: list[Item], pred: list[Item], relaxed: bool = False) -> tuple[Counts, list, list]:
    pairs = max_matching([g.key for g in gold], [p.key for p in pred],
                         lambda a, b: key_match(a, b, relaxed))
    used_g = {i for i, _ in pairs}
    used_p = {j for _, j in pairs}
    fn = [g.raw for i, g in enumerate(gold) if i not in used_g]
    fp = [p.raw for j, p in enumerate(pred) if j not in used_p]
    return Counts(len(pairs), len(fp), len(fn)), fp, fn


def _lookup_place(pred_places: dict, gold_key: frozenset[str]) -> dict | None:
    """Predicted record of a gold place: first pred key sharing an alternative."""
    index: dict[str, dict] = {}
    for name, rec in pred_places.items():
        if not isinstance(name, str):
            continue
        for alt in alts(name) - NONE_ALT:
            index.setdefault(alt, rec if isinstance(rec, dict) else {})
    for alt in sorted(gold_key):
        if alt in index:
            return index[alt]
    return None


ACC_METRICS = ["PLACE-province", "PLACE-city", "PLACE-county", "META-date", "META-source", "META-title"]
ACC_LABELS = {
    "PLACE-province": "PLACE province",
    "PLACE-city": "PLACE city",
    "PLACE-county": "PLACE county (extra)",
    "META-date": "META date",
    "META-source": "META source",
    "META-title": "META title",
}


def score_documents(gold_docs: dict[str, dict], preds: dict[str, dict]) -> dict:
    """Score predictions against gold; returns figures and per-document errors."""
    totals = {m: Counts() for m in PRF_METRICS}
    relaxed = {t: Counts() for t in ENTITY_TYPES}
    acc = {m: Accuracy() for m in ACC_METRICS}
    per_doc: dict[str, dict] = {}

    for stem in sorted(gold_docs):
        gold = gold_docs[stem]
        pred = preds.get(stem, {})
        g_items, p_items = extract_items(gold), extract_items(pred)
        errors: dict[str, Any] = {}
        for m in PRF_METRICS:
            counts, fp, fn = _prf_doc(g_items[m], p_items[m])
            totals[m].add(counts)
            if fp or fn:
                errors[m] = {"fp": fp, "fn": fn}
        for t in ENTITY_TYPES:
            counts, fp, fn = _prf_doc(g_items[f"ENT-{t}"], p_items[f"ENT-{t}"], relaxed=True)
            relaxed[t].add(counts)
            if fp or fn:
                errors[f"ENT-relaxed-{t}"] = {"fp": fp, "fn": fn}

        # places
        g_places, p_places = _dict(gold.get("places")), _dict(pred.get("places"))
        for level in ("province", "city", "county"):
            wrong = []
            for name, rec in g_places.items():
                rec = _dict(rec)
                g_val = alts(rec.get(level))
                if g_val == NONE_ALT:
                    continue
                p_rec = _lookup_place(p_places, alts(name))
                p_val = alts(_dict(p_rec).get(level)) if p_rec is not None else NONE_ALT
                acc[f"PLACE-{level}"].total += 1
                if g_val & p_val and p_val != NONE_ALT:
                    acc[f"PLACE-{level}"].correct += 1
                else:
                    wrong.append({"place": name, "gold": rec.get(level),
                                  "pred": _dict(p_rec).get(level) if p_rec is not None else None,
                                  "pred_has_place": p_rec is not None})
            if wrong:
                errors[f"PLACE-{level}"] = wrong

        # meta
        g_meta, p_meta = _dict(gold.get("meta")), _dict(pred.get("meta"))
        checks = {
            "META-date": (norm_date(g_meta.get("date")), norm_date(p_meta.get("date")),
                          lambda g, p: g == p),
            "META-source": (alts(g_meta.get("source")), alts(p_meta.get("source")),
                            lambda g, p: bool(g & p) and p != NONE_ALT),
            "META-title": (norm_title(g_meta.get("title")), norm_title(p_meta.get("title")),
                           lambda g, p: g == p),
        }
        for m, (g_val, p_val, same) in checks.items():
            if g_val is None or g_val == NONE_ALT:
                continue
            acc[m].total += 1
            if same(g_val, p_val):
                acc[m].correct += 1
            else:
                key = m.split("-", 1)[1]
                errors[m] = {"gold": g_meta.get(key), "pred": p_meta.get(key)}
        per_doc[stem] = errors

    overall = Counts()
    overall_relaxed = Counts()
    for t in ENTITY_TYPES:
        overall.add(totals[f"ENT-{t}"])
        overall_relaxed.add(relaxed[t])
    metrics = {m: totals[m].as_dict() for m in PRF_METRICS}
    metrics["ENT-all"] = overall.as_dict()
    metrics["ENT-relaxed-all"] = overall_relaxed.as_dict()
    for t in ENTITY_TYPES:
        metrics[f"ENT-relaxed-{t}"] = relaxed[t].as_dict()
    return {
        "n_docs": len(gold_docs),
        "docs": sorted(gold_docs),
        "missing_predictions": sorted(set(gold_docs) - set(preds)),
        "extra_predictions": sorted(set(preds) - set(gold_docs)),
        "metrics": metrics,
        "accuracy": {m: acc[m].as_dict() for m in ACC_METRICS},
        "per_doc": per_doc,
    }


# --------------------------------------------------------------------------
# reporting
# --------------------------------------------------------------------------
def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


TABLE_ROWS = ["ENT-PER", "ENT-ORG", "ENT-LOC", "ENT-all", "ENT-relaxed-all",
              "DONATION", "DONATION-ITEM", "SUPPLY", "POS-pair", "POS-triple"]


def markdown_table(result: dict) -> str:
    lines = [f"docs scored: {result['n_docs']}"
             + (f" (no prediction for {len(result['missing_predictions'])})"
                if result["missing_predictions"] else ""),
             "",
             "| metric | P | R | F1 | TP | FP | FN |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for m in TABLE_ROWS:
        d = result["metrics"][m]
        lines.append(f"| {METRIC_LABELS[m]} | {_fmt(d['p'])} | {_fmt(d['r'])} | {_fmt(d['f1'])} "
                     f"| {d['tp']} | {d['fp']} | {d['fn']} |")
    lines += ["", "| accuracy | value | correct/total |", "|---|---:|---:|"]
    for m in ACC_METRICS:
        d = result["accuracy"][m]
        lines.append(f"| {ACC_LABELS[m]} | {_fmt(d['acc'])} | {d['correct']}/{d['total']} |")
    return "\n".join(lines)


def verbose_errors(result: dict) -> str:
    """One grep-friendly line per error: DOC  METRIC  FN|FP|WRONG  VALUE."""
    out = []
    for stem, errors in result["per_doc"].items():
        for m, err in errors.items():
            if isinstance(err, dict) and "fp" in err:
                for x in err["fn"]:
                    out.append(f"{stem}  {m}  FN  {json.dumps(x, ensure_ascii=False)}")
                for x in err["fp"]:
                    out.append(f"{stem}  {m}  FP  {json.dumps(x, ensure_ascii=False)}")
            elif isinstance(err, list):
                for x in err:
                    out.append(f"{stem}  {m}  WRONG  {json.dumps(x, ensure_ascii=False)}")
            else:
                out.append(f"{stem}  {m}  WRONG  {json.dumps(err, ensure_ascii=False)}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--json", type=Path, help="write all figures and per-document errors here")
    ap.add_argument("--verbose", "-v", action="store_true", help="print per-document errors")
    args = ap.parse_args(argv)
    if hasattr(signal, "SIGPIPE") and argv is None:  # `score.py ... | head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if not args.gold_dir.is_dir():
        print(f"error: {args.gold_dir}: not a directory", file=sys.stderr)
        return 2
    if not args.pred.is_file():
        print(f"error: {args.pred}: no such file", file=sys.stderr)
        return 2
    gold = load_gold_dir(args.gold_dir)
    if not gold:
        print(f"error: {args.gold_dir}: no NAME.txt + NAME.gold.json pairs", file=sys.stderr)
        return 2
    preds = load_predictions(args.pred)
    result = score_documents(gold, preds)
    result["gold_dir"] = str(args.gold_dir)
    result["pred"] = str(args.pred)
    if result["extra_predictions"]:
        print(f"note: {len(result['extra_predictions'])} predicted docs have no gold pair "
              f"and were ignored", file=sys.stderr)
    print(markdown_table(result))
    if args.verbose:
        print()
        print(verbose_errors(result))
    if args.json:
        tmp = args.json.with_name(args.json.name + ".tmp")
        tmp.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
