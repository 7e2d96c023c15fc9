"""Job titles held by named persons: (person, title, org).

Rules, anchored on a PER mention and the title words of ``titles.tsv``:

* ``pos.title`` – [ORG|place]? (的)? TITLE NAME, with a chain of titles
  joined by 、 (市委副书记、市长马志峰 → (副书记, 市委), (市长, None));
  a title directly after an ORG/LOC mention (or a bare org head such as
  党工委) takes it as org.
* ``pos.byline`` – 记者 / 通讯员 / 编辑 / 作者 … NAME (NAME …); org is the
  outlet written right before the marker (中国江西网记者 李小涛).
* ``pos.enum`` – A、B、C等TITLE (等志愿者).
"""
from __future__ import annotations

import functools
from typing import Sequence

from .. import resources
from ..model import Mention, Position, Span
from .registry import rule


@functools.lru_cache(maxsize=1)
def _titles() -> tuple[dict[str, dict[str, str]], tuple[str, ...], dict[str, dict[str, str]]]:
    rows = {r["title"]: r for r in resources.table("titles.tsv")}
    by_len = tuple(sorted(rows, key=len, reverse=True))
    org_suf = {r["suffix"]: r for r in resources.table("org_suffixes.tsv")}
    return rows, by_len, org_suf


def _title_ending_at(text: str, end: int, lo: int) -> str | None:
    rows, by_len, _ = _titles()
    for t in by_len:
        if end - len(t) >= lo and text.startswith(t, end - len(t)):
            return t
    return None


def _in_zones(s: int, e: int, zones: Sequence[Span] | None) -> bool:
    return zones is None or any(z.start <= s and e <= z.end for z in zones)


def _org_before(text: str, end: int, ends: dict[int, Mention], lo: int) -> tuple[str | None, int]:
    """The org (or place) written right before ``end``: a mention, else a bare org head."""
    m = ends.get(end)
    if m is not None and m.type in ("ORG", "LOC"):
        return m.text, m.start
    if end > lo and text[end - 1] == "的":
        m = ends.get(end - 1)
        if m is not None and m.type in ("ORG", "LOC"):
            return m.text, m.start
    _, _, org_suf = _titles()
    for n in (4, 3, 2):
        s = end - n
        if s >= lo and text[s:end] in org_suf and org_suf[text[s:end]]["bare"] == "yes":
            return text[s:end], s
    return None, end


def _point_back(text: str, tstart: int, lo: int, backref: Sequence[Mention] = ()) -> tuple[str | None, int]:
    """该村支书 / ，协会会长: a class word pointing back at the latest body of that class.

    ``该`` + class (+ a bare org head): the latest earlier ORG/LOC whose name
    ends with the class (该村 → 中张村).  A bare class right after a break
    (，协会会长) points back the same way when it is an org head.  ``backref`` holds the
    article's ORG/LOC mentions in text order (passed in, so workers may be threads).
    """
    _, _, org_suf = _titles()
    k = text.rfind("该", max(lo, tstart - 5), tstart)
    cands: list[tuple[int, str]] = []
    if k >= 0:
        rest = text[k + 1:tstart]
        for n in range(len(rest), 0, -1):
            cands.append((k, rest[:n]))
    elif tstart - lo >= 2:
        for n in (4, 3, 2):
            b = tstart - n
            if b >= lo and text[b:tstart] in org_suf and (b == lo or not ("\u4e00" <= text[b - 1] <= "\u9fff")):
                cands.append((b, text[b:tstart]))
                break
    for b, cls in cands:
        for m in reversed(backref):
            if m.end <= b and len(m.text) > len(cls) and m.text.endswith(cls) and b - m.end < 400:
                return m.text, b
    return None, tstart


@rule("pos.title", priority=20)
def _title_chain(text: str, per: Mention, ends: dict[int, Mention], lo: int,
                 backref: Sequence[Mention] = ()) -> list[Position]:
    rows, _, _ = _titles()
    out: list[Position] = []
    end = per.start
    while end > lo and text[end - 1] in " \u3000":
        end -= 1
    first = True
    while True:
        t = _title_ending_at(text, end, lo)
        if t is None:
            break
        row = rows[t]
        tstart = end - len(t)
        org, ostart = _org_before(text, tstart, ends, lo)
        if org is None and first:
            org, ostart = _point_back(text, tstart, lo, backref)
        if row["position"] != "-" and row["kind"] != "byline":
            out.append(Position(per.text, row["position"], org, ostart, per.end, "pos.title"))
        elif row["kind"] == "byline":
            break
        first = False
        end = ostart
        if end > lo and text[end - 1] == "、":
            end -= 1
            continue
        if org is None and end == tstart:
            continue  # stacked titles: 总经理志愿者李海燕
        break
    return out


