"""Named rules and the one overlap policy for mentions.

Every extractor function registers under a dotted name so that each fact can
say which rule produced it (``--explain``, evaluation per rule).  Overlaps
between candidates are settled in exactly one place: ``resolve_overlaps``.
"""
from __future__ import annotations

from typing import Callable, Iterable, Sequence, TypeVar

from ..model import Mention

F = TypeVar("F", bound=Callable)

RULES: dict[str, Callable] = {}
# lower number wins a tie between same-span candidates
PRIORITY: dict[str, int] = {}


def rule(name: str, priority: int = 50) -> Callable[[F], F]:
    """Register ``fn`` under ``name`` (decorator)."""

    def deco(fn: F) -> F:
        RULES[name] = fn
        PRIORITY[name] = priority
        fn.rule_name = name  # type: ignore[attr-defined]
        return fn

    return deco


_PRIORITY_OF: dict[str, int] = {}  # rule name -> priority_of(it), valid for _PRIORITY_SIZE rules
_PRIORITY_SIZE = [0]


def priority_of(rule_name: str) -> int:
    """The rule's priority (its dotted parent's, else 50); memoised: ≈100 calls per article."""
    if _PRIORITY_SIZE[0] != len(PRIORITY):  # a rule registered since: recompute
        _PRIORITY_OF.clear()
        _PRIORITY_SIZE[0] = len(PRIORITY)
    p = _PRIORITY_OF.get(rule_name)
    if p is None:
        base = rule_name.split(":", 1)[0]
        p = PRIORITY.get(base, PRIORITY.get(base.rsplit(".", 1)[0], 50))
        if len(_PRIORITY_OF) < 1 << 14:
            _PRIORITY_OF[rule_name] = p
    return p


# words that continue a company name after a trade word (实业 | 发展有限公司, 食品科技 | 有限公司)
_COMPANY_TAIL = ("发展", "有限", "股份", "集团", "科技", "控股", "贸易", "投资", "实业", "食品", "技术", "责任", "公司")


def _nested_allowed(inner: Mention, outer: Mention) -> bool:
    """ANNOTATION lists a place inside an org name, and an org inside a longer org."""
    if outer.type == "ORG" and inner.type == "ORG" and inner.start == outer.start:
        rest = outer.text[len(inner.text):]
        if rest.startswith(_COMPANY_TAIL):
            return False  # 华兴实业 | 发展有限公司: the head of one company name, not a second body
    if outer.type == "ORG" and inner.type in ("LOC", "ORG"):
        return True
    if outer.type == "LOC" and inner.type == "LOC" and outer.rule == "loc.zone":
        return inner.start == outer.start  # 黄冈高新区 lists 黄冈 too, not the class word 高新区
    return False


def resolve_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep the best non-crossing set: longest, then earliest, then rule priority.

    A candidate fully inside an already kept one survives when ANNOTATION
    wants the nested name listed too (LOC/ORG inside ORG); partial overlaps
    and same-type containment otherwise lose.
    """
    uniq: dict[tuple[int, int, str], Mention] = {}
    for m in mentions:
        key = (m.start, m.end, m.type)
        old = uniq.get(key)
        if old is None or priority_of(m.rule) < priority_of(old.rule):
            uniq[key] = m
    cands = sorted(uniq.values(), key=lambda m: (-(m.end - m.start), m.start, priority_of(m.rule)))
    kept: list[Mention] = []
    for m in cands:
        ok = True
        for k in kept:
            if m.end <= k.start or k.end <= m.start:
                continue  # disjoint
            if k.start <= m.start and m.end <= k.end and _nested_allowed(m, k):
                continue
            ok = False
            break
        if ok:
            kept.append(m)
    kept.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return kept


def by_type(mentions: Sequence[Mention], type_: str) -> list[Mention]:
    return [m for m in mentions if m.type == type_]