@rule("pos.byline", priority=10)
def _byline(text: str, per: Mention, ends: dict[int, Mention], lo: int, prev: Mention | None) -> list[Position]:
    rows, _, _ = _titles()
    end = per.start
    while end > lo and text[end - 1] in " \u3000:：\t|｜":
        end -= 1
    t = _title_ending_at(text, end, lo)
    if t is None and prev is not None and prev.rule.startswith("per.byline"):
        # a second name after one marker: 通讯员 杨贵新 郑依飞
        gap = text[prev.end:per.start]
        if gap.strip(" \u3000\t、,，\n") == "":
            return [Position(per.text, p.title, p.org, per.start, per.end, "pos.byline") for p in _byline(text, prev, ends, lo, None)]
        return []
    if t is None or rows[t]["kind"] != "byline" or rows[t]["position"] == "-":
        return []
    tstart = end - len(t)
    return [Position(per.text, rows[t]["position"], _outlet_before(text, tstart, ends, lo), per.start, per.end,
                     "pos.byline")]


def _outlet_before(text: str, tstart: int, ends: dict[int, Mention], lo: int) -> str | None:
    """The outlet a byline title belongs to: right before it (驻马店网记者) or before a
    programme name (成都日报|锦观新闻|记者).  (驻马店网讯(记者 …): the dateline's outlet is
    left out, as the annotators mostly do.)"""
    def media(k: int) -> str | None:
        m = ends.get(k)
        return m.text if m is not None and m.type == "ORG" and m.rule == "org.media" else None

    if media(tstart):
        return media(tstart)
    for j in range(tstart - 1, max(lo, tstart - 6) - 1, -1):  # 成都日报|锦观新闻: a programme of the outlet
        if not ("\u4e00" <= text[j] <= "\u9fff"):
            break
        if media(j):
            return media(j)
    return None


@rule("pos.enum", priority=30)
def _enum_deng(text: str, pers: list[Mention], i: int) -> list[Position]:
    rows, by_len, _ = _titles()
    j = i
    while j + 1 < len(pers) and text[pers[j].end:pers[j + 1].start] == "、":
        j += 1
    tail = pers[j].end
    if text[tail:tail + 1] != "等":
        return []
    for t in by_len:
        if text.startswith(t, tail + 1) and rows[t]["position"] != "-" and rows[t]["kind"] != "byline":
            return [Position(p.text, rows[t]["position"], None, p.start, p.end, "pos.enum") for p in pers[i:j + 1]]
    return []


def extract_positions(text: str, mentions: Sequence[Mention], zones: Sequence[Span] | None = None) -> list[Position]:
    """Positions per ANNOTATION, one per (person, title, org), in text order."""
    ends: dict[int, Mention] = {}
    for m in mentions:
        if m.type in ("ORG", "LOC"):
            old = ends.get(m.end)
            if old is None or m.start < old.start:
                ends[m.end] = m
    backref = sorted((m for m in mentions if m.type in ("ORG", "LOC")), key=lambda m: (m.start, m.end))
    pers = sorted((m for m in mentions if m.type == "PER" and _in_zones(m.start, m.end, zones)), key=lambda m: m.start)
    out: list[Position] = []
    for i, per in enumerate(pers):
        lo = text.rfind("\n", 0, per.start) + 1
        prev = pers[i - 1] if i else None
        got = _byline(text, per, ends, lo, prev)
        if not got:
            got = _title_chain(text, per, ends, lo, backref)
        if not got and prev is not None and text[prev.end:per.start] in ("、", ",", "，"):
            # shared title in an enumeration: 青年志愿者秦泉,段佳薇
            got = [Position(per.text, p.title, p.org, per.start, per.end, p.rule + ".enum")
                   for p in out if p.person == prev.text and p.start >= prev.start - 30 and p.rule == "pos.title"]
        if not got and (prev is None or text[prev.end:per.start] != "、"):
            got = _enum_deng(text, pers, i)
        out.extend(got)
    # dedupe; a (person, title) with a known org drops its org-less twin
    seen: dict[tuple[str, str, str | None], Position] = {}
    for p in out:
        seen.setdefault((p.person, p.title, p.org), p)
    with_org = {(k[0], k[1]) for k in seen if k[2] is not None}
    return [p for k, p in seen.items() if not (k[2] is None and (k[0], k[1]) in with_org)]
