"""Supply events: who gave, bought or handed out which goods (or money) to whom.

Rule-based, sentence by sentence.  A trigger verb (``supply_verbs.tsv``) opens
an event; its goods are parsed from the list that follows it (or from a
``将/把 X`` object before it); givers and receivers are picked among the
entity mentions around it by the link words of ``events_links.tsv``.  All
vocabulary lives in ``kg/data`` so that rules stay general: nothing here
names a place, a firm or a person.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Sequence

from .. import resources
from ..model import Item, Mention, Span, SupplyEvent
from .quantities import Quantity, find_money, find_quantities, quantity_at_start, units

MONEY_ITEM = "现金|资金|善款"
_SENT_END = "。！？!?\n"
_CLAUSE_END = "；;"
_SEPS = ("以及", "、", "，", ",", "和", "及", "与")
_BOUNDARY = set("，、,。；;：:！？!?（()）【】[]《》 \t\n\u3000…")
_QUOTES = "“”‘’\"'「」『』"
_VAGUE = re.compile(r"(?:数|几|上|成)[十百千万]+(?:余|多)?(?=[\u4e00-\u9fff])")
_REDUP = re.compile(r"一(\w)\1")
_MONEY_MOD = re.compile(r"[\u4e00-\u9fff]{1,8}?的(?=[0-9一二两三四五六七八九十])")
_CLASS_INTRO = re.compile(r"([\u4e00-\u9fff]{1,6}?)(?:主要)?(?:包括|有|为|是)[：:]?")
_DATE_RE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]")


# ----------------------------------------------------------------------------
# vocabulary (all from kg/data)
# ----------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _verbs() -> list[tuple[str, str, str]]:
    rows = [(r["verb"], r["type"], r["role"]) for r in resources.table("supply_verbs.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


@functools.lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    return tuple(sorted(resources.words("supply_words.txt"), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _links() -> dict[str, str]:
    return {r["word"]: r["role"] for r in resources.table("events_links.tsv")}


@functools.lru_cache(maxsize=1)
def _links_longest_first() -> tuple[str, ...]:
    """The link words, longest first (sorted once per process, not at each call)."""
    return tuple(sorted(_links(), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _unit_words() -> tuple[str, ...]:
    from .quantities import units
    return tuple(sorted(units(), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _words(name: str) -> tuple[str, ...]:
    return tuple(sorted(resources.words(name), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _words_plus(*names: str) -> tuple[str, ...]:
    """``_words(a) + _words(b) …`` as one cached tuple (the same object at every call)."""
    return tuple(w for name in names for w in _words(name))


@functools.lru_cache(maxsize=None)
def _alt(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words`` in their order (built once per word list)."""
    return "|".join(map(re.escape, words))


@functools.lru_cache(maxsize=None)
def _by_first(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by first character, order kept: a prefix test looks at few words."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[:1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _lead_fillers() -> tuple[str, ...]:
    return resources.words("events_lead_fillers.txt")


def _anaphors() -> tuple[str, ...]:
    return resources.words("events_anaphors.txt")


def _all_words() -> tuple[str, ...]:
    return resources.words("events_all_words.txt")


def _tally_leads() -> tuple[str, ...]:
    return resources.words("events_tally_leads.txt")


@functools.lru_cache(maxsize=1)
def _not_in_tail() -> frozenset[str]:
    """Characters of a verb or a tally after a good, never of its name (盒饭共2400份, 物资分装成380份)."""
    return frozenset(resources.words("events_not_in_tail.txt"))


def _name_follow() -> tuple[str, ...]:
    return resources.words("events_name_follow.txt")


def _place_bodies() -> tuple[str, ...]:
    return resources.words("events_place_bodies.txt")


def _aid_verbs() -> tuple[str, ...]:
    return resources.words("events_aid_verbs.txt")


def _firm_end() -> tuple[str, ...]:
    return resources.words("events_firm_end.txt")


def _list_alt(name: str) -> str:
    """A regex alternation of the word list ``name`` in file order (for the patterns below)."""
    return _alt(resources.words(name))


# Patterns built from word lists: compiled once, on first use.
@functools.lru_cache(maxsize=1)
def _pronoun_pattern() -> re.Pattern[str]:
    return re.compile(_list_alt("events_pronouns.txt"))


@functools.lru_cache(maxsize=1)
def _per_unit() -> re.Pattern[str]:
    return re.compile(rf"每(?:{_list_alt('events_per_units.txt')})")


@functools.lru_cache(maxsize=None)
def _by_last(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by last character, order kept (for suffix tests)."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[-1:], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
@dataclass
class _Trigger:
    start: int
    end: int
    verb: str
    type: str
    role: str


@dataclass
class _Draft:
    type: str
    agents: list[str]
    recipients: list[str]
    items: list[Item]
    value: float | None
    start: int  # trigger start
    end: int  # end of the object span
    rule: str
    by_relative: bool = False  # "X捐赠的Y" (receivers may follow in a later verb)


def _name(m: Mention) -> str:
    return m.full or m.text


@functools.lru_cache(maxsize=64)
def _stop_class(stops: str) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in stops) + "]")


def _segments(text: str, start: int, end: int, stops: str) -> list[tuple[int, int]]:
    """The non-empty runs of [start, end) between characters of ``stops``."""
    out, s = [], start
    if stops:  # (the stop characters found by one regex scan, not char by char in Python)
        for m in _stop_class(stops).finditer(text, start, end):
            i = m.start()
            if i > s:
                out.append((s, i))
            s = i + 1
    if end > s:
        out.append((s, end))
    return out


# id of a word tuple -> (the tuple, its _by_first / _by_last index): the lists are the cached
# tuples of _words, and hashing a long tuple for the lru_cache cost more than the test itself
_INDEX_BY_ID: dict[tuple[str, int], tuple[Sequence[str], dict[str, tuple[str, ...]]]] = {}


def _index_of(words: Sequence[str], last: bool) -> dict[str, tuple[str, ...]]:
    key = ("last" if last else "first", id(words))
    hit = _INDEX_BY_ID.get(key)
    if hit is not None and hit[0] is words:
        return hit[1]
    index = (_by_last if last else _by_first)(tuple(words))
    if isinstance(words, tuple):  # (a list may change under the same id)
        if len(_INDEX_BY_ID) > 512:  # (some callers pass a fresh tuple each time: bounded)
            _INDEX_BY_ID.clear()
        _INDEX_BY_ID[key] = (words, index)
    return index


def _startswith_any(s: str, words: Sequence[str]) -> str | None:
    """The first of ``words`` (in their order) that ``s`` starts with."""
    if not s:
        return "" if "" in words else None
    index = _index_of(words, False)
    for w in index.get(s[0], ()):
        if s.startswith(w):
            return w
    return "" if "" in index else None


def _endswith_any(s: str, words: Sequence[str]) -> str | None:
    """The first of ``words`` (in their order) that ``s`` ends with."""
    if not s:
        return "" if "" in words else None
    index = _index_of(words, True)
    for w in index.get(s[-1], ()):
        if s.endswith(w):
            return w
    return "" if "" in index else None


def _repair(m: Mention) -> list[Mention]:
    """Mentions that swallowed a function word: 据X → X, X向Y → X, Y."""
    out: list[Mention] = []
    text, start = m.text, m.start
    lead = _startswith_any(text, _words("events_mention_lead.txt"))
    if lead and len(text) - len(lead) >= 2:
        text, start = text[len(lead):], start + len(lead)
    if m.type == "ORG":
        for w in _words("events_mention_owned.txt"):
            i = text.find(w, 1)
            if 0 < i <= 8 and len(text) - i - len(w) >= 4:
                text, start = text[i + len(w):], start + i + len(w)  # 集团所属X公司 → X公司
                break
    if m.type != "PER":
        for w in _words("events_mention_cut.txt"):
            i = text.find(w, 2)
            if 0 < i and len(text) - i - len(w) >= 2 \
                    and _endswith_any(text[:i], _words("events_name_suffix.txt")):
                left, right = text[:i], text[i + len(w):]
                out.append(Mention(left, m.type, start, start + i, m.rule))
                out.append(Mention(right, m.type, start + i + len(w), start + len(text), m.rule))
                return out
    if text == m.text:
        return [m]
    return [Mention(text, m.type, start, start + len(text), m.rule, m.full)]


_ORG_LEFT_STOP = set("，、,。；;：:！？!?（()）【】[]《》“”‘’\"' \t\n\u3000…")


@functools.lru_cache(maxsize=1)
def _heads_pattern() -> re.Pattern[str]:
    return re.compile(_alt(_words("events_org_heads.txt")))


def _recover_orgs(text: str, ms: list[Mention]) -> list[Mention]:
    """Organisation names the mention list lacks, before a giving verb in its sentence:
    a run ending in an organisation head (公司, 商会, 党支部 …) whose left edge is a
    punctuation mark, a function word or a verb, and which is followed by punctuation or
    a subject-position word (向, 为, 积极 …, ``events_org_follow.txt``).  A place mention
    right before it is part of the name (X县Y公司 → the company, not the county)."""
    heads = _words("events_org_heads.txt")
    if not heads:
        return ms
    stops = _recover_stops()
    stops_by_last = _by_last(stops)
    stop_empty = "" in stops_by_last
    follow = _words("events_org_follow.txt")
    verb_set = _verb_set()
    arrivals = frozenset(_words("events_arrival_marks.txt"))
    owner = {i: m for m in ms for i in range(m.start, m.end)}
    added: list[Mention] = []
    drop: set[int] = set()

    def ends_name(e: int) -> bool:
        return e >= len(text) or text[e] in _BOUNDARY or not "\u4e00" <= text[e] <= "\u9fff" \
            or _startswith_any(text[e:e + 4], follow) is not None

    def left_edge(b: int, floor: int) -> int:
        while b > floor:
            ch = text[b - 1]
            if ch in _ORG_LEFT_STOP or not "\u4e00" <= ch <= "\u9fff":
                break
            if b - 1 in owner:
                m = owner[b - 1]
                if m.type == "LOC" and m.end == b:
                    b = m.start
                    continue  # 省 + 市 + 区 + 字号 + 公司: the places head the name
                break
            if stop_empty or any(b - len(w) >= floor and text.startswith(w, b - len(w))
                                 for w in stops_by_last.get(ch, ())):
                break
            if any(text[b - n:b] in verb_set or text[b - n:b] in arrivals for n in (2, 3) if b - n >= floor):
                break  # 全部转交|县指挥部, 搬进|X街道办事处: a supply or arrival verb ends the name's left context
            b -= 1
        return b

    # an organisation mention cut short on its left (字号 or 地名+字号 left out): 华达|机械有限公司
    for m in ms:
        if m.type != "ORG" or m.start == 0 or m.start - 1 in owner:
            continue
        b = left_edge(m.start, max(0, m.start - 16))
        own = [i for i in range(b, m.start) if i not in owner]
        if len(own) < 2 or m.end - b > 28:
            continue
        if _startswith_any(text[b:m.start], stops) or text[b:m.start] in _words("events_generic.txt"):
            continue
        for x in ms:
            if x.type == "LOC" and b <= x.start and x.end <= m.start:
                drop.add(id(x))
        drop.add(id(m))
        added.append(Mention(text[b:m.end], "ORG", b, m.end, "event.widened_org"))
    for s_start, s_end in _sentences(text):
        for t in _triggers(text, s_start, s_end, ms):
            if t.type != "donation" or t.role not in ("give", "money"):
                continue
            region = text[s_start:t.start]
            if _heads_pattern().search(region) is None:
                continue  # no organisation head before the verb: nothing to recover
            for h in heads:
                at = region.find(h)
                while at >= 0:
                    e = s_start + at + len(h)
                    at = region.find(h, at + len(h))
                    if any(i in owner for i in range(e - len(h), e)) or not ends_name(e):
                        continue
                    b = left_edge(e - len(h), s_start)
                    if e - b - len(h) < 2 or e - b > 20 or (b > 0 and _is_to_marker(text, b - 1)):
                        continue  # 向/为/给 X: the receiver, not the subject
                    if any(a.start < e and b < a.end for a in added):
                        continue
                    for m in ms:
                        if m.type == "LOC" and b <= m.start and m.end <= e:
                            drop.add(id(m))
                    added.append(Mention(text[b:e], "ORG", b, e, "event.recovered_org"))
    if not added:
        return ms
    out = [m for m in ms if id(m) not in drop] + added
    return sorted(out, key=lambda m: (m.start, -(m.end - m.start)))


@functools.lru_cache(maxsize=1)
def _recover_stops() -> tuple[str, ...]:
    """Words that end the left context of a recovered organisation name, longest first."""
    return tuple(sorted({w for w in _words("entities_left_stop.txt") if len(w) > 1}
                        | set(_words("events_subject_lead.txt")) | set(_words("events_org_left.txt")),
                        key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _verb_set() -> frozenset[str]:
    """All supply trigger verbs (supply_verbs.tsv), for a constant-time "does a verb end here"."""
    return frozenset(v for v, _, _ in _verbs())


def _prepare_mentions(mentions: Sequence[Mention]) -> list[Mention]:
    """Outermost mentions only, sorted: a nested name is part of its container."""
    ms = [r for m in mentions for r in _repair(m)]
    ms = sorted(ms, key=lambda m: (m.start, -(m.end - m.start)))
    # a short form (镇侨联, 县红十字会) stands for the nearest fuller name written before it
    fixed: list[Mention] = []
    for k, m in enumerate(ms):
        if m.full:
            prior = [p for p in ms[:k] if p.type == m.type and p.end <= m.start
                     and len(p.text) > len(m.text) and p.text.endswith(m.text)]
            if prior and prior[-1].text != m.full:
                m = replace(m, full=prior[-1].text)
        fixed.append(m)
    ms = fixed
    out: list[Mention] = []
    for m in ms:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


# ----------------------------------------------------------------------------
# items
# ----------------------------------------------------------------------------
def _quantity_at(text: str, pos: int, end: int) -> Quantity | None:
    """The quantity starting exactly at ``pos`` (before ``end``), if any."""
    q = quantity_at_start(text[pos:end])
    return replace(q, start=q.start + pos, end=q.end + pos) if q is not None else None


def _bare_number_at(text: str, pos: int, end: int) -> tuple[float, int] | None:
    m = re.match(r"[0-9][0-9,]*(?:\.[0-9]+)?", text[pos:end])
    if not m:
        return None
    return float(m.group().replace(",", "")), pos + m.end()


def _name_run(text: str, pos: int, end: int) -> int:
    """End of the noun phrase starting at ``pos``: up to punctuation, 等, a list joiner or a quantity."""
    i = pos
    while i < end:
        c = text[i]
        if c in _BOUNDARY or text.startswith("等", i) or (i > pos and text.startswith("价值", i)):
            break
        if i > pos and (text.startswith(("和", "及", "与"), i)):
            break
        if i > pos and (c.isdigit() or c in "一二两三四五六七八九十") and _quantity_at(text, i, end):
            break
        if i > pos and c == "各" and _quantity_at(text, i + 1, end):
            break  # 凉茶各200桶: a count shared by the goods listed
        i += 1
    return i


def _head_in(run: str) -> tuple[int, str] | None:
    """End offset and word of the rightmost supply head in ``run``."""
    # the rightmost end where a head ends wins, the longest head at that end (heads are
    # indexed by last character, longest first: one look per character of the run)
    index = _by_last(_heads())
    skipped: dict[str, int] = {}
    for e in range(len(run), 0, -1):
        for h in index.get(run[e - 1], ()):
            if not run.endswith(h, 0, e):
                continue
            if h.endswith("包") and run.startswith("括", e) and h not in skipped:
                skipped[h] = e  # 物资包括: not the good 物资包 (its last such use only)
                continue
            return e, h
    return None


def _per_person(text: str, qpos: int, floor: int) -> bool:
    """Whether a per-head marker (每户/每人) governs the count at ``qpos``: within 8 characters,
    or anywhere in its comma-clause within 16 (为独居老人每人额外发放了牛奶一箱)."""
    window = text[max(floor, qpos - 8):qpos]
    if any(w in window for w in _words("events_per_person.txt")):
        return True
    lo = max(0, qpos - 16)
    lo = max(lo, max(text.rfind(c, lo, qpos) for c in "，,；;。：:\n") + 1)
    return any(w in text[lo:qpos] for w in _words("events_per_person.txt"))


@dataclass
class _Parsed:
    items: list[Item]
    value: float | None
    end: int
    clean_end: bool  # the list ended at a boundary or continuation, not in running text


def _retold_goods(text: str, pos: int, end: int, before: Sequence[_Draft]) -> bool:
    """将合作社捐赠的大米、豆油全部分发给…: the goods after the relative clause were all given in
    an act told before, so the clause only points back at that gift."""
    names = {it.name for it in _parse_items(text, pos, end, money_bare=False, floor=pos).items}
    return bool(names) and any(d.type == "donation" and names <= {it.name for it in d.items} for d in before)


def _packed_count(text: str, outer: Quantity, end: int) -> Quantity | None:
    """``17箱（51000个）``: the count of the goods inside packing units, ending after the parenthesis.

    Only a bare (or 共/约-prefixed) count of another unit, larger than the packs, stands in;
    a per-pack note (每箱12瓶) does not."""
    if outer.unit not in _words("events_pack_units.txt"):
        return None
    m = re.match(r"[（(]\s*([^（()）]{1,14}?)\s*[)）]", text[outer.end:end])
    if m is None:
        return None
    inner = quantity_at_start(m.group(1))
    if inner is None or inner.end != len(m.group(1)) or inner.kind != "count" or inner.unit == outer.unit \
            or inner.value <= outer.value:
        return None
    at = outer.end + m.start(1)
    return Quantity(at + inner.start, outer.end + m.end(), inner.value, inner.unit, inner.approx, inner.kind)


def _parse_items(text: str, pos: int, end: int, *, money_bare: bool, floor: int) -> _Parsed:
    """Parse a list of goods starting at ``pos``: ``口罩500个、方便面50件``, ``3箱牛奶``, ``方便面、饮料等物资``."""
    items: list[Item] = []
    value: float | None = None
    money_words = _words("events_money_words.txt")
    continuations = _words("events_continuations.txt")
    clean_end = True
    per_person = False
    each_shared = False
    while pos < end:
        elem_start = pos
        while pos < end and text[pos] in " \t\u3000":
            pos += 1
        if items and text.startswith(_anaphors(), pos):
            pos = elem_start  # …口罩，这些口罩于2月20日运到: a new clause about the same goods
            break
        if items and text.startswith("其中", pos) and any(
                it.name != MONEY_ITEM and not it.name.endswith(_generic()) for it in items):
            pos = elem_start  # 口罩5000只，其中2000只…: a part of the goods just listed, not a new good
            break
        lead = _startswith_any(text[pos:end], _lead_fillers())
        while lead:
            pos += len(lead)
            lead = _startswith_any(text[pos:end], _lead_fillers())
        # value phrase: 价值(达/近)N万元(的)
        if items and text.startswith(("总价值", "合计价值", "共计价值", "累计价值"), pos):
            pos = text.index("价值", pos)  # …，总价值120余万元: the value of the goods just listed
        if text.startswith("价值", pos):
            mq = next((q for q in find_money(text[pos:end]) if q.start <= 5), None)
            if mq is not None:
                value = mq.value
                pos += mq.end
                if text.startswith("的", pos):
                    pos += 1
                elif not (_head_in(text[pos:_name_run(text, pos, end)]) and not _quantity_at(text, pos, end)):
                    break
        cls = _CLASS_INTRO.match(text, pos, end)
        if cls and not items and cls.group(1).endswith(_generic()):
            pos = cls.end()  # 捐赠的物资为口罩10000只: the class introduces the goods
        if text.startswith("各", pos) and _quantity_at(text, pos + 1, end):
            pos += 1  # 各捐赠50箱: each gives (the act is split by the caller)
        if not items and text[pos:pos + 1] in ("这", "那", "该", "此") and _quantity_at(text, pos + 1, end):
            pos += 1  # 将这500双手套发放给…: the goods pointed at, with their count
        if items and _per_unit().match(text, pos, end):
            pos = elem_start  # …发放蔬菜和口罩，每户口罩5个: a share per household, not a new good
            break
        redup = _REDUP.match(text, pos, end)
        if redup and redup.group(1) in _unit_words():
            pos = redup.end()  # 把一袋袋蔬菜送到: bag after bag, no count
        vague = _VAGUE.match(text, pos, end)
        if vague:
            pos = vague.end()  # 数千只口罩: no count is given
            vu = _startswith_any(text[pos:end], _unit_words())
            if vu:
                pos += len(vu)
        if not _quantity_at(text, pos, end):
            mod = _MONEY_MOD.match(text, pos, end)
            mq = _quantity_at(text, mod.end(), end) if mod else None
            if mq is not None and (mq.kind == "money" or not items and mq.kind in ("count", "weight", "volume")
                                   and "，" not in mod.group() and "," not in mod.group()):
                # 自己积攒的500元零花钱 / 将自家种的1万斤萝卜…: a modifier before the amount
                pos = mod.end()
        q = _quantity_at(text, pos, end)
        pre_q: Quantity | None = None
        if q is not None and q.kind == "money":
            after = q.end
            if text.startswith("的", after) and _head_in(text[after + 1:_name_run(text, after + 1, end)]):
                value = q.value  # 4500元的挂面: value of the goods
                pos = after + 1
            else:
                pos = after
                mw = _startswith_any(text[pos:end], money_words)
                if mw:
                    pos += len(mw)
                items.append(Item(MONEY_ITEM, q.value, "元", q.start, pos))
                if not _next_sep(text, pos, end):
                    break
                pos = _skip_sep(text, pos, end)
                continue
        elif q is not None and q.kind == "batch":
            pos = q.end  # 一批口罩: a batch is no count
            if text.startswith("的", pos):
                pos += 1
        elif q is not None and q.kind not in ("people", "other"):
            pre_q = q
            pos = q.end
            packed = _packed_count(text, q, end)
            if packed is not None:
                pre_q, pos = packed, packed.end  # 17箱（51000个）医用外科口罩
            if text.startswith("的", pos):
                pos += 1
            if text.startswith("价值", pos):  # 一辆价值15万元的救护车
                mq = next((q2 for q2 in find_money(text[pos:end]) if q2.start <= 5), None)
                if mq is not None:
                    value = mq.value
                    pos += mq.end
                    if text.startswith("的", pos):
                        pos += 1
        elif q is not None:
            break
        elif money_bare:
            bn = _bare_number_at(text, pos, end)
            if bn is not None and bn[1] < end and text[bn[1]] not in _BOUNDARY:
                bn = None  # 84消毒液: a number that names the good, not an amount
            if bn is not None:
                items.append(Item(MONEY_ITEM, bn[0], "元", pos, bn[1]))
                pos = bn[1]
                if not _next_sep(text, pos, end):
                    break
                pos = _skip_sep(text, pos, end)
                continue
        run_end = _name_run(text, pos, end)
        run = text[pos:run_end]
        head = _head_in(run)
        word = _unquoted(run)  # “暖心包”: a quoted name is checked without its quotes
        name_end = None
        if head is not None:
            name_end = pos + head[0]
            if pre_q is None and 0 < run_end - name_end <= 3 and _counted_at(text, run_end, end) \
                    and not any(c in _not_in_tail() for c in text[name_end:run_end]):
                name_end = run_end  # 牛肉干800袋: the whole phrase before its count names the good
        elif pre_q is not None and pre_q.value > 1 and 1 <= len(word) <= 6 \
                and all("\u4e00" <= c <= "\u9fff" for c in word) and word[0] not in "由把将从在给向为" \
                and not _not_goods(word):
            # (1万只由镇里转赠: a preposition opens the next phrase, no good is named;
            # 分发到17个乡镇 / 分成5个小组: places and groups are counted, not goods)
            name_end = run_end  # an unlisted good with a count: 2部巡逻艇, 3000份“暖心包”
        elif pre_q is None and 2 <= len(word) <= 6 and all("\u4e00" <= c <= "\u9fff" for c in word) \
                and not any(c in _not_in_tail() for c in word) \
                and word[0] not in "每至到往给向由为把将从在" and not _not_goods(word) \
                and (_unlisted_counted(text, run_end + text.startswith("各", run_end), end)
                     or (items and items[-1].name != MONEY_ITEM and text[elem_start - 1:elem_start] == "、"
                         and text.startswith(("、", "等"), run_end))
                     or (not items and text.startswith("、", run_end) and _each_counted_next(text, run_end + 1, end))):
            # an unlisted good before its count, 酱干1200箱 (not 辖区12个小区), or listed
            # among goods (青菜、鸡毛菜等绿叶菜)
            name_end = run_end
        if head is None and pre_q is not None and run_end < end and text[run_end] in " （(":
            # 1000只FFP2 NR(EN149:2001)医用口罩: a model code with spaces or brackets before the good
            w = pos
            while w < min(end, pos + 30) and text[w] not in "，,。；;、！？!?\n等" \
                    and not (text[w] in "和及与" and _QTY_START.match(text, w + 1)):
                w += 1  # (not past 和60桶消毒液: the next good of the list)
            wh = _head_in(text[pos:w])
            if wh is not None:
                cut = max(text.rfind(c, pos, pos + wh[0]) for c in " )）") + 1
                if pos < cut < pos + wh[0]:
                    head, name_end, pos = wh, pos + wh[0], cut
                    run = text[pos:name_end]
        mod_len = 0
        if head is None and "的" in run[:8]:
            mod_len = run.index("的") + 1  # 一个月的退休金3000元
            if not _startswith_any(run[mod_len:], money_words):
                mod_len = 0
        money_name = _startswith_any(run[mod_len:], money_words) if head is None else None
        if head is None and money_name is None and len(run) <= 8:
            tail_word = _endswith_any(run, money_words)
            if tail_word and len(tail_word) >= 2 and _quantity_at(text, pos + len(run), end) is not None:
                mod_len, money_name = len(run) - len(tail_word), tail_word  # 防疫专项资金30万元
        if name_end is None and money_name:
            mq = _quantity_at(text, pos + mod_len + len(money_name), end)
            if mq is not None and mq.kind == "money":
                items.append(Item(MONEY_ITEM, mq.value, "元", pos, mq.end))
                pos = mq.end
                if not _next_sep(text, pos, end):
                    break
                pos = _skip_sep(text, pos, end)
                continue
        if name_end is None:
            pos = elem_start
            break
        name = _clean_name(text[pos:name_end])
        if name.startswith(("其他", "其它")):  # 其他物资: nothing named
            pos = _skip_sep(text, name_end, end) if _next_sep(text, name_end, end) else name_end
            if pos == name_end:
                break
            continue
        if not name or _bad_name(name):
            pos = elem_start
            break
        item_start = pos
        pos = name_end
        post_q = None
        while pos < end and text[pos] in _QUOTES:
            pos += 1
        paren = re.match(r"[（(][^）)]{0,30}[）)]", text[pos:end])
        if paren and pre_q is not None:
            pos += paren.end()  # 420套爱心包(内含口罩等): a note on the item
        if pre_q is None:
            qpos = pos
            while qpos < end and text[qpos] in " \u3000":
                qpos += 1
            if text.startswith("各", qpos) and _quantity_at(text, qpos + 1, end):
                qpos += 1  # 方便面各50箱
                each_shared = True
            post_q = _quantity_at(text, qpos, end)
            if post_q is not None and post_q.kind == "batch":
                pos, post_q = post_q.end, None  # 防疫用品一批: no count
            if post_q is not None and post_q.kind in ("people", "other", "money"):
                post_q = None
            if post_q is not None:
                pos = post_q.end
                packed = _packed_count(text, post_q, end)
                if packed is not None:
                    post_q, pos = packed, packed.end  # 口罩17箱(51000个): the goods inside are counted
                # 100箱（每箱12瓶）: the parenthesised note is skipped
                m = re.match(r"[（(][^）)]{0,20}[）)]", text[pos:end])
                if m and find_quantities(m.group()):
                    pos += m.end()
        qty = pre_q or post_q
        quantity = unit = None
        if qty is not None and (per_person or _per_person(text, qty.start, floor)):
            per_person = True  # 每户口罩5只、酒精1瓶: the whole list is per household
        elif qty is not None:
            quantity, unit = qty.value, qty.unit
        intro = re.match(r"(?:主要)?(?:包括|有|为)?[：:]?", text[pos:end])
        if qty is None and name.endswith(_generic()) and intro and intro.end() > 0:
            pos += intro.end()  # 捐赠的物资包括：口罩…: the class introduces the list
            continue
        if each_shared and quantity is not None:
            # 面包和牛奶各300箱: each of the goods joined before 各 has that count
            j = len(items)
            while j > 0 and items[j - 1].quantity is None and items[j - 1].name != MONEY_ITEM \
                    and text[items[j - 1].end:(items[j].start if j < len(items) else item_start)] in ("和", "、", "及", "与"):
                j -= 1
                items[j] = replace(items[j], quantity=quantity, unit=unit)
        each_shared = False
        items.append(Item(name, quantity, unit, item_start, pos))
        rest = text[pos:end]
        if rest.startswith("等"):
            pos += 1
            jq = _quantity_at(text, pos, end)
            if jq is not None and jq.kind in ("count", "weight", "volume") and len(items) > 1 \
                    and all(it.quantity is None and it.name != MONEY_ITEM for it in items) and not per_person:
                # 青菜、鸡毛菜等5000斤: one count for the listed goods together
                items = [Item("、".join(it.name for it in items), jq.value, jq.unit, items[0].start, jq.end)]
                pos = jq.end
                break
            coll_end = _name_run(text, pos, end)
            coll = text[pos:coll_end]
            ch = _head_in(coll)
            if ch is None and 2 <= len(coll) <= 6 and all("\u4e00" <= c <= "\u9fff" for c in coll) \
                    and not any(c in _not_in_tail() for c in coll) and _counted_at(text, coll_end, end):
                ch = (len(coll), coll)  # 青菜、鸡毛菜等绿叶菜1.5万斤: an unlisted class with its count
            if ch is not None and (coll[:ch[0]].endswith(_generic()) or _counted_at(text, pos + ch[0], end)):
                cpos = pos + ch[0]
                tl = _startswith_any(text[cpos:end], _tally_leads())
                cq = _quantity_at(text, cpos + (len(tl) if tl else 0), end)
                if cq is not None and cq.kind == "batch":
                    cpos = cq.end  # 酒精、口罩等防疫用品一批: a batch, the listed goods stay
                    cq = None
                class_counted = False
                if cq is not None and cq.kind not in ("people", "other", "money"):
                    # X、Y等物资4200箱: the count belongs to the class as a whole (goods counted
                    # before the listed ones stay: 大米3吨、白菜、土豆等蔬菜5吨、矿泉水200箱)
                    cname = coll[:ch[0]]
                    told = max((i for i, it in enumerate(items) if it.quantity is not None), default=-1)
                    tail = items[told + 1:]
                    items = items[:told + 1] + [Item(cname, cq.value, cq.unit, tail[0].start if tail else pos, cq.end)]
                    cpos = cq.end
                    class_counted = True
                pos = cpos
                if class_counted and _next_sep(text, pos, end) and not re.match(r"[，,]?价值", text[pos:end]) \
                        and _quantity_hint_after(text, pos, end):
                    pos = _skip_sep(text, pos, end)
                    continue  # …蔬菜5吨、矿泉水200箱: the list goes on
            # a trailing value: 等物资，价值20多万元
            vm = re.match(r"[，,]?价值", text[pos:end])
            if vm:
                mq = next((q for q in find_money(text[pos:end]) if q.start <= 6), None)
                if mq is not None:
                    value = mq.value
                    pos += mq.end
            break
        if not _next_sep(text, pos, end):
            if rest and not _startswith_any(rest, continuations):
                clean_end = False
            break
        pos = _skip_sep(text, pos, end)
    # trailing value phrase in the same span: ，价值N万元
    if value is None:
        vm = re.match(r"[，,]?价值", text[pos:end])
        if vm:
            mq = next((q for q in find_money(text[pos:end]) if q.start <= 6), None)
            if mq is not None:
                value = mq.value
                pos += mq.end
                clean_end = True  # 捐赠防疫物资价值8万元: the class word is the object
    return _Parsed(_shared_weight(text, _split_glued(items)), value, pos, clean_end)


def _counted_at(text: str, pos: int, end: int) -> bool:
    """Whether a count of goods (not money, people or a batch) starts at ``pos``,
    after an optional 共计/约 (青菜、鸡毛菜等绿叶菜1.5万斤 / 等新鲜蔬菜共计60吨)."""
    tl = _startswith_any(text[pos:end], _tally_leads())
    q = _quantity_at(text, pos + (len(tl) if tl else 0), end)
    return q is not None and q.kind in ("count", "weight", "volume")


@functools.lru_cache(maxsize=1)
def _repack() -> re.Pattern[str]:
    return re.compile(rf"(?:{_list_alt('events_repack_verbs.txt')})(?=[0-9０-９一二两三四五六七八九十百千万])")


def _repacked(text: str, s_start: int, floor: int, pos: int, drafts: Sequence[_Draft],
              last: Sequence[_Draft]) -> Item | None:
    """The packs that goods were made into earlier in the sentence (分装成2万份“爱心菜包”):
    named as packed if a name follows the count, else as the goods before 分装 (the one
    good just bought or given, or a class word: 将物资分装成380份)."""
    mk = None
    for mk in _repack().finditer(text, floor, pos):
        pass
    if mk is None:
        return None
    q = _quantity_at(text, mk.end(), pos)
    if q is None or q.kind != "count":
        return None
    after = text[q.end:pos].lstrip("“‘\"")
    run = _clean_name(after[:_name_run(after, 0, len(after))])
    if run and (_head_in(run) or 2 <= len(run) <= 6 and not _not_goods(run)) \
            and not any(c in _not_in_tail() for c in run):  # (分成5个小组: a group, no pack)
        return Item(run, q.value, q.unit, q.start, q.end)
    ba = _ba_marker(text, floor, mk.start())
    if ba >= 0:
        # 将大米分装成2000袋 / 把分到的大米分装成3000袋: the packs are of the goods fronted by 将/把
        fronted = _parse_items(text, ba + 1, mk.start(), money_bare=False, floor=ba + 1).items
        gap = text[fronted[0].end:mk.start()] if len(fronted) == 1 else ""
        if len(fronted) == 1 and fronted[0].name != MONEY_ITEM \
                and (not gap or len(gap) <= 2 and not _BOUNDARY.intersection(gap) and not _head_in(gap)) \
                and not fronted[0].name.endswith(_generic()):
            return Item(fronted[0].name, q.value, q.unit, q.start, q.end)
    told = [d for d in list(last) + list(drafts) if d.start >= s_start and len(d.items) == 1
            and d.items[0].name != MONEY_ITEM]
    if told:
        return Item(told[-1].items[0].name, q.value, q.unit, q.start, q.end)
    lead = text[max(floor, mk.start() - 6):mk.start()]
    cls = next((w for w in _words("events_generic.txt") if lead.endswith(w)), None)
    return Item(cls, q.value, q.unit, q.start, q.end) if cls else None


@functools.lru_cache(maxsize=1)
def _front_fillers() -> re.Pattern[str]:
    return re.compile(rf"(?:{_list_alt('events_front_fillers.txt')})[，,]?")


def _fronted_goods(text: str, floor: int, verb_at: int) -> list[Item] | None:
    """Counted goods that open the verb's clause as its topic (口罩4万只、护目镜1500副送达X /
    剩余隔离衣800件于2月13日转赠X): only names, dates, 通过/由/经 phrases and adverbs stand
    between them and the verb."""
    lo = max(floor, max(text.rfind(c, floor, verb_at) for c in "，,；;：:。") + 1)
    mf = _front_fillers().match(text, lo, verb_at)
    if mf:
        lo = mf.end()
    parsed = _parse_items(text, lo, verb_at, money_bare=False, floor=lo)
    goods = parsed.items
    if not goods or goods[0].start != lo and text[lo:goods[0].start].strip(" \u3000") \
            or any(it.name == MONEY_ITEM or it.quantity is None for it in goods):
        return None
    gap = text[goods[-1].end:verb_at]
    if len(gap) > 24 or re.search(r"[，,的]", gap) or _head_in(gap) or find_quantities(gap) \
            or any(w in gap for w in _words("events_name_stop.txt") if w not in ("为", "给", "向", "将", "把")):
        return None
    return goods


def _prior_money(text: str, floor: int, verb_at: int) -> tuple[list[Item], int] | None:
    """拿出自己积攒多年的2万元，捐给了X: money taken out in the clause before a giving verb
    without an object of its own is what the verb gives."""
    seg = max(text.rfind(c, floor, verb_at) for c in "，,")
    if seg < 0:
        return None
    lo = max(floor, max(text.rfind(c, floor, seg) for c in "，,；;：:") + 1)
    clause = text[lo:seg]
    mt = re.search(r"(?:拿出|取出|掏出)", clause)
    money = [q for q in find_money(clause) if mt is not None and q.start > mt.end()]
    if not money or clause[money[-1].end:] not in ("", "现金", "积蓄", "的积蓄"):
        return None
    q = money[-1]
    return [Item(MONEY_ITEM, q.value, "元", lo + q.start, lo + q.end)], verb_at


def _goods_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where a run of goods may start in ``text[lo:hi]``: at a count, or at a known supply word."""
    first = _by_first(_heads())
    starts = [q.start + lo for q in find_quantities(text[lo:hi]) if q.kind in ("count", "weight", "volume")]
    starts += [p for p in range(lo, hi) if any(text.startswith(h, p) for h in first.get(text[p], ()))]
    return starts


def _prior_goods(text: str, floor: int, verb_at: int, after: int, end: int,
                 same_clause: bool = False) -> tuple[list[Item], int] | None:
    """Goods that end the clause before a giving verb without an object of its own
    (自发制作了两百个面包，委托学校送给X / 采摘黄瓜、苦瓜等蔬菜，无偿捐赠一万五千余斤):
    the list that closes that clause, every good in it counted or a known supply word;
    a count right after the verb (or after its receivers) counts them.  ``same_clause``:
    the goods made stand right before the verb (挑选了500斤西瓜送到医院)."""
    if same_clause:
        hi = verb_at
        clause_at = max(floor, max(text.rfind(c, floor, verb_at) for c in "，,；;：:") + 1)
        ends = [at + len(w) for w in _words("events_make_verbs.txt")
                for at in [text.rfind(w, clause_at, verb_at)] if at >= 0]
        if not ends:
            return None
        lo = max(ends)
        lo += 1 if text.startswith("了", lo) else 0
    else:
        seg = max(text.rfind(c, floor, verb_at) for c in "，,")
        if seg < 0:
            return None  # the goods stand in a clause of their own before the verb's
        lo = max(floor, max(text.rfind(c, floor, seg) for c in "，,；;：:") + 1)
        hi = seg
        taken = [at + len(w) for w in ("拿出", "取出", "掏出") for at in [text.rfind(w, lo, hi)] if at >= 0]
        if taken:
            lo = max(taken) + (1 if text.startswith("了", max(taken)) else 0)  # X公司拿出熏鸡2000只: not the firm's name
    clause = text[lo:hi]
    if not clause or any(w in clause for w in _words("events_lack.txt")) \
            or _triggers(text, lo, hi) or any(a in clause for a in _anaphors()):
        return None  # (得知医院缺少口罩，…: goods wanted; a verb of its own: an act of its own)
    heads = _head_set()
    starts = _goods_starts(text, lo, hi)
    starts += [lo] if not same_clause and text[floor:lo].endswith(("拿出", "取出", "掏出", "出了")) else []
    for p in sorted(set(starts)):
        parsed = _parse_items(text, p, hi, money_bare=False, floor=lo)
        goods = [it for it in parsed.items if it.name != MONEY_ITEM]
        if not goods or len(goods) != len(parsed.items):
            continue
        tail = text[goods[-1].end:hi]
        cls = None
        if tail.startswith("等"):
            cls = tail[1:] if tail[1:] in heads else None
            if cls is None and tail[1:]:
                continue
        elif tail.strip():
            continue  # the goods do not close the clause (做了口罩送人)
        if not all(it.quantity is not None or it.name in heads for it in goods) or _collective_only(goods):
            continue
        q = _quantity_at(text, after, end)
        if q is not None and q.kind in ("count", "weight", "volume") and all(it.quantity is None for it in goods):
            # 赶制布口罩，送给X300个 / 采摘黄瓜、苦瓜等蔬菜，无偿捐赠一万五千余斤: one count for the goods
            if cls is not None:
                goods = [Item(cls, q.value, q.unit, goods[0].start, hi)]
            elif len(goods) == 1 or units().get(q.unit or "", ("", 0.0))[0] == "weight":
                goods = [Item("、".join(it.name for it in goods), q.value, q.unit, goods[0].start, goods[-1].end)]
            else:
                return None
            return goods, q.end
        return goods, after
    return None


def _class_subject(text: str, region_start: int, pos: int) -> bool:
    """Whether a clause before a verb opens with a bare class word as its subject
    (…介绍，物资当天就由志愿服务队分发到各卡点): the goods just told, now handed on."""
    seg = max(region_start, max(text.rfind(c, region_start, pos) for c in "，,；;：:") + 1)
    head = _startswith_any(text[seg:pos], _words("events_generic.txt"))
    return head is not None and not _startswith_any(text[seg + len(head):pos], ("和", "及", "、", "等", "的"))


def _unlisted_counted(text: str, pos: int, end: int) -> bool:
    """A count of goods at ``pos`` that closes a list element (酱干1200箱，…)."""
    q = _quantity_at(text, pos, end)
    return q is not None and q.kind in ("count", "weight", "volume") and _ends_element(text, q.end, end)


def _each_counted_next(text: str, pos: int, end: int) -> bool:
    """绿豆汤、凉茶各200桶: the next element of the list is a word closed by a shared count (各N),
    so the words before it are goods of that count too."""
    run_end = _name_run(text, pos, end)
    word = text[pos:run_end]
    return 2 <= len(word) <= 6 and all("\u4e00" <= c <= "\u9fff" for c in word) and not _not_goods(word) \
        and text.startswith("各", run_end) and _unlisted_counted(text, run_end + 1, end)


def _sent_back_goods(text: str, t: "_Trigger", items: Sequence[Item]) -> bool:
    """(从广州)寄回口罩1万只: a verb of sending home followed right away by counted goods
    gives them, as 寄来 does (寄回国捐赠的口罩: the goods come later, the verb only carries)."""
    return bool(items) and t.verb.rstrip("了").endswith("回") and all(it.quantity is not None for it in items) \
        and re.fullmatch(r"了?[0-9一二两三四五六七八九十百千万余多]*[^\W\d的捐]{0,2}", text[t.end:items[0].start]) is not None


def _ends_element(text: str, pos: int, end: int) -> bool:
    """Whether a list element ends at ``pos``: a boundary, a joiner, a value phrase or the span's end."""
    return pos >= end or text[pos] in _BOUNDARY or text.startswith(("价值", "和", "及", "等"), pos) \
        or _startswith_any(text[pos:end], _words("events_adverbs.txt") + _all_words()) is not None


_QUOTED = re.compile(r"[“‘\"「『]([^“”‘’\"「」『』]{1,8})[”’\"」』]")


def _unquoted(run: str) -> str:
    """The word inside quotes when quotes wrap the whole run (“爱心防护包”), else the run."""
    m = _QUOTED.fullmatch(run)
    return m.group(1) if m else run


def _not_goods(word: str) -> bool:
    """A counted word that names places, bodies or groups, not goods (17个乡镇, 5个小组)."""
    return _endswith_any(word, _words("events_name_suffix.txt")) is not None


def _clean_name(name: str) -> str:
    """Item phrase as written, less quotes and a modifier clause before the last 的."""
    name = "".join(c for c in name if c not in _QUOTES).strip()
    if "的" in name:
        name = name.rsplit("的", 1)[1]
    for lead in ("一点", "一些", "一批", "这批", "这些"):
        if name.startswith(lead):
            name = name[len(lead):]
    return name


def _bad_name(name: str) -> bool:
    """A run that holds a clause, not a noun phrase (为一线人员准备方便面)."""
    if len(name) > 14:
        return True
    head = _head_in(name)
    if head is not None and head[0] == len(name):
        name = name[:len(name) - len(head[1])]  # 工作服, 工作鞋: a stop word inside the known good
    elif name.endswith(tuple(_words("events_place_nouns.txt"))):
        return True  # 两个卡点: a place counted after the goods' destination
    return any(w in name for w in _words("events_name_stop.txt"))


def _shared_weight(text: str, items: list[Item]) -> list[Item]:
    """青菜、菠菜1.5吨 / 2.5吨莲花白、萝卜: one weight for goods joined by 、 weighs them together.

    A weight (unlike a count of 只 or 箱) adds up across different goods, so the list is one
    good with that weight rather than the last good alone carrying it.
    """
    if len(items) < 2 or any(it.name == MONEY_ITEM for it in items):
        return items
    counted = [i for i, it in enumerate(items) if it.quantity is not None]
    if len(counted) != 1 or counted[0] not in (0, len(items) - 1):
        return items
    it = items[counted[0]]
    if units().get(it.unit or "", ("", 0.0))[0] != "weight":
        return items
    if counted[0] == 0 and not text[:it.start].endswith(it.unit or ""):
        return items  # 大米5吨、面粉: the weight follows the first good only
    if any(text[a.end:b.start] != "、" for a, b in zip(items, items[1:])):
        return items
    name = "、".join(x.name for x in items)
    return [Item(name, it.quantity, it.unit, items[0].start, items[-1].end)]


@functools.lru_cache(maxsize=1)
def _head_set() -> frozenset[str]:
    return frozenset(_heads())


_BROUGHT = re.compile(r"(?:带队|率队|一行|带领[^，,。；;]{0,12}?)(?=送|运|将|把|前往|来到|赶到|到)")


def _quantity_hint_after(text: str, pos: int, end: int) -> bool:
    """Whether the next list element (after a 、) holds a count of its own."""
    nxt = re.match(r"[、]([^、，,；;。]{1,16})", text[pos:end])
    return nxt is not None and _QTY_HINT.search(nxt.group(1)) is not None


def _split_glued(items: list[Item]) -> list[Item]:
    """火腿肠方便面 → 火腿肠, 方便面: two listed goods written without a joiner."""
    heads = _heads()
    out: list[Item] = []
    for it in items:
        done = False
        if it.name != MONEY_ITEM and it.name not in _head_set():  # 抗原检测试剂 is one good
            for h in _by_first(heads).get(it.name[:1], ()):
                if it.name.startswith(h) and len(h) < len(it.name) \
                        and h not in resources.words("supply_modifier_heads.txt"):
                    rest = it.name[len(h):]
                    if rest in heads and rest not in resources.words("supply_pack_heads.txt") \
                            and rest not in resources.words("supply_class_tails.txt"):
                        out.append(Item(h, None, None, it.start, it.start + len(h)))
                        out.append(Item(rest, it.quantity, it.unit, it.start + len(h), it.end))
                        done = True
                        break
        if not done:
            out.append(it)
    return out


def _next_sep(text: str, pos: int, end: int) -> bool:
    s = text[pos:end].lstrip(" \u3000")
    return bool(s) and _startswith_any(s, _SEPS) is not None and len(s) > 1


def _skip_sep(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \u3000":
        pos += 1
    sep = _startswith_any(text[pos:end], _SEPS)
    return pos + len(sep) if sep else pos


# ----------------------------------------------------------------------------
# participants
# ----------------------------------------------------------------------------
def _gap_role(gap: str) -> str | None:
    """Role of the text between two mentions: coord if it is a joiner plus role nouns."""
    links = _links()
    roles = _words("events_roles.txt")
    g = gap.strip(" \u3000")
    if g == "":
        return "adjacent"
    g = re.sub(r"^(?:(?:还|也|又)(?=与|和|同)|则(?=与|和|同|联合|携手))", "", g)  # A公司还与B一道 / A则联合B
    for w in sorted(links, key=len, reverse=True):
        if links[w] == "coord" and g.startswith(w):
            rest = g[len(w):]
            while rest:
                r = _startswith_any(rest, roles)
                if not r:
                    break
                rest = rest[len(r):]
            if rest.strip(" ") in ("", "并", "还"):
                return "coord"
    return None


def _marker_before(text: str, pos: int, floor: int) -> str | None:
    """Link role of the word right before ``pos`` (向/给/为 → to, 由 → by, 据/记者 → place)."""
    links = _links()
    window = text[max(floor, pos - 6):pos]
    window = re.sub(r"(?:该|本|当地|全)(?:县|市|区|镇|乡|村|省)?$", "", window)
    if _endswith_any(window, _words("events_not_party_before.txt")):
        return "place"  # 据X介绍, 记者X, 作为X: a source, a byline or a description
    for w in _links_longest_first():
        if links[w] == "via" and window.endswith(w):
            return "via"  # A通过X向Y捐赠: X passes the goods on; A gives
        if links[w] in ("to", "by") and window.endswith(w):
            if w in ("助力", "支持") and window[:-len(w)].endswith("为"):
                return "place"  # 为助力X抗疫: a purpose, not a receiver
            if w == "为" and _endswith_any(window, _words("events_wei_words.txt")):
                return None  # 作为/成为/因为 …: not the receiver marker 为
            return links[w]
    if window.endswith(("从", "在", "于", "来自", "自", "旅居", "侨居", "定居", "旅", "驻")):
        return "place"
    return None


_TO_MARK = re.compile("[向为给]")


def _in_receiver_phrase(text: str, floor: int, m: Mention, starts: set[int]) -> bool:
    """Whether a receiver marker (向/为/给) governs ``m``: no clause break between them,
    except commas that only separate listed names (为A学校,B学校,C中学捐赠)."""
    seg = text[floor:m.start]
    marks = [mk for mk in _TO_MARK.finditer(seg) if _is_to_marker(text, floor + mk.start())]
    if not marks:
        return False
    p = floor + marks[-1].end()
    between = text[p:m.start]
    if re.search(r"[；;。！？!?：:“”]", between):
        return False
    for mc in re.finditer(r"[，,]", between):
        if p + mc.end() not in starts:
            return False
    return True


def _is_to_marker(text: str, i: int) -> bool:
    """Whether the 向/为/给 at ``i`` introduces a receiver (not 作为, 为了, 为助力, 给予 …)."""
    c = text[i]
    before, after = text[max(0, i - 3):i], text[i + 1:i + 5]
    if c == "为":
        if _endswith_any(before + c, _words("events_wei_words.txt")):
            return False
        return not _startswith_any(after, _words("events_wei_purpose.txt"))
    if c == "向":
        return not before.endswith(("方", "走", "面", "导", "意", "志", "动", "倾", "去", "转")) \
            and not after.startswith(("上", "前", "着", "往", "来", "阳", "日"))
    if c == "给":
        return not after.startswith(("予", "力", "付")) and not before.endswith(("供", "补", "交", "配", "自"))
    return False


def _loc_can_give(text: str, m: Mention, nxt: int, nxt_is_name: bool) -> bool:
    """A place gives only as a body: X村 + (role noun | adverb | joiner | the verb itself).

    A place right before another name (中牟县万滩镇) only locates that name."""
    after = text[m.end:nxt].lstrip(" \u3000")
    if not after:
        return not nxt_is_name
    if after[0] in "、，,和与及":
        return True
    if after.startswith("的"):  # X社区的党员志愿者们自发捐款: unnamed members give as the body
        rest = re.sub(r"^(?:全体|广大)", "", after[1:])
        role = _startswith_any(rest, _words("events_roles.txt"))
        return role is not None and not (nxt_is_name and not rest[len(role):].lstrip("们"))
    if _startswith_any(re.sub(r"^(?:爱心|热心|当地|本地|各|多家|部分)+", "", after), _words("events_place_classes.txt")):
        return False  # 江苏爱心企业捐赠的…: the place only locates unnamed firms, it gives nothing
    after = re.sub(r"^(?:全体|广大)", "", after)  # X村全体党员: the members give as the body
    role = _startswith_any(after, _words("events_roles.txt")) or _startswith_any(after, _words("events_titles.txt"))
    if role and nxt_is_name and not after[len(role):].strip(" \u3000"):
        return False  # 滨海二村居民周美玲捐赠的: the named resident gives, the place says where she lives
    return bool(role
                or _startswith_any(after, _words("events_adverbs.txt"))
                or _startswith_any(after, tuple(_links())))


def _goods_before(text: str, floor: int, pos: int) -> bool:
    """其中，口罩6万只、隔离衣1200件通过X捐赠给Y: counted goods stand as the subject of the
    clause, so the channel X passes on someone else's gift (the giver told before)."""
    clause = max(floor, max(text.rfind(c, floor, pos) for c in "，,；;：:") + 1)
    return any(q.kind != "money" and q.unit for q in find_quantities(text[clause:pos]))


_MEMBER_COUNT = re.compile(r"(?:[0-9]+|[一二两三四五六七八九十百]+)[名位]")


def _counted_members(text: str, pos: int, end: int) -> bool:
    """X村31名党员共捐款: counted members of a named village/community give as that place's body."""
    mc = _MEMBER_COUNT.match(text, pos, end)
    return mc is not None and _startswith_any(text[mc.end():end], _words("events_member_nouns.txt")) is not None


def _class_subject_before(text: str, floor: int, pos: int) -> bool:
    """公司通过X红十字会向Y捐款: a class noun (the article's own body) is the clause's subject,
    so the channel after it does not stand in for an unnamed giver."""
    at = max(floor, max(text.rfind(c, floor, pos) for c in "，,；;。：:\n") + 1)
    own = re.sub(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:[上下]午|晚|早)?[，,]?)", "", text[at:pos].strip())
    own = re.sub(r"(?:通过|经由|经)$", "", own)
    own = re.sub(r"(?:还|又|也|另|再次|同时|随后|随即)$", "", own)
    return own in _bare_bodies()


def _roles_in_region(text: str, ms: list[Mention], floor: int, end: int | None = None) -> list[tuple[Mention, str]]:
    """Assign each mention of a giver region a role: agent, to (receiver), by (giver), place.

    Once a receiver marker (向/为/给 …) is seen, the names after it up to the verb stay
    receivers (向A、B、C等单位捐赠; 为A学校,B学校…捐赠) unless a clause break
    comes between them with other words.
    """
    end = len(text) if end is None else end
    out: list[tuple[Mention, str]] = []
    prev: tuple[Mention, str] | None = None
    not_after = _words("events_not_agent_after.txt")
    causative = [mc.end() for mc in re.finditer(_alt(_words("events_causative.txt")),
                                                 text[floor:end])
                 if "响应" not in text[max(floor, floor + mc.start() - 8):floor + mc.start()]]
    cause_end = floor + causative[-1] if causative else floor
    cause_end = max(cause_end, _unnamed_subject(text, floor, end))
    speech = [ms_.end() for ms_ in _speech_marker().finditer(text, floor, end)]
    if speech:
        cause_end = max(cause_end, speech[-1])  # A说，商会会员凑了善款: A speaks, the members give
    parens = [(mp.start(), mp.end()) for mp in re.finditer(r"[（(][^（()）]*[)）]", text[floor:end])]
    # 得知家乡卫生院物资紧张，…: what was learnt holds no party
    learnt = [(floor + ml.start(), floor + ml.end()) for ml in re.finditer(
        rf"(?:{_alt(_words_plus('events_learn_verbs.txt', 'events_frame_words.txt'))})[^，,；;。]*",
        text[floor:end])]
    starts = {m.start for m in ms}
    origin_by = False
    for k, m in enumerate(ms):
        nxt = ms[k + 1].start if k + 1 < len(ms) else end
        mark = _marker_before(text, m.start, floor)
        role = {"to": "to", "by": "by", "place": "place"}.get(mark or "", "agent")
        if mark == "via":  # A、B通过X捐赠: X passes the gift on; unnamed givers (侨胞通过X): X stands in
            role = "to" if any(r in ("agent", "by") for _, r in out) \
                or any(w in text[floor:m.start] for w in _words("events_anonymous.txt")) \
                or _goods_before(text, floor, m.start) or _class_subject_before(text, floor, m.start) else "agent"
        if mark is None and m.type == "PER" and re.search(
                rf"(?:委托|拜托|托)(?:其|自己的|他的|她的)?(?:{_alt(_words('events_entrusted.txt'))})$", text[floor:m.start]):
            role = "place"  # A委托弟弟B为村里送来: B only carries A's gift
        members = _counted_members(text, m.end, nxt) if m.type == "LOC" else False
        if m.type == "LOC" and not members and re.match(r"[0-9一二两三四五六七八九十几多各众]", text[m.end:m.end + 1]):
            role = "place"  # 新郑两家企业 / 万滩镇众多群众: the place only qualifies the givers
        if mark is None and prev is not None and prev[1] in ("to", "by") \
                and _gap_role(text[prev[0].end:m.start]) == "coord":
            role = prev[1]
        if mark is None and prev is not None and prev[1] == "place" and m.type == prev[0].type == "ORG" \
                and text[prev[0].end:m.start] == "、":
            role = "place"  # 响应县委、县政府号召 / 据A、B介绍: the second body of the pair is no party either
        if mark is None and prev is not None and prev[1] == "place" and m.type == prev[0].type == "LOC" \
                and prev[0].end == m.start and text[prev[0].start - 1:prev[0].start] in ("从", "自"):
            role = "place"  # 从浙江宁波网购: a run-together place goes with the one before
        if role in ("agent", "place") and _in_receiver_phrase(text, floor, m, starts):
            role = "to"  # 向A、B、C等单位捐赠; 为A学校,B学校…捐赠: still inside the receiver phrase
        if role == "by" and _startswith_any(text[m.end:nxt], not_after):
            role = "place"  # 由X牵线: X brought the parties together, it did not give
        if mark is None and origin_by and _title_chunk(text[ms[k - 1].end + 1:m.start]):
            role = "by"  # 由X籍企业家Y捐赠: Y gives
        origin_by = role == "by" and m.type == "LOC" and text.startswith("籍", m.end)
        if origin_by:
            role = "place"  # X籍: where the giver comes from
        if role == "agent" and m.type == "LOC" and text[m.end:m.end + 1] in ("，", ",") and _locative().match(
                text, max(floor, max(text.rfind(c, floor, m.start) for c in "，,；;：:") + 1)):
            role = "place"  # 在洱海边的X镇，Y协会…: a place adverbial sets the scene
        if role == "agent":
            if m.type == "LOC" and not members and not _loc_can_give(text, m, nxt, k + 1 < len(ms)):
                role = "place"
            elif _startswith_any(text[m.end:nxt], not_after):
                role = "place"  # 响应X的倡议: X did not give
            elif m.end <= cause_end:
                role = "place"  # X动员Y捐赠: Y gives; X…，9名志愿者…送到: the volunteers do
            elif any(floor + a < m.start and m.end < floor + b for a, b in parens):
                role = "place"  # (记者 X 通讯员 Y): a parenthesis, not the clause
            elif any(a < m.start and m.end <= b for a, b in learnt):
                role = "place"  # 得知X医院物资紧张 / 按照X统一调配: X is what was learnt, or the frame
            elif re.match(r"(?:一家|一位|一名|一个|某)", m.text) or text[max(floor, m.start - 2):m.start].endswith(
                    ("一家", "一位", "一名")):
                role = "place"  # 他是一家外贸公司的负责人: an indefinite or predicate noun is no giver
        out.append((m, role))
        prev = (m, role)
    return out


@functools.lru_cache(maxsize=1)
def _locative() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{_list_alt('events_locative.txt')})")


@functools.lru_cache(maxsize=1)
def _speech_marker() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(_words('events_speech.txt'))})[，,：:]")


def _affiliation_gap(gap: str) -> bool:
    """X公司总经理、宝清籍企业家 (Y): titles, and descriptions after them, that tell who the person
    after them is."""
    first = re.split(r"[、，,]", gap, maxsplit=1)[0]
    return _title_chunk(first) and not re.search(r"[。；;和与及向为给对由]", gap) and len(gap) <= 16


def _title_chunk(gap: str) -> bool:
    """Whether ``gap`` only describes the next person: titles, optionally 、-joined (会长、主席)."""
    g = gap.strip(" \u3000")
    if not g or g[0] in "和与及":
        return False  # A公司和村民B: two givers joined, not B's affiliation
    titles = _words_plus("events_titles.txt", "events_roles.txt")
    bad = ("向", "为", "给", "对", "由", "，", ",", "。", "；")
    for part in g.rstrip("、").split("、"):
        if not part or len(part) > 8 or any(b in part for b in bad) or not _endswith_any(part, titles):
            return False
    return True


def _agent_chain(text: str, tagged: list[tuple[Mention, str]]) -> list[Mention]:
    """Rightmost giver and the givers coordinated with it (A、B、C等企业).

    A person's affiliation (X公司董事长Y, A同乡会会长、B侨联主席Y) is not a giver of
    its own: it is skipped, and the chain goes on left of it (Y1, …董事长Y2).
    """
    cands = [i for i, (m, r) in enumerate(tagged) if r in ("agent", "by")]
    if not cands:
        return []
    by = [m for m, r in tagged if r == "by"]
    if by:
        return by
    i = cands[-1]
    chain = [tagged[i][0]]
    edge = chain[0].start
    j = i - 1
    while j >= 0:
        m, r = tagged[j]
        gap = text[m.end:edge]
        if chain[0].type == "PER" and m.type in ("ORG", "LOC") and _title_chunk(gap):
            edge = m.start  # an affiliation of the person
            j -= 1
            continue
        coord = _gap_role(gap) == "coord" or (
            chain[0].type == "PER" and m.type == "PER" and gap[:1] in "、，,和" and _title_chunk(gap[1:]))
        if r not in ("agent",) or not coord:
            break
        chain.insert(0, m)
        edge = m.start
        j -= 1
    return chain


def _recipient_filter(text: str, ms: list[Mention]) -> list[Mention]:
    """Drop places that only qualify the next name (大渡口区8个镇街, 陆丰的医疗机构, X镇Y村)."""
    out = []
    for k, m in enumerate(ms):
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        if nxt is not None and nxt.start == m.end:
            continue
        after = text[m.end:m.end + 1]
        if m.type == "LOC" and after and (after == "的" or after.isdigit()) \
                and not (after == "的" and text[m.start - 1:m.start] == "给" and _goods_at(text, m.end + 1)):
            continue  # (调拨给开鲁镇的折叠床100张: the place received the goods told after it)
        out.append(m)
    return out


_ALL_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff])(?:全部|全数|悉数)(?:都|已|被)?$")


def _goods_at(text: str, pos: int) -> bool:
    """Whether goods start at ``pos``: a count, or a known supply word within a few characters."""
    if quantity_at_start(text[pos:pos + 12]) is not None:
        return True
    head = _head_in(text[pos:pos + 8])
    return head is not None and not re.search(r"[，,。；;的]", text[pos:pos + head[0]])


@functools.lru_cache(maxsize=1)
def _bare_title() -> re.Pattern[str]:
    """A title with no body of its own before it (村支书, 值班护士长, 副院长)."""
    return re.compile(rf"(?:[村镇乡县市区]|值班|副)?(?:{_alt(_words_plus('events_titles.txt', 'events_roles.txt'))})")


def _mentions_after(text: str, pos: int, end: int, ms: list[Mention]) -> list[Mention]:
    """Mention chain starting right at ``pos`` (after 给/到/助力 …), joined by 、/和."""
    while pos < end and text[pos] in "了 \u3000":
        pos += 1
    chain: list[Mention] = []
    cur = pos
    for m in ms:
        if m.start < cur or m.start >= end:
            continue
        gap = text[cur:m.start]
        if chain:
            if _gap_role(gap) not in ("coord", "adjacent"):
                break
        elif gap.strip() not in ("",) and not re.fullmatch(r"[了 ]*", gap) \
                and not (m.type == "PER" and _bare_title().fullmatch(gap.strip())):
            break  # (交给了村支书A: a title before the person received is no break)
        chain.append(m)
        cur = m.end
    return _recipient_filter(text, chain)


# ----------------------------------------------------------------------------
# sentences → events
# ----------------------------------------------------------------------------
def _sentences(text: str) -> list[tuple[int, int]]:
    return _segments(text, 0, len(text), _SENT_END)


def _triggers(text: str, start: int, end: int, ms: Sequence[Mention] = ()) -> list[_Trigger]:
    inner: dict[int, int] | None = None  # offset inside a mention -> its end (built at the first verb)
    by_first = _verbs_by_first()
    out: list[_Trigger] = []
    i = start
    # where a verb's first two characters stand (its first character found by a character
    # class: one C scan, cheaper than a lookahead alternation of all the verbs at every offset)
    heads = _verb_heads()
    for mv in _verb_first_chars().finditer(text, start, end):
        p = mv.start()
        if p < i or text[p:p + 2] not in heads:
            continue
        if inner is None:
            inner = {k: m.end for m in ms for k in range(m.start + 1, m.end)}
        if _giver_label().match(text, p):
            continue  # 捐赠方为X: a label naming the giver of goods told before, not a verb
        for verb, typ, role in by_first.get(text[p], ()):
            if text.startswith(verb, p) and p + len(verb) <= end \
                    and not (p in inner and p + len(verb) > inner[p]):  # 派出所|捐赠: not 所捐
                out.append(_Trigger(p, p + len(verb), verb, typ, role))
                i = p + len(verb)
                break
    return out


@functools.lru_cache(maxsize=1)
def _verb_starts() -> re.Pattern[str]:
    """Every position where a trigger verb starts (a lookahead: overlapping starts too)."""
    return re.compile(f"(?=(?:{_alt(tuple(v for v, _, _ in _verbs()))}))")


@functools.lru_cache(maxsize=1)
def _verb_first_chars() -> re.Pattern[str]:
    """A character class of the trigger verbs' first characters."""
    return re.compile("[" + "".join(sorted({re.escape(v[:1]) for v, _, _ in _verbs() if v})) + "]")


@functools.lru_cache(maxsize=1)
def _verb_heads() -> frozenset[str]:
    """The trigger verbs' first two characters (every verb has two or more, see _triggers)."""
    heads = frozenset(v[:2] for v, _, _ in _verbs())
    if any(len(h) < 2 for h in heads):
        raise ValueError("supply_verbs.tsv: a trigger verb of one character")
    return heads


@functools.lru_cache(maxsize=1)
def _verbs_by_first() -> dict[str, list[tuple[str, str, str]]]:
    """Trigger verbs by first character, longest first (a fast scan of the text)."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for row in _verbs():
        out.setdefault(row[0][0], []).append(row)
    return out




def _bare_names(text: str, floor: int, end: int, ms: list[Mention]) -> list[Mention]:
    """Givers' names the mention list lacks, in a list of names right before the verb:
    X村党员A、B带着…, 侨胞C、D、E共捐赠, X村A为…送来 (A: surname + 1–2 characters)."""
    surnames = _words("surnames.txt")
    anchors = _words_plus("events_roles.txt", "events_titles.txt")
    out: list[Mention] = []
    covered = [(m.start, m.end) for m in ms]

    after_name = {m.end for m in ms if m.type in ("LOC", "ORG")}

    def name_at(i: int) -> int | None:
        sn = _startswith_any(text[i:end], surnames)
        if not sn or any(a <= i < b for a, b in covered):
            return None
        if i in after_name and text[i] in "向为给对与和":
            return None  # X公司向学校…: a preposition, not the surname 向
        for n in (3, 2):
            j = i + n
            if j > end or n <= len(sn) or not all("\u4e00" <= c <= "\u9fff" for c in text[i:j]):
                continue
            if any(a < j and i < b for a, b in covered) or _endswith_any(text[i:j], anchors):
                continue
            if text[i:j] in _words("events_not_names.txt") or _endswith_any(text[i:j], _words("events_not_names.txt")) \
                    or text[i:j] in _words("events_subject_nouns.txt") or text[i:j] in _bare_bodies():
                continue  # 师生, 干部, 公司 (代表公司): a group or class noun, not surname + given name
            rest = text[j:end]
            if j == end or (_startswith_any(rest, _name_follow()) and len(rest) <= 12
                            and not re.search(r"[，,；;。]", rest[1:])):
                return j
        return None

    starts: list[int] = []
    for m in ms:
        if m.type == "PER" and text.startswith("、", m.end):
            starts.append(m.end + 1)
        elif m.type in ("LOC", "ORG"):
            starts.append(m.end)
    for mm in re.finditer(_alt(anchors), text[floor:end]):
        starts.append(floor + mm.end())
    seen: set[int] = set()
    for i in sorted(set(starts)):
        while i < end and i not in seen:
            seen.add(i)
            j = name_at(i)
            if j is None:
                break
            out.append(Mention(text[i:j], "PER", i, j, "event.bare_name"))
            covered.append((i, j))
            if not text.startswith("、", j):
                break
            i = j + 1
    return out


def _verbless(text: str, c_start: int, c_end: int, ms: list[Mention], last: list[_Draft],
              s_start: int) -> list[_Draft]:
    """A clause with no verb that goes on a run of gifts in its sentence:
    …带来酸奶等；X超市老板Y，慰问值班人员，五件面包，五件火腿肠 — Y gave the counted goods."""
    if not last or last[-1].start < s_start or last[-1].type != "donation":
        return []
    cms = [m for m in ms if c_start <= m.start and m.end <= c_end and m.type in ("PER", "ORG")]
    if not cms or text[c_start:cms[0].start].strip(" \u3000，,") and not _in_names(text, c_start, cms):
        return []
    for mc in re.finditer(r"[，,]", text[c_start:c_end]):
        pos = c_start + mc.end()
        if pos <= cms[0].end:
            continue
        p = _parse_items(text, pos, c_end, money_bare=False, floor=pos)
        if p.items and all(it.quantity is not None for it in p.items) and p.items[0].start <= pos + 2:
            region = [m for m in ms if c_start <= m.start and m.end <= pos]
            agents = _agent_chain(text, _roles_in_region(text, region, c_start, pos))
            if not agents:
                return []
            return [_Draft("donation", [_name(m) for m in agents], [], p.items, p.value, pos, p.end,
                           "event.verbless")]
    return []


@functools.lru_cache(maxsize=1)
def _list_header() -> re.Pattern[str]:
    slots: dict[str, list[str]] = defaultdict(list)
    for r in resources.table("events_list_header.tsv"):
        slots[r["slot"]].append(r["word"])
    topic, noun, pointer, pointed = (_alt(tuple(slots[k])) for k in ("topic", "noun", "pointer", "pointed"))
    return re.compile(rf"(?:(?:{topic})[^。！？\n]{{0,12}}(?:{noun})"
                      rf"|(?:{pointer})[^。！？\n]{{0,12}}(?:{pointed}))")


def _list_board(text: str, s_start: int, s_end: int, ms: list[Mention]) -> list[str] | None:
    """收到以下单位和个人的捐赠 / X红十字会接收社会捐赠情况如下: a list of gifts follows;
    the receiving body named in the heading (or [] if none) receives them.  A heading
    without one takes the body the sentence before it gives to (社会各界向X捐款。现将…公示如下)."""
    mh = _list_header().search(text, s_start, s_end)
    if mh is None:
        return None
    bodies = [m for m in ms if s_start <= m.start and m.end <= mh.end() and m.type == "ORG"]
    mw = re.search(r"(?:我会|本会)", text[bodies[-1].end if bodies else s_start:mh.end()])
    if mw is not None:
        # 按照上级红十字会的要求，现将我会接收的…公示如下: the body that speaks publishes the list,
        # the nearest of its class named before the heading, else the one that signs after it
        ends = _bare_bodies()[mw.group()]
        own = [m for m in ms if m.type == "ORG" and _of_class(_name(m), ends) is not None]
        before = [m for m in own if m.end <= s_start]
        signed = [m for m in own if m.start >= s_end and text[m.start - 1:m.start] == "\n"
                  and text[m.end:m.end + 1] in ("\n", "")]
        if before or signed:
            return [_of_class(_name(before[-1] if before else signed[-1]), ends) or ""]
    if bodies:
        return [_name(bodies[-1])]
    p_start = _sentence_before(text, s_start)
    prior = [m for m in ms if p_start <= m.start and m.end <= s_start and m.type == "ORG"
             and _TO_MARK.fullmatch(text[m.start - 1:m.start] if m.start else "")]
    return [_name(prior[-1])] if prior else []


@functools.lru_cache(maxsize=1)
def _total_line() -> re.Pattern[str]:
    # 合计：捐款38万元 / 以上合计捐款20.1万元 (以上: the lines above, so no colon is needed)
    words = _list_alt("events_total_line.txt")
    return re.compile(rf"[ \u3000\t]*(?:(?:{words})[：:]|以上(?:{words}))")
_SECTION = re.compile(r"[ \u3000\t]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])")


def _list_caption(text: str, s_start: int, s_end: int) -> bool:
    """A line inside a donor list that carries no count: the column header
    (序号　单位　金额) or a section heading (一、捐款 / （二）捐物)."""
    line = text[s_start:s_end]
    if len(line.strip()) > 40:
        return False
    if _SECTION.match(line) is not None:
        return True
    return len(line.split()) >= 3 and not re.search(r"[，,。；;！？!?]", line)


def _line_givers(text: str, pos: int, end: int, ms: list[Mention]) -> tuple[list[Mention], int]:
    """The givers a donor-list line starts with and the end of their cell:
    A / A全体教职工 / A及镇村干部 / A党员 / A、B.
    Why: a roll names the body its members gave through; the members and notes are no giver."""
    roles = _words("events_roles.txt")
    heads: list[Mention] = []
    while pos < end:
        head = next((m for m in ms if m.start == pos and m.type in ("PER", "ORG")), None)
        if head is None:
            break
        heads.append(head)
        pos = head.end
        mm = re.match(r"(?:全体|部分)?(?:及|和)?", text[pos:end])
        for k in range(0, 5 if mm.group().endswith(("及", "和")) else 1):
            role = _startswith_any(text[pos + mm.end() + k:end], roles)
            if role:  # 全体教职工 / 及镇村干部: the members of the named body
                pos += mm.end() + k + len(role)
                more = _startswith_any(text[pos:end], roles)
                if more:  # 全体干部职工: two member nouns in a row
                    pos += len(more)
                break
        if not text.startswith("、", pos):
            break
        pos += 1
    return heads, pos


def _place_members(text: str, pos: int, end: int, ms: list[Mention]) -> tuple[list[Mention], int]:
    """X镇Y村村民  6150.00: the members of a named place give as that place (the guide: the
    named body stands in); the innermost place of a run of places is the one."""
    place = None
    while True:
        m = next((m for m in ms if m.start == pos and m.type == "LOC"), None)
        if m is None:
            break
        place, pos = m, m.end
    if place is None:
        return [], pos
    member = _startswith_any(text[pos:end], _words("events_member_nouns.txt"))
    if member is None:
        return [], pos
    pos += len(member)
    person = next((m for m in ms if m.start == pos and m.type == "PER"), None)
    if person is not None:  # X镇Y村村民Z  鸡蛋300斤: the named villager gives
        return [person], person.end
    return [place], pos


def _table_line(text: str, c_start: int, c_end: int, ms: list[Mention], board: list[str] | None) -> list[_Draft]:
    """A line of a donor list under a heading: A 捐款 10000元 / A：口罩3000只 / A  5000元 /
    A全体教职工  12850.00 / A、B  各2000.00 (one gift per giver)."""
    if board is None:
        return []
    if " | " in text[c_start:c_end]:
        # 1 | A | 50000 | 银行转账 | (an HTML table scraped to text): a bar breaks cells as a tab does
        text = text[:c_start] + re.sub(r"[ \u3000]*\|[ \u3000]*", lambda m: "\t".ljust(len(m.group()), " "),
                                       text[c_start:c_end]) + text[c_end:]
    # the lead cell: a row number, or the row's date (4月12日  A  现金  200000.00)
    lead = re.match(r"[ \u3000\t]*(?:[0-9]{1,2}月[0-9]{1,2}日(?=[ \u3000\t])|[0-9０-９]{1,3}[.、．)）]?)?[ \u3000\t]*",
                    text[c_start:c_end]).end()
    heads, hend = _line_givers(text, c_start + lead, c_end, ms)
    pair = len(heads) == 2 and _startswith_any(text[hend:c_end], _words("events_couples.txt"))
    if pair:  # A、B夫妇  5000.00: the couple gives the one sum together
        hend += len(pair)
    anonymous = False
    if not heads:
        heads, hend = _place_members(text, c_start + lead, c_end, ms)
    if not heads:
        # 爱心人士（不愿透露姓名）  伍仟元: a giver who keeps the name back gives with no agent
        cell = text[c_start + lead:c_end]
        hidden = _startswith_any(cell, _words("events_anonymous.txt"))
        if hidden is not None:
            # (event.list_line+anonymous) 不愿透露姓名(的)爱心人士  1000.00: the same, told first
            cell = re.sub(r"^的", "", cell[len(hidden):])
        noun = _startswith_any(cell, _words("events_subject_nouns.txt"))
        if noun is None and hidden is not None and re.match(r"[ \u3000\t]", cell):
            noun = ""  # 无名氏  5000: the hidden giver fills the cell
        if noun is None:
            return []
        hend = c_end - len(cell) + len(noun)
        anonymous = hidden is not None
    directed: list[str] = []
    mn = _LINE_NOTE.match(text, hend, c_end)
    if mn is not None:
        # A（甘泉街道长塘村）/ A（含会员企业捐款）/ A（定向捐赠X镇）: a note on the giver, not a giver;
        # a 定向 beneficiary named in it receives too
        note = mn.group(1)
        anonymous = any(w in note for w in _words("events_anonymous.txt"))
        if "定向" in note:
            directed = [_name(m) for m in ms if hend + 1 + note.find("定向") < m.start and m.end < mn.end()]
        hend = mn.end()
    if not heads and not anonymous:
        return []
    mp = re.match(r"[ \u3000\t]*[：:]?[ \u3000\t]*", text[hend:c_end])
    pos = hend + mp.end()
    if pos == hend:
        return []
    each = text.startswith("各", pos)
    if each:
        pos += 1
    elif len(heads) > 1 and not pair:
        return []  # A、B  5万元: one sum of two givers, not told apart
    paid = _startswith_any(text[pos:c_end], _words("events_pay_methods.txt"))
    if paid and re.match(r"[ \u3000\t]+[0-9]", text[pos + len(paid):c_end]):
        pos += len(paid) + len(text[pos + len(paid):c_end]) - len(text[pos + len(paid):c_end].lstrip(" \u3000\t"))
    p = _parse_items(text, pos, c_end, money_bare=True, floor=pos)
    value = p.value
    while p.items and p.end < c_end and text[p.end] in " \u3000\t":  # A  口罩500只  消毒液20瓶
        nxt = p.end + len(text[p.end:c_end]) - len(text[p.end:c_end].lstrip(" \u3000\t"))
        more = _parse_items(text, nxt, c_end, money_bare=True, floor=nxt)
        if not more.items or more.items[0].start > nxt + 1:
            break
        p = _Parsed(p.items + more.items, p.value or more.value, more.end, more.clean_end)
        value = p.value
    rule = "event.list_line"
    goods = [it for it in p.items if it.name != MONEY_ITEM]
    if goods and len(goods) == len(p.items) - 1 and p.items[-1].name == MONEY_ITEM \
            and re.fullmatch(r"[ \u3000\t]+", text[goods[-1].end:p.items[-1].start]) \
            and "元" not in text[p.items[-1].start:p.items[-1].end]:
        # A  牛奶500箱  36000 (a 折价 column): the bare sum in its own cell is the goods' worth
        value = p.items[-1].quantity
        p = _Parsed(goods, value, p.end, p.clean_end)
        rule += "+value_cell"
    tail = text[p.end:c_end].strip(" \u3000\t。；;，,")
    paid = _startswith_any(tail, _words("events_pay_methods.txt"))
    if paid is not None and p.items and p.items[0].name == MONEY_ITEM \
            and (len(paid) == len(tail) or tail[len(paid)] in " \u3000\t"):
        tail = tail[len(paid):].lstrip(" \u3000\t")  # A  50000  银行转账: how it was paid
    if re.fullmatch(r"含[^\t\n]{1,12}", tail):
        tail = ""  # A  32600  含会员捐款: a note on the sum
    mnote = re.match(r"定向([^\t\n]{2,20})$", tail)
    if mnote is not None and p.items and (p.items[0].name == MONEY_ITEM or "+value_cell" in rule):
        # A  86000.00  定向X镇 (a 备注 cell): the beneficiary named there receives too
        directed += [_name(m) for m in ms if p.end + tail.find("定向") < m.start and m.end <= c_end
                     and _name(m) not in directed]
        tail = ""
        rule += "+directed_note"
    mv = _line_value().match(tail)
    if mv:  # A  方便面200箱  折价1.5万元: the worth of the goods in the last column
        mq = next((q for q in find_money(tail) if q.start == mv.end()), None)
        if mq is not None and not tail[mq.end:].strip(" \u3000\t。；;，,()（）"):
            value, tail = mq.value, ""
    if tail.strip("—－-"):
        return []
    if not p.items or p.items[0].start > pos + 1 or any(it.quantity is None for it in p.items):
        return []
    recips = list(board) + [d for d in directed if d not in board]
    if not heads:
        return [_Draft("donation", [], recips, p.items, value, pos, p.end, rule + "+anonymous")]
    if pair:
        return [_Draft("donation", [_name(h) for h in heads], recips, p.items, value, pos, p.end, rule + "+pair")]
    return [_Draft("donation", [_name(h)], recips, p.items, value, pos, p.end, rule)
            for h in heads]


_LINE_NOTE = re.compile(r"[ \u3000\t]*[（(]([^（()）\n]{1,30})[)）]")


@functools.lru_cache(maxsize=1)
def _line_value() -> re.Pattern[str]:
    return re.compile(rf"(?:{_list_alt('events_value_words.txt')})(?:约|近|达)?")


def _in_names(text: str, c_start: int, cms: list[Mention]) -> bool:
    """Whether only place names (X村, X镇) stand before the first giver's name."""
    lead = text[c_start:cms[0].start].strip(" \u3000，,")
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{1,8}(?:村|镇|乡|社区|街道)", lead))


def _detail_goods(text: str, pos: int, end: int) -> _Parsed | None:
    """Concrete goods named in the next comma-clause (…，为X准备方便面、饮料等物资)."""
    if text[pos - 1:pos] in ("，", ","):
        pos -= 1
    nxt = re.match(r"[，,]([^，,。；;]{0,20}?)(" + _alt(_words("events_detail_verbs.txt"))
                   + ")", text[pos:end])
    if nxt is None:
        # (+arrived_list) 捐赠的一批物资运抵X，包括口罩5万只…: the batch arrives, its goods are listed
        nxt = re.match(r"(?:运抵|运到|送达|抵达)[^，,。；;]{1,15}[，,]()(包括)(?:[：:])?", text[pos:end])
    if nxt is None or any(c in nxt.group(1) for c in "将把"):
        return None
    p = _parse_items(text, pos + nxt.end(), end, money_bare=False, floor=pos)
    if p.items and not _collective_only(p.items):
        return p
    return None


def _batch_part(text: str, region_start: int, pos: int, floor: int,
                before: Sequence[_Draft]) -> tuple[_Draft, list[Item]] | None:
    """``其中口罩2000只、消毒液20桶分发给…``: counted goods after 其中 are a part of the batch
    told just before (the same goods with the same units), handed on in an act of their own."""
    at = text.rfind("其中", region_start, pos)
    if not before:
        return None
    if at >= 0:
        start = at + 2
    elif before[-1].rule.startswith("event.batch_part") \
            and before[-1].start > max(text.rfind(c, 0, pos) for c in _SENT_END):
        # …其中2万只送到了X，1万只送到了Y: the next part of the sentence, a count alone
        start = max(region_start, max(text.rfind(c, region_start, pos) for c in "，,；;") + 1)
    else:
        return None
    parsed = _parse_items(text, start, pos, money_bare=False, floor=floor)
    goods = [it for it in parsed.items if it.name != MONEY_ITEM]
    bare = None if goods or text[max(0, start - 3):start].startswith(("将", "把")) \
        else _quantity_at(text, start + len(text[start:pos]) - len(text[start:pos].lstrip()), pos)
    # (将其中2万只捐赠给X: the 将 act takes the part itself)
    if bare is not None and bare.unit and bare.kind not in ("people", "other", "money") \
            and re.fullmatch(r"[了的\s]*", text[bare.end:pos]):
        # 其中2万只送到了X: a count alone takes the name of the batch's goods with that unit
        named = {x.name for d in before[-3:] if not d.rule.startswith("event.batch_part")
                 for x in d.items if x.unit == bare.unit and x.quantity is not None}
        if len(named) == 1:
            goods = [Item(named.pop(), bare.value, bare.unit, bare.start, bare.end)]
            parsed.items = goods
    if not goods or len(goods) != len(parsed.items) or any(it.quantity is None for it in goods):
        return None
    def covers(d: _Draft) -> bool:
        return all(any(x.unit == it.unit and (x.name.endswith(it.name) or it.name.endswith(x.name))
                       and (x.quantity or 0) >= (it.quantity or 0) for x in d.items) for it in goods)

    # the batch is one of the last acts told (a gift of money may come between: 同时捐赠现金…)
    src = next((d for d in reversed(before[-3:]) if d.type in ("donation", "procurement", "distribution")
                and not d.rule.startswith("event.batch_part") and covers(d)), None)
    return (src, goods) if src is not None else None


def _known_counts(items: list[Item], drafts: list[_Draft], last: list[_Draft]) -> list[Item]:
    """Goods handed on without a count take the count of the same goods given just before
    (…捐赠的105份新鲜蔬菜送达…，将蔬菜送到各个住户)."""
    out = []
    for it in items:
        if it.quantity is None:
            for d in reversed(list(last[-2:]) + drafts):
                if len(d.recipients) >= 2 and len({r[-2:] for r in d.recipients}) == 1:
                    # (shared) 分配给A街道、B街道、C街道。B街道把蔬菜送到居民家门口: a share,
                    # not counted (a channel and a receiver, 红十字会 and X镇, are no share-out)
                    break
                same = [x for x in d.items if x.quantity is not None and x.name.endswith(it.name)]
                if same:
                    it = replace(it, quantity=same[-1].quantity, unit=same[-1].unit)
                    break
        out.append(it)
    return out


def _back_reference(text: str, pos: int, end: int, drafts: list[_Draft], last: list[_Draft]) -> Item | None:
    """``(其中)2000只`` with no noun: that many of the goods last named with the same unit."""
    m = re.match(r"\s*(?:其中|其余|剩下的|剩余的?)?", text[pos:end])
    qpos = pos + m.end()
    q = _quantity_at(text, qpos, end)
    if q is None or q.kind in ("people", "other", "money") or q.unit is None:
        return None
    rest = text[q.end:end]
    if rest and not (rest[0] in "，,、" or _startswith_any(rest, tuple(_links()) + _words("events_adverbs.txt"))):
        return None  # 2000只口罩: a noun follows, not a back-reference
    for d in reversed(list(last) + drafts):
        for it in reversed(d.items):
            if it.unit == q.unit and it.name != MONEY_ITEM:
                return Item(it.name, q.value, q.unit, q.start, q.end)
    return None


def _list_heads(text: str, floor: int, ms: list[Mention]) -> list[Mention]:
    """The first name of a 、-list of organisations that the mention list lacks
    (，甲乙微、[丙丁光电]、[戊己科技]等企业捐赠): listed names are of one kind."""
    out: list[Mention] = []
    for k, m in enumerate(ms):
        if m.type != "ORG" or m.start - 1 <= floor or text[m.start - 1] != "、":
            continue
        prev_end = ms[k - 1].end if k > 0 else floor
        j = m.start - 1
        i = j
        while i > prev_end and re.match(r"[\u4e00-\u9fffA-Za-z0-9]", text[i - 1]):
            i -= 1
        if not (2 <= j - i <= 10) or (i > floor and text[i - 1] not in "，,；;。：:“"):
            continue
        run = text[i:j]
        if any(w in run for w in _words("events_name_stop.txt")) or _startswith_any(run, _lead_fillers()) \
                or _endswith_any(run, _words_plus("events_roles.txt", "events_titles.txt")) \
                or _head_in(run):
            continue
        out.append(Mention(run, "ORG", i, j, "event.list_head"))
    return out


def _zero_subject(region: str) -> bool:
    """Whether a clause after ；has no subject of its own (…；还向X捐赠): only a few linking words."""
    r = re.sub(r"[\s，,、]", "", region)
    r = re.sub(r"^(?:\d{1,2}月\d{1,2}[日号])?", "", r)
    r = re.sub(r"(?:向|为|给)[^，,；;。]*$", "", r)  # …；同日向B捐赠: the receiver is no subject
    return len(r) <= 4 and not _startswith_any(r, _words("events_roles.txt"))


@functools.lru_cache(maxsize=1)
def _unnamed_pattern() -> re.Pattern[str]:
    roles = _alt(_words("events_roles.txt") + resources.words("events_unnamed_roles.txt"))
    return re.compile(rf"(?:^|[，,；;])\s*(?:[0-9一二两三四五六七八九十几数多]+[名位个]?)?"
                      rf"(?:社区|村|镇|街道|乡)?(?:{roles})")


def _unnamed_subject(text: str, floor: int, end: int) -> int:
    """End of the last unnamed group of people that starts a clause before the verb
    (…，9名志愿者立即…将X送到; …，社区党员干部和志愿者…): names before it do not give."""
    out = -1
    for mm in _unnamed_pattern().finditer(text, floor, end):
        out = mm.end()
    return out


_TO_PHRASE = re.compile(r"(?:为|向|给|对)[^，,；;。]*?(?:的|$)")


def _subjectless(region: str) -> bool:
    """Whether the words before a verb hold no subject of their own: no unnamed givers
    (群众, 爱心企业, 30多家企业) outside a receiver phrase (为…群众提供, 对群众的关爱)."""
    own = _TO_PHRASE.sub("", re.split(r"[，,；;]", region)[-1])
    own = re.sub(r"(?:\d{1,2}月\d{1,2}[日号])", "", own)
    fillers = _words("events_adverbs.txt") + resources.words("events_clause_fillers.txt")
    while own:
        w = _startswith_any(own, fillers)
        if not w:
            return False  # 董岗村守萌伟为…送来: words of a subject stand before the verb
        own = own[len(w):]
    r = _TO_PHRASE.sub("", region)
    if re.search(r"[0-9一二两三四五六七八九十几数多]+[名位个家户支]", r):
        return False
    return not any(w in r for w in _words("events_subject_nouns.txt"))


@functools.lru_cache(maxsize=1)
def _subject_lead_pattern() -> re.Pattern[str]:
    lead = _alt(_words("events_subject_lead.txt"))
    return re.compile(rf"(?:\s|[，,]|{lead}|(?:\d{{4}}年)?\d{{1,2}}月(?:\d{{1,2}}[日号])?"
                      rf"(?:[至到—－-](?:\d{{1,2}}月)?\d{{1,2}}[日号])?)*")


def _sentence_subject(text: str, s_start: int, limit: int, ms: list[Mention]) -> list[Mention]:
    """The named subject a sentence opens with (据了解，X…；…), with names joined to it (A、B)."""
    pre = _subject_lead_pattern()
    sms = [m for m in ms if s_start <= m.start and m.end <= limit]
    if not sms or _not_a_party(sms[0]):
        return []
    first = sms[0]
    if pre.fullmatch(text, s_start, first.start) is None:
        return []
    chain = [first]
    for m in sms[1:]:
        if _gap_role(text[chain[-1].end:m.start]) != "coord" or m.type != first.type:
            break
        chain.append(m)
    after = text[chain[-1].end:chain[-1].end + 1]
    if after in ("的", "") or re.match(r"[0-9一二两三四五六七八九十几多各众全部]", after):
        return []  # 黄圃镇各界人士…, 新郑两家企业…: the place only qualifies the givers
    nxt = [m for m in sms if m.start >= chain[-1].end]
    if nxt and nxt[0].start == chain[-1].end:
        return []  # 中牟县万滩镇: the place only locates the next name
    return chain


_MONEY_USE = re.compile(r"(?:用于|用来|用以|用(?:这|该|此|上述)笔[\u4e00-\u9fff]{0,2}|用(?:这些|上述)[\u4e00-\u9fff]{0,2})"
                        r"(?:为[^，,；;。]{0,12})?$")


def _sentence_before(text: str, s_start: int) -> int:
    """Start of the sentence before the one starting at ``s_start``."""
    j = s_start
    while j > 0 and (text[j - 1] in _SENT_END or text[j - 1].isspace()):
        j -= 1  # the end of the sentence before, and blank lines
    return max(text.rfind(c, 0, j) for c in _SENT_END) + 1


@functools.lru_cache(maxsize=1)
def _bare_bodies() -> dict[str, tuple[str, ...]]:
    return {r["word"]: tuple(r["ends"].split("|")) for r in resources.table("events_bare_bodies.tsv")}




_SPAN_FILLER = re.compile(r"(?:[0-9一二两三四五六七八九十几]+(?:天|日)(?:内|来|里)|近日|日前|连日来)")


def _members_of(rest: str) -> bool:
    """全体教职工…: the words after a class noun name all its members (学校全体教职工发起爱心捐款，
    两天内共筹得善款: the next clause goes on with them, the school giving)."""
    return re.match(r"(?:全体|全校|全院|广大)", rest) is not None \
        and _startswith_any(re.sub(r"^(?:全体|全校|全院|广大)", "", rest), _words("events_roles.txt")) is not None


def _bare_body(text: str, region_start: int, pos: int, ms: list[Mention], last: Sequence[_Draft]) -> str | None:
    """集团向X捐款 / 学校用这笔钱采购: a class noun alone as the subject of the clause names the
    body of that class told before (the last one that gave, else the nearest one named)."""
    clause_at = max(text.rfind(c, region_start, pos) for c in "，,；;") + 1
    clause_at = max(clause_at, region_start)
    own = re.sub(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:[上下]午|晚|早)?)", "", text[clause_at:pos].strip())
    # 公司通过X红十字会向Y捐款: the channel stands between the class noun and its receiver
    own = re.sub(r"^([\u4e00-\u9fff]{2,3}?)(?:还|又|也)?(?:通过|经由)[^向为给对，,；;]*(?=[向为给对])", r"\1", own)
    # 公司通过多方渠道采购: the means stand right before the verb
    own = re.sub(r"^([\u4e00-\u9fff]{2,3}?)(?:还|又|也)?(?:通过|经由)(?:多方|各种|各方|多种|自己的|自有)?(?:渠道|途径|关系)$",
                 r"\1", own)
    own = _TO_PHRASE.sub("", own) if re.match(r"^[\u4e00-\u9fff]{2}(?:还|又|也|再|另)?(?:为|向|给|对)", own) else own
    own = re.sub(r"(?:用(?:这|该|此)笔[\u4e00-\u9fff]{0,2})$", "", own)
    own = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:将|把|用)[^，,；;。]*$", "", own)  # 学校将口罩转赠…: the object
    fillers = ("还", "又", "也", "另", "同时", "另外", "随即", "立即", "再次", "共", "已", "专门", "特意",
               "此前", "曾", "先后", "随后", "当天", "当日", "就", "自愿", "自发",
               "紧急", "第一时间", "迅速", "主动", "积极", "及时", "连夜", "再")
    own = re.sub(r"^(?:该|这家|此|这个)", "", own)  # 该超市还向…捐赠: the same, pointed at
    word = next((w for w in _bare_bodies() if own.startswith(w)), None)
    bare_own = re.sub(r"(?:从|自)[\u4e00-\u9fff]{1,8}$", "", re.sub(
        r"^(?:于|在)?(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?[初中下上底旬]*", "", own))  # 于2月初从日本|采购到
    if word is None and clause_at > region_start and text[clause_at - 1] in "，," \
            and not _SPAN_FILLER.sub("", re.sub("|".join(fillers), "", re.sub(r"(?:为|向|给|对)[^，,；;。]*$", "", bare_own))):
        # 该超市坚持不涨价，还向X捐赠: a clause without a subject goes on with the one before
        prev_at = max(text.rfind(c, 0, clause_at - 1) for c in "，,；;。！？!?\n") + 1
        prev = re.sub(r"^(?:该|这家|此|这个)", "", text[prev_at:clause_at - 1].strip())
        word = next((w for w in _bare_bodies() if prev.startswith(w) and (text[prev_at:].lstrip().startswith(
            ("该", "这家", "此", "这个")) or _members_of(prev[len(w):])
            or re.match(r"(?:通过|经)", prev[len(w):])
            or (w.startswith("全") and _startswith_any(prev[len(w):], _words("events_roles.txt"))))), None)
        if word is None:
            return None
        own, clause_at = word, prev_at
    if word is None:
        return None
    rest = re.sub(r"^(?:全体|广大)?(?:[0-9]+|[一二两三四五六七八九十百千]+)?[名位]?", "", own[len(word):])
    member = _startswith_any(rest, _words("events_roles.txt"))
    members = bool(member)
    while member:  # 商会会员企业捐赠的… / 局机关党员干部为X捐赠的…: the members give as their body
        rest = re.sub(r"^(?:企业|单位|们)", "", rest[len(member):])
        member = _startswith_any(rest, _words("events_roles.txt"))
    while rest:
        if rest[0] in "为向给对" and (word in _place_bodies() or members):
            break  # 街道还为辖区困难家庭送去…: the receiver phrase runs up to the verb
        f = _startswith_any(rest, fillers) or (_SPAN_FILLER.match(rest) or [None])[0]
        if not f:
            return None
        rest = rest[len(f):]
    ends = _bare_bodies()[word]
    if word in ("我会", "本会"):
        # 我会已将口罩拨付X: the body that speaks, the one that received the gifts told before
        got = [n for d in reversed(list(last)) if d.type == "donation" for r in d.recipients
               for n in [_of_class(r, ends)] if n is not None]
        named = [n for m in ms if m.type == "ORG" and m.end <= clause_at for n in [_of_class(_name(m), ends)]
                 if n is not None]
        return got[0] if got else named[0] if named else None
    return _body_of_class(word, ms, clause_at, last)


def _body_of_class(word: str, ms: list[Mention], clause_at: int, last: Sequence[_Draft]) -> str | None:
    """The body a class noun (公司, 学校 …) stands for: the last of that class that gave, else
    the nearest one named before ``clause_at``."""
    ends = _bare_bodies()[word]
    # 社区/街道 are places that act as bodies: a place of that class named before stands in too
    kinds = ("ORG", "LOC") if word in _place_bodies() else ("ORG",)
    before = [n for m in ms if m.type in kinds and m.end <= clause_at
              for n in [_of_class(_name(m), ends)] if n is not None]
    before = [n for n in before if word in n] or before  # 集团 → a 集团 before a company it owns
    if word in _place_bodies():
        before = [n for n in before if n.endswith(word)] or before  # 社区 → X社区, not X社区党委
    prior = [a for d in reversed(list(last)) for a in d.agents if a in set(before)]
    if prior:
        return prior[0]
    return before[-1] if before else None


def _of_class(name: str, ends: tuple[str, ...]) -> str | None:
    """The organisation of a class (ends) that ``name`` is, or holds (X中学党支部 → X中学)."""
    if name.endswith(ends):
        return name
    inner = _endswith_any(name, _words("events_sub_bodies.txt"))
    if inner and name[:-len(inner)].endswith(ends) and len(name) - len(inner) >= 3:
        return name[:-len(inner)]
    return None


_REPRESENTS = re.compile(r"代表(?:本|该|我)?([\u4e00-\u9fff]{1,4})$|以(?:本|该|我)?([\u4e00-\u9fff]{1,4}?)的?名义$")


@functools.lru_cache(maxsize=1)
def _represents_visit() -> re.Pattern[str]:
    bodies = "|".join(sorted(_bare_bodies(), key=len, reverse=True))
    return re.compile(rf"代表(?:本|该|我)?({bodies})(?=来到|前往|走进|深入|赶到|赶赴|到)")


def _represented_body(text: str, region_start: int, pos: int, ms: list[Mention], s_start: int) -> str | None:
    """A代表公司向X捐赠: who acts on behalf of a body (named only by its class noun) is not
    the giver; the body is: the nearest organisation of that class named before in the sentence,
    else before in the article (the article's own company)."""
    seg = text[region_start:pos]
    ba = _ba_marker(text, region_start, pos)
    if ba >= 0:
        seg = text[region_start:ba]  # (+represented) A代表公司，将口罩…送到X: the object stands between
    seg = re.sub(r"[，,\s]+$", "", _TO_PHRASE.sub("", seg)) if re.search(r"(?:向|为|给)", seg) else seg.rstrip("，, ")
    mr = _REPRESENTS.search(seg)
    if mr is None:
        # (+represented) A代表公司，分别向X镇和Y镇各捐赠: adverbs of the next clause stand between
        mr = _REPRESENTS.search(re.sub(rf"[，,]\s*(?:{_list_alt('events_group_adverbs.txt')}|分别|同时)+$", "", seg))
    if mr is None:
        # (+represented) A代表学校来到X慰问一线工作人员，送去…: the visit on the body's behalf
        mr = _represents_visit().search(seg)
    if mr is None:
        return None
    ends = _bare_bodies().get(mr.group(1) or mr.group(2))  # (以公司名义: on the body's behalf too)
    if ends is None:
        return None
    at = region_start + mr.start()
    # (+represented) X有限公司党委书记、董事长A代表公司: the company holding the named inner body
    before = [m for m in ms if m.type == "ORG" and m.end <= at and _of_class(_name(m), ends)]
    here = [m for m in before if m.start >= s_start]
    pick = here or before
    return _of_class(_name(pick[-1]), ends) if pick else None


@functools.lru_cache(maxsize=1)
def _paid_with() -> re.Pattern[str]:
    return re.compile(rf"用(?:这|该|此|上述)笔[\u4e00-\u9fff]{{0,2}}|用(?:这些|上述)(?:{_list_alt('events_paid_with.txt')})")


def _funder(text: str, bought: _Draft, before: Sequence[_Draft], s_start: int) -> list[str]:
    """X党支部捐款9300元。A和B用这笔钱采购了…，送到Y: whoever gave the money gives the goods
    bought with it; the buyers only run the errand (the procurement stays theirs)."""
    at = max(text.rfind(c, 0, bought.start) for c in "。！？!?\n") + 1
    if _paid_with().search(text, at, bought.start) is None:
        return []
    floor = _sentence_before(text, s_start)
    gift = next((d for d in reversed(before) if d.type == "donation" and d.agents and d.start >= floor
                 and d.start < bought.start and any(it.name == MONEY_ITEM for it in d.items)), None)
    return list(gift.agents) if gift is not None else []


def _leaders_body(text: str, agents: Sequence[Mention], pos: int, ms: list[Mention],
                  members_only: bool = False) -> str | None:
    """X中学校长A、书记B带领教师代表将…送到: people who lead a group of their body's members
    deliver for that body; the organisation named before their titles gives.

    With two affiliations (A商会会长、B公司董事长C带领商会成员) the body whose class the led
    members name is the one; a class noun alone before the title (由商会会长C带队) names the
    body of that class told before.  ``members_only``: only when the led are named as the
    body's members or by its class noun (a leader told in an earlier clause)."""
    if not agents or any(m.type != "PER" for m in agents):
        return None
    tail = text[agents[-1].end:pos]
    lead = next((mm for mm in re.finditer(_alt(_words("events_lead_verbs.txt")), tail)), None)
    if lead is None:
        return None
    led = re.sub(r"^[\d一二两三四五六七八九十百几多余]+[家名位个]", "", tail[lead.end():])  # 带领12家会员企业
    led = re.sub(rf"^(?:{_list_alt('events_firm_units.txt')})(?=员工|职工)", "", led)  # 带着基地员工
    cls = next((w for w in sorted(_bare_bodies(), key=len, reverse=True) if led.startswith(w)), None)
    ends = _bare_bodies()[cls] if cls else None
    if ends is None:
        kind = next((r for r in resources.table("events_led_members.tsv") if led.startswith(r["word"])), None)
        ends = tuple(kind["ends"].split("|")) if kind is not None else None  # 带领会员企业: the 商会
    if ends is None and (members_only or lead.group() in _words("events_bring_verbs.txt")):
        return None  # 董事长A带着口罩来到…: bringing goods, not leading the body's members
    first = agents[0]
    titles = _words_plus("events_titles.txt", "events_roles.txt")
    chain: list[Mention] = []  # the affiliations written before the first person's titles
    edge = first.start
    for m in reversed([m for m in ms if m.type == "ORG" and m.end <= first.start]):
        gap = text[m.end:edge].rstrip("、")
        if not gap or len(gap) > 8 or not _endswith_any(gap, titles) or re.search(r"[，,；;。]", gap) \
                or ("、" in gap and not _title_chunk(gap)):
            break  # (党支部书记、董事长: two titles of one person)
        chain.append(m)
        edge = m.start
    if chain:
        pick = [m for m in chain if ends and _name(m).endswith(ends)] or chain[:1]
        if ends is None and _endswith_any(_name(pick[0]), _words("events_public_bodies.txt")):
            return None  # 县委副书记A带队到X镇，送去…: an official's visit, the official gives
        if not (ends and _name(pick[0]).endswith(ends)) and _endswith_any(_name(pick[0]), _words("events_sub_bodies.txt")):
            if lead.group() in _words("events_delegation_words.txt"):
                # X公司党支部书记、董事长A一行: the delegation is the body holding the branch
                inner = _endswith_any(_name(pick[0]), _words("events_sub_bodies.txt"))
                holder = _name(pick[0])[:-len(inner)] if inner else ""
                if _endswith_any(holder, _words("events_org_heads.txt")):
                    return holder
            return None  # 工会主席A带领员工志愿者 / 党支部书记B带领党员: the leader gives, not the inner body
        return _name(pick[0])
    # 由商会会长C带队 / 该企业负责人C带着员工: the class noun before the title stands for the body told before
    lead_in = text[max(0, first.start - 8):first.start]
    for w in sorted(_bare_bodies(), key=len, reverse=True):
        mt = re.search(rf"(?:^|[由是和及、，,])(?:该)?{w}([\u4e00-\u9fff]{{1,5}})$", lead_in)
        if mt and _endswith_any(mt.group(1), titles):
            at = first.start - len(mt.group(1)) - len(w)
            before = [m for m in ms if m.type == "ORG" and m.end <= at and _name(m).endswith(_bare_bodies()[w])]
            return _name(before[-1]) if before else None
    unit = re.search(rf"(?:{_list_alt('events_firm_units.txt')})([\u4e00-\u9fff]{{1,5}})$", text[max(0, first.start - 16):first.start])
    if unit and ends and _endswith_any(unit.group(1), titles) and "公司" in ends:
        # 公司X基地负责人A带着基地员工，把…送到Y: the head of a firm's unit leads its staff; the firm gives
        at = first.start - len(unit.group())
        before = [m for m in ms if m.type == "ORG" and m.end <= at and _name(m).endswith(ends)]
        return _name(before[-1]) if before else None
    return None


@functools.lru_cache(maxsize=1)
def _owned_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(_bare_bodies(), key=len, reverse=True))
    return re.compile(rf"(?:^|[将把带着])({words})(?:{_list_alt('events_owned_members.txt')})?(?:企业|单位)?们?"
                      rf"[\u4e00-\u9fff]{{0,4}}?(?:{_list_alt('events_raise_verbs.txt')})的")


def _owned_goods(text: str, agents: Sequence[Mention], end: int, ms: list[Mention]) -> str | None:
    """A董事长带队，将集团紧急采购的蔬菜…送往X / A会长带着协会会员筹集的方便面…: goods that a
    class noun's body (or its members) bought or raised are that body's gift; the people only
    bring them. The body is the nearest organisation of that class named before."""
    if not agents or any(m.type != "PER" for m in agents):
        return None
    mo = _owned_pattern().search(text, agents[-1].end, end)
    if mo is None or re.search(r"[，,；;。]", text[agents[-1].end:mo.start()]) and "将" not in text[agents[-1].end:mo.start() + 1]:
        return None
    w = mo.group(1)
    before = [n for m in ms if m.type == "ORG" and m.end <= agents[0].start
              for n in [_of_class(_name(m), _bare_bodies()[w])] if n is not None]
    before = [n for n in before if w in n] or before
    return before[-1] if before else None


def _running_total(text: str, s_start: int, region_start: int, t: _Trigger) -> bool:
    """截至目前，X已累计…: a total up to a date (a body's own running total of buying or
    handing out still counts as its act; what it received from many givers does not)."""
    clause = text[max(region_start, s_start + max(text.rfind(c, s_start, t.start) for c in "，,；;") - s_start + 1):t.start]
    return any(w in clause for w in _words("events_cumulative.txt")) \
        and any(w in text[s_start:t.start] for w in _words("events_as_of.txt"))


def _habitual(text: str, s_start: int, pos: int) -> bool:
    """每天 / 天天 / 经常 in the clause before the verb (or a clause of the same sentence
    before it that the verb's clause goes on from: 每天要往返十几趟，为居民配送…):
    a routine is told, not an act."""
    return any(w in text[s_start:pos] for w in _words("events_habitual.txt"))


def _private_givers(names: Sequence[str], ms: list[Mention]) -> bool:
    """Firms, or people alone, give their own goods (鑫源公司为居民送去口罩 is a gift);
    volunteer teams, work teams and public bodies hand goods out."""
    pers = {_name(m) for m in ms if m.type == "PER"}
    if names and all(n in pers for n in names):
        return True
    return any(_endswith_any(n, _firm_end()) for n in names)


def _for_households(text: str, region_start: int, pos: int) -> bool:
    """…为(全村)120余户独居老人和困难家庭送去: the 为/给 phrase before the verb names households."""
    mt = None
    for mt in re.finditer(r"[为给]([^，,；;。为给]{1,24})$", text[region_start:pos]):
        pass
    if _endswith_any(re.sub(r"(?:都|均|再|额外|还|又|分别|各)$", "", text[region_start:pos]),
                     _words("events_per_person.txt")):
        return True  # 每户送去口罩10只 / 每人送去面条2把: a share per head is a hand-out
    if mt is None:
        return False
    return any(w in mt.group(1) for w in _words("events_households.txt")) \
        or re.search(r"[0-9一二两三四五六七八九十百千]+余?多?户", mt.group(1)) is not None


@functools.lru_cache(maxsize=1)
def _group_subject() -> re.Pattern[str]:
    return re.compile(
    r"(?:^|[，,：:])[\u4e00-\u9fff]{0,4}?(?:(?P<n>[0-9]+|[两二三四五六七八九十])(?P<cl>[家位名]))?"
    rf"[\u4e00-\u9fff]{{0,4}}?(?P<cls>企业|志愿者)们?(?:{_list_alt('events_group_adverbs.txt')})*(?:为|向|给|捐|赠|送)")
_CN_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _group_givers(text: str, s_start: int, pos: int, ms: list[Mention]) -> list[str]:
    """新郑两家企业向X捐赠… (the two companies named in the next sentences); 志愿者当天为X捐赠
    (the article's one named volunteer): an unnamed group of a class, as the subject, stands
    for the named members of that class the text gives elsewhere.

    企业 needs a count that the named companies of the paragraph match exactly; 志愿者 needs
    exactly one named volunteer (志愿者A / X队的志愿者A) before it in the article, whose team,
    when written, gives with them."""
    mg = None
    for mg in _group_subject().finditer(text, s_start, pos):
        pass
    if mg is None or re.search(r"[，,：:]", text[mg.end():pos]) and mg.group("cls") == "企业":
        return []
    if mg.group("cls") == "企业":
        if not mg.group("n") or mg.group("cl") != "家":
            return []
        n = int(mg.group("n")) if mg.group("n").isdigit() else _CN_SMALL[mg.group("n")]
        para_at = text.rfind("\n", 0, s_start) + 1
        para_end = text.find("\n", pos)
        para_end = len(text) if para_end < 0 else para_end
        s_end = min([i for i in (text.find(c, pos, para_end) for c in "。！？!?") if i >= 0] or [para_end])
        ends = _bare_bodies()["企业"]
        names = list(dict.fromkeys(_name(m) for m in ms if m.type == "ORG" and para_at <= m.start < para_end
                                   and not s_start <= m.start < s_end and _name(m).endswith(ends)))
        return names if len(names) == n else []
    if mg.group("n"):
        return []
    volunteers = [m for m in ms if m.type == "PER" and m.end <= s_start and text[:m.start].endswith("志愿者")]
    if len({_name(m) for m in volunteers}) != 1:
        return []
    v = volunteers[-1]
    at = v.start - len("志愿者")
    team = [m for m in ms if m.type == "ORG" and m.end in (at, at - 1) and text[m.end:at] in ("", "的")]
    return [_name(m) for m in team[-1:]] + [_name(v)]


def _appeal_body(text: str, s_start: int, pos: int, ms: list[Mention], first: bool = False) -> str | None:
    """X发出倡议(后)，全体党员自愿捐款: the organisation whose call unnamed members answer
    earlier in the sentence gives in their stead (the guide: the named body stands in).
    With ``first`` the first call of the region counts (a call told in the sentence before)."""
    region = text[s_start:pos]
    hits = [region.find(w) if first else region.rfind(w) for w in _words("events_appeal.txt")]
    at = min((h for h in hits if h >= 0), default=-1) if first else max(hits)
    before = _sentence_before(text, s_start)
    told_before = not first and before < s_start \
        and max(text.rfind(w, before, s_start) for w in _words("events_appeal.txt")) >= 0
    if at < 0 and re.match(rf"\s*(?:全体|广大|全校|全院)?(?:{_list_alt('events_roles.txt')})", region):
        # X党支部向全体教职工发出倡议。全体教职工踊跃参与，共捐款: the call told in the sentence before
        return _appeal_body(text, before, pos, ms, first=True) if told_before else None
    if told_before and at >= 0 and re.match(rf"\s*(?:{_list_alt('events_appeal.txt')})(?:发出|发起)?后", region[at:]) \
            and not region[:at].strip("，, "):
        # X党总支发出倡议，号召…。倡议发出后，全校党员教师捐款: the caller is in the sentence before
        return _appeal_body(text, before, pos, ms, first=True)
    if at < 0 or not any(w in region[at:] for w in _words("events_subject_nouns.txt")
                         + _words("events_roles.txt")):
        return None
    clause = s_start + max(region.rfind(c, 0, at) for c in "，,；;：:") + 1
    if "响应" in text[clause:s_start + at]:
        return None  # 响应县委倡议，党员们捐款: the caller is not the members' body
    bodies = [m for m in ms if clause <= m.start and m.end <= s_start + at and m.type == "ORG"
              and not _TO_MARK.fullmatch(text[m.start - 1:m.start])]
    if not bodies:
        # 公司倡议发出后 / 我校党总支发出倡议后，全体教职工踊跃捐款: the caller named by its class
        caller = re.sub(r"“[^”]{0,12}”", "", text[clause:s_start + at].strip())  # 发出“一元捐”倡议
        word = next((w for w in sorted(_bare_bodies(), key=len, reverse=True) if caller.startswith(w)), None)
        rest = caller[len(word):] if word else ""
        sub = _startswith_any(rest, _words("events_sub_bodies.txt")) or ""
        if word is None or not re.fullmatch(r"(?:发出|发起|的)?", rest[len(sub):]):
            return None
        return _body_of_class(word, ms, clause, [])
    inner = _endswith_any(_name(bodies[0]), _words("events_sub_bodies.txt"))
    cls = _name(bodies[0])[:-len(inner)] if inner else None
    if cls in _bare_bodies() and "党员" not in region[at:]:
        # 学校工会发出倡议，全体教职工捐款: the inner body of the school calls, the school's staff give
        # (集团党委发出倡议，全体党员和员工捐款: the Party members answer their committee, which stays)
        return _body_of_class(cls, ms, clause, []) or _name(bodies[0])
    whole = next((w for w in _bare_bodies() if w.startswith("全") and w in region[at:]), None)
    if whole is not None and not ("党员" in region[at:] and inner and inner.startswith("党")):
        # X中学党支部发起倡议，全校教职工捐款: the staff of the whole school give as the school
        # (全校党员教师: the Party members answer their Party body, which stays)
        return _of_class(_name(bodies[0]), _bare_bodies()[whole]) or _name(bodies[0])
    return _name(bodies[0])


def _calling_class(text: str, s_start: int, pos: int, ms: list[Mention], last: Sequence[_Draft]) -> str | None:
    """公司党支部发动全体党员和职工捐款，…捐给了X / 公司工会组织全体职工开展爱心捐款: a body named
    by its class (with an inner body of its own) that calls out its whole staff opens the sentence;
    the staff give as the body of that class told before."""
    head = re.sub(r"^\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}[日号][，,]?)?", "", text[s_start:pos])
    word = next((w for w in sorted(_bare_bodies(), key=len, reverse=True) if head.startswith(w)), None)
    if word is None or word in ("我会", "本会"):
        return None
    rest = head[len(word):]
    sub = _startswith_any(rest, _words("events_sub_bodies.txt")) or ""
    mc = re.match(r"(?:发动|组织|号召|动员)(?:全体|广大|全校|全院|公司)?", rest[len(sub):])
    if mc is None or not _startswith_any(rest[len(sub) + mc.end():], _words("events_roles.txt")):
        return None
    return _body_of_class(word, ms, s_start, last)


def _staff_body(text: str, m: Mention, pos: int, ms: list[Mention], last: Sequence[_Draft]) -> str | None:
    """由公司工会牵头，全体职工参与的…: an inner body named by its class (公司工会, 学校工会) that
    leads the whole staff stands for the body whose staff they are (the guide: 全体职工 → the company)."""
    name = _name(m)
    inner = _endswith_any(name, _words("events_sub_bodies.txt"))
    cls = name[:-len(inner)] if inner else None
    if cls not in _bare_bodies() or "党员" in text[m.end:pos] \
            or not re.search(r"全体(?:干部)?(?:职工|员工|教职工|教职员工)", text[m.end:pos]):
        return None
    return _body_of_class(cls, ms, m.start, last)


def _not_a_party(m: Mention) -> bool:
    return m.type not in ("PER", "ORG", "LOC")


@functools.lru_cache(maxsize=1)
def _subject_fillers() -> re.Pattern[str]:
    return re.compile(rf"(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}[日号](?:[上下]午|晚|早)?|"
                      rf"{_list_alt('events_subject_fillers.txt')}|\s")


def _people_before(text: str, s_start: int, pos: int, ms: list[Mention], acts: Sequence[_Draft]) -> list[str]:
    """The people 他/她/他们 may point at: named in this or the sentence before, after the last
    act told (whose giver the pronoun would otherwise take up), in text order."""
    floor = max(_sentence_before(text, s_start), acts[-1].end if acts else 0)
    out: list[str] = []
    for m in ms:
        if m.type == "PER" and floor <= m.start and m.end <= pos and _name(m) not in out:
            out.append(_name(m))
    return out


def _subject_pronoun(region: str) -> str | None:
    """A pronoun standing as the subject in the last clause before the verb (此外，他还向X捐赠),
    or (+pronoun) at the head of the clause before one with no subject of its own
    (她开着小货车，把额温枪…送到X / 他和家人将苹果装上货车，送往X)."""
    parts = re.split(r"[，,：:“”]", region)
    p = _clause_pronoun(parts[-1])
    if p is not None or len(parts) < 2 or not re.fullmatch(r"(?:又|再|还|并|随后|一起|亲自)*(?:[把将].*)?", parts[-1]) \
            or _endswith_any(parts[-2], _words("events_speech.txt")):
        return p
    p = _clause_pronoun(parts[-2])
    return p if p is not None and parts[-2].startswith(p) else None


def _clause_pronoun(clause: str) -> str | None:
    for mp in _pronoun_pattern().finditer(clause):
        p = mp.group()
        before, after = clause[:mp.start()], clause[mp.end():]
        if p == "其" and (after[:1] in ("中", "他", "它", "余", "实", "次") or before.endswith(("尤", "极"))):
            continue
        if _endswith_any(before, ("向", "为", "给", "对", "帮", "替", "让")):
            continue  # 为他们提供: the receiver
        if len(_subject_fillers().sub("", before)) > 2:
            continue  # 牧民A与妻子B其其格: a character of a name after a subject of its own, not a pronoun
        return p
    return None


@functools.lru_cache(maxsize=1)
def _future_jiang() -> re.Pattern[str]:
    return re.compile(rf"将(?:{_alt(_words('events_future_adverbs.txt'))})*$")


def _irrealis(text: str, t: _Trigger, floor: int) -> bool:
    s_floor = max(text.rfind(c, floor, t.start) for c in _SENT_END) + 1  # (the clause is in one sentence)
    if any(w in text[max(floor, s_floor):t.start] for w in _words("events_irrealis_clause.txt")):
        return True  # 下一步，我们将会同X把这批物资分配到卡点: a plan
    c_floor = max(floor, s_floor)
    c_floor = max(c_floor, max(text.rfind(c, c_floor, t.start) for c in "，,；;：:") + 1)
    modals = [w for w in _words("events_irrealis_modal.txt") if w in text[c_floor:t.start]]
    if modals and not (all(w in ("还将", "也将", "仍将") for w in modals)
                       and (text[t.start:t.end].endswith("了") or re.match(r"(?:到|给|至)?了", text[t.end:t.end + 2])) and "把" not in text[c_floor:t.start]):
        # (该商会还将一车猪肉送到了镇政府: 还 + the object marker 将, and 了 makes the act done)
        return True  # 集团工会将于近期再向一线医护人员捐赠: a modal of the future governs the verb
    if _future_jiang().search(text, c_floor, t.start):
        return True  # 企业表示将捐赠救护车 / 协会将继续募集物资: 将 with no object is the future
    if _words_end(text[max(floor, t.start - 3):t.start], _words("events_negation.txt")):
        return True  # 未接收过该批口罩: the act did not happen
    window = text[max(floor, t.start - 6):t.start]
    for w in _words("events_irrealis.txt"):
        i = window.find(w)
        if i >= 0:
            wpos = max(floor, t.start - 6) + i
            if "响应" in text[max(floor, wpos - 8):wpos]:
                continue  # 响应号召，捐赠: the act is real
            return True
    return False


def _words_end(window: str, words: Sequence[str]) -> bool:
    """Whether ``window`` ends with one of ``words``, an adverb (已/再/曾) allowed after it."""
    w = re.sub(r"[已再曾都也还]$", "", window)
    return any(w.endswith(x) for x in words)


def _date_of(text: str, s_start: int, s_end: int, trig: int, article_date: str | None) -> str | None:
    """Date of the act: the last date before the trigger in its sentence, else one just after."""
    if not article_date or not re.match(r"\d{4}-\d{2}-\d{2}", article_date):
        return None
    cut = _words("events_date_cutoff.txt")
    before, after = None, None
    for m in _DATE_RE.finditer(text, s_start, s_end):
        pre = text[max(s_start, m.start() - 3):m.start()]
        if _endswith_any(pre, cut) or text.startswith(("至", "到", "-", "—"), m.end()):
            continue
        if m.start() < trig:
            before = m
        elif after is None and m.start() - trig < 40:
            after = m
    m = before or after
    if m is None:
        return None
    year = int(m.group(1)) if m.group(1) else int(article_date[:4])
    month, day = int(m.group(2)), int(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if not m.group(1) and iso > article_date:
        iso = f"{year - 1:04d}-{month:02d}-{day:02d}"
    return iso


_CLEFT = re.compile(r"[，,](?:这|这些|这批[\u4e00-\u9fff]{0,4})(?:都|均)?是(?=[^，,；;。]*的)")


def _clause_events(text: str, c_start: int, c_end: int, ms: list[Mention],
                   last: list[_Draft], s_start: int, board: list[str] | None = None) -> list[_Draft]:
    if board is not None:
        rows = _table_line(text, c_start, c_end, ms, board)
        if rows:
            return rows  # A（含会员企业捐款）  86000.00元: a verb inside a note does not open an act
    cms0 = [m for m in ms if c_start <= m.start and m.end <= c_end]
    trigs = [t for t in _triggers(text, c_start, c_end, cms0) if not _irrealis(text, t, c_start)]
    if not trigs:
        return _verbless(text, c_start, c_end, ms, last, s_start) or _table_line(text, c_start, c_end, ms, board)
    drafts: list[_Draft] = []
    carriers: list[str] = []
    region_start = c_start
    cms = [m for m in ms if c_start <= m.start and m.end <= c_end]
    for k, t in enumerate(trigs):
        if t.start < region_start or t.role == "consumed":
            continue
        obj_end = trigs[k + 1].start if k + 1 < len(trigs) else c_end
        q_open = text.rfind("“", region_start, t.start)
        if q_open >= 0 and text.find("”", q_open, t.start) < 0:
            region_start = q_open + 1  # a verb inside a quotation: its giver is inside too
        cleft = None
        for mc in _CLEFT.finditer(text, region_start, c_end):
            if mc.end() > t.start:
                break
            cleft = mc
        if cleft is not None:
            region_start = cleft.end()  # A拉回了一车物资，这是X为Y捐赠的…: the giver is told after 这是
        region_ms = [m for m in cms if region_start <= m.start and m.end <= t.start]
        region_ms = sorted(region_ms + _bare_names(text, region_start, t.start, region_ms),
                           key=lambda m: m.start)
        region_ms = sorted(region_ms + _list_heads(text, region_start, region_ms), key=lambda m: m.start)
        tagged = _roles_in_region(text, region_ms, region_start, t.start)
        agents = _agent_chain(text, tagged)
        if agents and re.search(r"[，,]并?(?:联合|携手|会同)$", text[max(s_start, agents[0].start - 4):agents[0].start]):
            # X…，并联合Y，向Z捐赠: the sentence's subject gives with Y
            subj = [m for m in _sentence_subject(text, s_start, agents[0].start, ms) if m not in agents]
            agents = subj + agents
        if agents:
            mj = re.search(r"(?:与|和|同)$", text[region_start:agents[0].start])
            body = _bare_body(text, region_start, agents[0].start - 1, ms, last) if mj else None
            if body is not None and body not in [_name(a) for a in agents]:
                # 集团与X公司联合向Y捐赠: the body the article is about gives with X
                agents = [m for m in ms if m.type == "ORG" and _name(m) == body][-1:] + agents
        to_ms = _recipient_filter(text, [m for m, r in tagged if r == "to"])
        pos = t.end
        own_subject = False
        carried_src: _Draft | None = None
        recips_after: list[Mention] = []
        if t.role != "recv" and (t.verb.endswith(("给", "给了", "到", "到了", "达", "往", "抵"))
                                 or text.startswith(("给", "到", "至"), pos)):
            # (收到X送来的…: X is the giver, not a receiver)
            if text.startswith(("给", "到", "至"), pos):
                pos += 1
            recips_after = _mentions_after(text, pos, obj_end, cms)
            if recips_after:
                pos = recips_after[-1].end
                while pos < obj_end and text[pos] in "、，, ":
                    pos += 1
        if t.role == "money" and t.verb in _words("events_passed_on_money.txt"):
            passed = _passed_on_money(text, s_start, t, obj_end, c_end, cms, to_ms, drafts, last)
            if passed is not None:
                # (event.passed_on_money) …定向捐赠的2000元已拨付X镇人民政府: the channel hands the gift on
                drafts.append(passed)
                region_start = max(region_start, passed.end)
                continue
        floor = region_start
        if not recips_after and t.role in ("give", "money") and t.type == "donation":
            dbl = _double_object(text, pos, obj_end, cms)
            if dbl:
                recips_after, pos = dbl, dbl[-1].end
        givers: list[Mention] = []
        channels: list[Mention] = []
        rule_note = ""
        money_bare = t.role == "money"
        if t.role == "recv" and k + 1 < len(trigs) and text.startswith("的", t.end) \
                and _ba_marker(text, region_start, t.start) >= 0:
            continue  # (event.ba) 将前期接收的口罩…调拨给X: the goods received before, the next verb acts
        if t.role == "money" and k + 1 < len(trigs) and trigs[k + 1].start < c_end \
                and trigs[k + 1].type in ("donation", "distribution") \
                and re.search(r"(?:接收|收到|募集|筹集|募捐)的(?:定向|社会)?$", text[region_start:t.start]) \
                and _ba_marker(text, region_start, t.start) >= 0:
            continue  # (event.ba) 将接收的定向捐款15万元拨付给X: the money received, the next verb acts
        ba_at = _ba_marker(text, c_start, t.start) if t.type == "donation" and t.role == "give" \
            and k + 1 < len(trigs) and trigs[k + 1].start < c_end else -1
        if ba_at >= 0 and text.startswith("的", t.end) \
                and not any(ba_at < m.start and m.end <= t.start for m in cms) \
                and (_startswith_any(text[ba_at + 1:t.start], list(_bare_bodies())) is None
                     or _retold_goods(text, t.end + 1, trigs[k + 1].start, last)):
            # (event.ba) 将爱心企业捐赠的1万只口罩调拨至Y: a gift told only as what the object is,
            # with no giver named (not even 公司), is no act of its own
            continue
        if ba_at >= 0 and text[max(c_start, t.start - 2):t.start] == "社会" \
                and not any(ba_at < m.start and m.end <= t.start for m in cms):
            continue  # (event.ba) 将接收的社会捐赠口罩3万只拨付Y: the goods' kind, not a gift of the holder's
        if t.role == "recv" and k + 1 < len(trigs) and trigs[k + 1].role in ("give", "money") \
                and not re.search(r"[，,；;]\s*(?:并|又|随即|随后)", text[t.end:trigs[k + 1].start]) \
                and not re.search(r"[之以]?后[，,]", text[t.end:trigs[k + 1].start]):
            # (…接收了物资，并于当天将这批物资转交X: the receipt is over, the next verb is an act of its own;
            # (+received_after) 收到物资后，街道将帐篷全部配发给…: a time clause, the receipt is over too)
            inner = trigs[k + 1]
            givers = [m for m in cms if t.end <= m.start and m.end <= inner.start
                      and not (m.type == "LOC" and _marker_before(text, m.start, t.end) == "place")
                      and not _startswith_any(text[m.end:inner.start], _words("events_not_agent_after.txt"))]
            if any(m.type != "LOC" for m in givers):
                # 收到X市Y区的爱心企业Z公司捐助的…: the places only locate the giver Z
                nxt_of = {id(m): (givers[i + 1].start if i + 1 < len(givers) else inner.start)
                          for i, m in enumerate(givers)}
                kept = [m for i, m in enumerate(givers) if m.type != "LOC"
                        or _loc_can_give(text, m, nxt_of[id(m)], i + 1 < len(givers))]
                if len(kept) < len(givers):
                    givers = kept
                    rule_note = "+place_of_giver"
            affiliations = [g for g, nxt_g in zip(givers, givers[1:]) if g.type == "ORG" and nxt_g.type == "PER"
                            and _affiliation_gap(text[g.end:nxt_g.start])]
            for i in range(len(givers) - 2, -1, -1):
                g = givers[i]
                if g not in affiliations and g.type == "ORG" and givers[i + 1] in affiliations \
                        and _affiliation_gap(text[g.end:givers[i + 1].start]):
                    affiliations.append(g)  # A商会会长、B公司总经理C: both bodies only say who C is
            if affiliations:
                # 收到X公司总经理、Y籍企业家Z捐赠的善款: the company only says who Z is
                named = re.search(r"以(\S{2,6}?)名义", text[givers[-1].end:inner.start])
                own = [g for g in affiliations if named and g.text.endswith(named.group(1))]
                givers = own[:1] if own else [g for g in givers if g not in affiliations]
                rule_note += "+affiliation"
            via = [m for m in givers[1:] if text[max(t.end, m.start - 2):m.start].endswith(("通过", "经由"))]
            if via:
                # 街道收到爱心人士A通过区红十字会捐赠的善款: the channel passes the gift on, A gives
                givers = [m for m in givers if m not in via]
                channels = via
                rule_note += "+via"
            relayed = [m for m in givers[:-1] if m.type == "ORG" and _name(m).endswith(_words("events_relay_bodies.txt"))
                       and re.match(r"(?:转来|转交|转赠)的[、，,]?由", text[m.end:inner.start])]
            if relayed:
                # 收到县红十字会转来的、由X委托转赠的…: the relief body passes X's gift on
                givers = [m for m in givers if m not in relayed]
                channels = channels + relayed
                rule_note += "+relayed"
            nxt = trigs[k + 2].start if k + 2 < len(trigs) else c_end
            pos, obj_end, money_bare = inner.end, nxt, inner.role == "money"
            trigs[k + 1] = _Trigger(inner.start, inner.start, "", inner.type, "consumed")
        roll = _donor_roll(text, pos, obj_end, cms, money_bare) if t.type == "donation" \
            and t.role in ("give", "money") else []
        if roll:
            # 个人捐款：A 1000元、B 500元: each name on the roll gives its own amount
            drafts.extend(_Draft("donation", [who], [], [it], None, t.start, it.end, "event.donor_roll")
                          for who, it in roll)
            region_start = roll[-1][1].end
            continue
        parsed = _parse_items(text, pos, obj_end, money_bare=money_bare, floor=floor)
        parsed.items = _drop_totals(text, parsed.items)
        sum_at = _money_sum().match(text, pos, obj_end) if t.role == "money" and not parsed.items else None
        if sum_at is not None:
            # X党支部组织党员捐款，共计9300元: the sum of the members' money is the body's gift
            parsed = _parse_items(text, sum_at.end(), obj_end, money_bare=True, floor=floor)
            parsed.items = [it for it in parsed.items if it.name == MONEY_ITEM][:1]
        relative = text.startswith("的", t.end)
        rule = f"event.{t.role}"
        items = parsed.items
        generic = tuple(resources.words("events_generic.txt"))
        if not parsed.clean_end and len(items) == 1 and items[0].name.endswith(generic) \
                and items[0].quantity is None:
            items = []  # 捐赠物资交接仪式: the class word is a modifier here
        value = parsed.value
        span_end = parsed.end
        if items and recips_after and t.type == "donation" and t.role in ("give", "carry") \
                and re.search(r"[，,]", text[recips_after[-1].end:items[0].start]):
            fronted = _fronted_goods(text, region_start, t.start)
            if fronted is None and _ba_marker(text, region_start, t.start) >= 0:
                # 学校将口罩转赠给X，额温枪留作…: the 将 object is given, the next clause is another matter
                items, value, span_end = [], None, recips_after[-1].end
            elif fronted is not None:
                # 口罩6万只通过X捐赠给Y，口罩4万只送达Z: the goods before the verb are its own,
                # those after the comma open the next clause
                items, value, span_end = fronted, None, recips_after[-1].end
                rule += "+fronted"
        if items and _collective_only(items) and t.role != "carry":
            detail = _detail_goods(text, span_end, c_end)
            if detail is not None:
                arrived = re.match(r"(?:运抵|运到|送达|抵达)", text[span_end:c_end]) is not None
                items, span_end = detail.items, detail.end
                rule += "+detail" + ("+arrived_list" if arrived else "")
        if not items and t.role in ("give", "carry") and t.type in ("donation", "distribution"):
            repack = _repacked(text, s_start, max(s_start, trigs[k - 1].end if k else s_start), t.start,
                               drafts, last)
            if repack is not None:
                # 采购的12.6吨蔬菜分装成4200份，由志愿者送到居民手中: the packs are handed out
                prior = [d for d in list(last) + drafts if d.start >= s_start and d.agents]
                recips = [_name(m) for m in to_ms + recips_after]
                drafts.append(_Draft("distribution", [_name(m) for m in agents]
                                     or (list(prior[-1].agents) if prior else []),
                                     recips, [repack], None, t.start, obj_end, "event.repacked"))
                region_start = max(region_start, t.end)
                continue
        if not items and t.type in ("donation", "distribution"):
            part = _batch_part(text, region_start, t.start, floor, list(last) + drafts)
            if part is not None:
                # …捐赠口罩5000只，其中口罩2000只分发给X: part of the batch is handed on, a second act
                src, goods = part
                by = [m for m in cms if region_start <= m.start < t.start and text[:m.start].endswith("由")]
                seg_at = max(region_start, max(text.rfind(c, region_start, t.start) for c in "，,；;") + 1)
                own = [_name(m) for m in agents if m.start >= seg_at]  # (…送到了X，1万只…: X received)
                giver = [_name(m) for m in by] or own or (list(src.recipients) if src.type == "donation"
                                                          else list(src.agents))
                # handing a part on is a distribution unless the verb itself gives (转赠, 捐给)
                typ = "donation" if t.type == "donation" and (any(c in t.verb for c in "赠捐") or (
                    src.type == "procurement" and giver == list(src.agents) and _private_givers(giver, ms))) \
                    else "distribution"  # (a firm's own purchase sent on to X: its gift)
                drafts.append(_Draft(typ, giver, [_name(m) for m in to_ms + recips_after], goods, None,
                                     t.start, obj_end, "event.batch_part"))
                region_start = max(region_start, t.end)
                continue
        if not items and t.type in ("donation", "distribution") and t.role in ("give", "carry") \
                and _ba_marker(text, region_start, t.start) < 0:
            m_all = _ALL_BEFORE.search(text, region_start, t.start)
            src = _carried_source(text, m_all.start(), drafts, last, s_start) if m_all else None
            if src is not None and src.type in ("donation", "distribution") and src.recipients:
                # X向城关街道调拨大米3吨…，街道当天全部配送到A、B社区: the whole batch goes on
                items, carried_src = [replace(it) for it in src.items], src
                value = value or src.value
                rule += "+all_carried"
        # 将/把 X VERB (给) Y: the goods stand before the verb
        if not items:
            ba = _ba_marker(text, region_start, t.start)
            obj_start = ba + 1
            if ba < 0 and k > 0 and text.startswith("的", trigs[k - 1].end):
                # 将X捐赠的酱干1200箱调拨至Y: the verb before only describes the goods of the object
                ba = _ba_marker(text, max(c_start, trigs[k - 2].end if k > 1 else c_start), trigs[k - 1].start)
                obj_start = trigs[k - 1].end + 1
                if ba >= 0:
                    own_subject = True  # the giver of the relative clause is not the one who hands on
            if ba >= 0:
                mk = re.match(r"[^，,。；;]{0,8}?社会捐赠的?(?:物资|款物)?(?:——|—|：|:)?", text[ba + 1:t.start])
                if mk is not None and obj_start == ba + 1:
                    obj_start += mk.end()  # 将接收的第一批社会捐赠物资——口罩…调拨给Y: the goods after the kind
                bp = _parse_items(text, obj_start, t.start, money_bare=False, floor=floor)
                if not bp.items:
                    back = _back_reference(text, ba + 1, t.start, drafts, last)
                    if back is not None:
                        bp = _Parsed([back], None, back.end, True)
                carried = _carried_goods(text, ba + 1, t.start, drafts, last, s_start)
                batch_src = _carried_source(text, ba + 1, drafts, last, s_start) if not carried and bp.items \
                    and all(it.quantity is None for it in bp.items) \
                    and re.match(rf"(?:{_carried_slots()['batch']})", text[ba + 1:t.start]) else None
                named = [x for it in bp.items for x in (batch_src.items if batch_src else [])
                         if x.name.endswith(it.name)]
                if batch_src is not None and len(named) == len(bp.items):
                    # (+carried) 镇里当即将这批消毒液分配到各村: the goods of the batch just told, by name
                    carried, carried_src = [replace(it) for it in named], batch_src
                    bp = _Parsed(carried, bp.value, bp.end, bp.clean_end)
                elif carried:
                    carried_src = _carried_source(text, ba + 1, drafts, last, s_start)
                    # 将上述物资连同口罩5000只送到X: the goods just told, and more
                    more_at = _carried().match(text, ba + 1, t.start).end()
                    more = _parse_items(text, more_at, t.start, money_bare=False, floor=floor).items
                    bp = _Parsed(carried + [it for it in more if not it.name.endswith(_generic())],
                                 bp.value, bp.end, bp.clean_end)
                if bp.items and not carried and (text.startswith(_anaphors(), ba + 1) or t.type == "distribution"
                                                 or "转" in t.verb):
                    # 将这批口罩发放给… / (X将口罩5万只送达指挥部。)指挥部将口罩全部分发到… /
                    # (…捐赠口罩五千只。)学校将口罩转赠给X: those just given, handed on
                    bp.items = _known_counts(bp.items, drafts, last)
                    whole = next((d for d in reversed(list(last) + drafts) if d.type in ("donation", "procurement")
                                  and all(any(x.name.endswith(it.name) and x.quantity is not None for x in d.items)
                                          for it in bp.items)), None) \
                        if t.type == "distribution" and any(it.quantity is None for it in bp.items) \
                        and not _collective_only(bp.items) and _ALL_BEFORE.search(text, region_start, t.start) else None
                    if whole is not None:
                        # (+whole) 专班把苹果、牛奶、面包全部分发到各村: the whole batch told earlier on,
                        # with its counts, handed on by its receiver
                        bp.items = [replace(next(x for x in whole.items if x.name.endswith(it.name)
                                                 and x.quantity is not None)) for it in bp.items]
                        carried_src = whole
                        rule += "+whole"
                if bp.items and not carried and t.type == "donation" and _collective_only(bp.items) \
                        and not text.startswith(_anaphors(), ba + 1) and any(
                            d.type == "donation" and d.start >= _sentence_before(text, s_start)
                            and any(it.quantity is not None for it in d.items) for d in list(last) + drafts):
                    bp = _Parsed([], None, bp.end, bp.clean_end)  # …捐赠牛奶200箱。A将物资送到医院: the gift retold
                if bp.items:
                    items, value, rule = bp.items, bp.value or value, "event.ba" + ("+carried" if carried else "") \
                        + ("+whole" if "+whole" in rule else "")
                    if not recips_after and (t.type == "distribution" or t.verb == "拨付"):
                        # 将这批物资转交X / 将口罩3万只拨付X镇: X receives
                        recips_after = _mentions_after(text, t.end, obj_end, cms)
                    region_ms2 = [m for m in (cms if own_subject else region_ms)
                                  if m.end <= ba and (not own_subject or m.start >= c_start)]
                    agents = _agent_chain(text, _roles_in_region(text, region_ms2,
                                                                 c_start if own_subject else region_start, ba))
                    subject = _bare_body(text, c_start, ba, ms, last) if own_subject and not agents else None
                    if subject is not None:
                        # 该镇将县红十字会调拨的口罩…全部分发到…: the body named by its class noun hands on
                        agents = [m for m in ms if _name(m) == subject and m.end <= ba][-1:]
                    by_after = [m for m, r in tagged if r == "by" and m.start > ba]
                    if by_after:
                        # 村民们把12吨蔬菜搬上货车，由X合作社统一捐赠给Y: X gives, not who carried
                        agents = by_after
                        rule += "+by"
                    span_end = max(span_end, pos)
        elif t.role == "carry" and not _sent_back_goods(text, t, items):
            items = []  # 送到X …: a transport verb alone opens no act
        if not items and t.type == "donation" and t.role == "give" \
                and any(a in text[region_start:t.start] for a in _anaphors()):
            loaded = _loaded_goods(text, s_start, t.start)
            if loaded is not None:
                # 一辆满载30吨蔬菜的货车…。这批蔬菜由X捐赠: the load told before is the gift
                items, rule = loaded.items, "event.loaded"
                if not to_ms and not recips_after:
                    # 一辆货车停在X镇政府门前，…卸下…。这批物资由Y捐赠: X receives the load
                    dest = _arrived_at(text, _sentence_before(text, s_start), t.start, ms)
                    recips_after = [m for m in ms if dest and _name(m) == dest[0]][:1]
                mv = re.search(r"价值", text[region_start:t.start])
                if mv is not None:
                    mq = next((q for q in find_money(text[region_start + mv.end():t.start]) if q.start <= 2), None)
                    value = mq.value if mq is not None else value
        if not items and t.role != "carry":
            # …捐赠给A，3000只委托B转赠给C: a count alone takes up the goods just named
            seg = max(text.rfind(c, region_start, t.start) for c in "，,") + 1
            back = _back_reference(text, max(seg, region_start), t.start, drafts, last)
            if back is not None:
                items, rule = [back], f"event.{t.role}+back_reference"
        # receivers after the goods: …给X / 送到X / 助力X抗疫
        tail = text[span_end:obj_end]
        mt = _receiver_after().match(tail)
        if mt:
            recips_after = recips_after or _mentions_after(text, span_end + mt.end(), obj_end, cms)
        recipients = [_name(m) for m in to_ms + recips_after]
        agent_names = [_name(m) for m in agents]
        if len(agents) == 1 and t.type == "donation" and t.role in ("give", "money"):
            staff = _staff_body(text, agents[0], t.start, ms, last)
            if staff is not None:
                agent_names = [staff]  # 由公司工会牵头，全体职工参与的捐款: the staff give as the company
                rule += "+staff_body"
        if len(agents) == 1 and agents[0].type == "PER" and t.type == "donation" \
                and re.match(r"[，,\s]*带(?:着|领)(?:全体|公司)?(?:员工|职工)", text[agents[0].end:t.start]):
            firm = [m for m in region_ms if m.type == "ORG" and m.end < agents[0].start
                    and text.startswith("由", m.end) and _title_chunk(re.sub(r"^(?:公司|该公司)", "", text[m.end + 1:agents[0].start]))]
            if firm:
                agent_names = [_name(firm[-1])]  # X公司由总经理Y带着员工，为…捐赠: the staff give as the company
                rule += "+firm_led"
        if t.role in ("recv", "take"):
            recipients = agent_names + recipients + [_name(m) for m in channels]
            agent_names = [_name(m) for m in givers]
            rule = f"event.{t.role}" + rule_note
        if relative and carriers and t.type == "donation":
            agent_names = agent_names + [a for a in carriers if a not in agent_names]
            rule += "+carrier"
        if t.type == "procurement" and _collective_only(items) and text.startswith(_anaphors(), pos) \
                and not text.startswith(_anaphors(), parsed.end):
            bought = next((d for d in reversed(list(last) + drafts)
                           if any(it.quantity is not None for it in d.items)
                           and not any(it.name == MONEY_ITEM for it in d.items)), None)
            if bought is not None:
                # …物资包括：口罩10万只…。为采购这批物资，… : the goods just told were bought
                drafts.append(_Draft("procurement", agent_names or list(bought.agents), [], list(bought.items), bought.value,
                                     t.start, obj_end, "event.give+anaphor_object"))
                region_start = max(span_end, t.end)
                continue
        if not items and t.type == "procurement" and last and last[-1].start < s_start \
                and any(a in text[region_start:t.start] for a in _anaphors()):
            # 这批物资均是由志愿者们…购买回来的: the goods of the act just told were bought
            p = last[-1]
            drafts.append(_Draft("procurement", agent_names or list(p.agents), [], list(p.items), None,
                                 t.start, obj_end, "event.give+anaphor"))
            continue
        made = t.role == "carry" and (text[max(region_start, t.start - 2):t.start].endswith("无偿") or any(
            w in text[max(region_start, max(text.rfind(c, region_start, t.start - 1) for c in "，,") - 40):t.start]
            for w in _words("events_make_verbs.txt")))
        if not items and (t.role == "give" or made) and t.type == "donation" and not drafts \
                and not any(d.start >= s_start for d in last) \
                and not any(a in text[region_start:t.start] for a in _anaphors()) \
                and not _class_subject(text, region_start, t.start):
            after = recips_after[-1].end if recips_after else t.end
            prior = _prior_goods(text, region_start, t.start, after, obj_end) \
                or _prior_money(text, region_start, t.start) \
                or (_prior_goods(text, region_start, t.start, after, obj_end, same_clause=True) if made else None)
            if prior is not None:
                # X自发制作了两百个面包，委托学校送给Y / 赶制布口罩，送给Y300个: the goods of the
                # clause before are what the verb gives
                items, span_end = prior
                rule += "+prior_goods" + ("+made" if t.role == "carry" else "")
        if not items and t.role == "give" and t.type == "donation" \
                and not drafts and not any(a in text[region_start:t.start] for a in _anaphors()):
            taken = _prior_money(text, max(region_start, text.rfind("；", 0, t.start) + 1), t.start)
            if taken is not None:
                # …；退休教师A拿出积攒的5000元，通过县慈善协会捐给了X: one of several acts in a sentence
                items, span_end = taken
                rule += "+prior_money"
        if not items and t.type in ("donation", "distribution") and t.role in ("give", "carry"):
            fronted = _fronted_goods(text, region_start, t.start)
            if fronted is not None:
                # 其中，口罩6万只、隔离衣1200件通过X捐赠给Y / 剩余隔离衣800件于2月13日转赠Y:
                # counted goods open the clause, the verb after them gives them
                items = fronted
                span_end = max(span_end, pos)
                rule += "+fronted"
        if not items and t.verb in _aid_verbs():
            continue  # 采购口罩…支援抗疫人员: 支援/援助 without goods of its own is a purpose
        if not items:
            if t.role == "give" and t.type == "donation" and agent_names:
                carriers = list(agent_names)  # X带着A捐赠的口罩…: X gives them too
            # a verb without goods passes its receivers to the acts just before it
            # (X捐赠的Y …，分别捐赠给Z) or hands them on (…送到Z，分发到一线)
            prev = drafts[-1:] or [d for d in last[-1:] if d.start >= s_start]
            bare = re.match(r"[了]?(?:到|给|至|往|[，,。；、]|$)", text[t.end:obj_end]) is not None
            goods_subject = any(a in text[region_start:t.start] for a in _anaphors()) \
                or _class_subject(text, region_start, t.start)
            split = _per_recipient(text, t.end, obj_end, cms) if t.type == "distribution" else []
            src = drafts[-1:] or [d for d in last[-1:] if d.start >= s_start]
            told_goods = next((d for d in reversed(list(last) + drafts)
                               if d.start >= _sentence_before(text, s_start)
                               and any(it.quantity is not None for it in d.items)), None) if goods_subject else None
            if goods_subject and told_goods is None and _class_subject(text, region_start, t.start):
                latest = (list(last) + drafts)[-1:]  # 物资当天就由…分发: the goods of the act told last
                told_goods = latest[0] if latest and any(it.quantity is not None for it in latest[0].items) else None
            if t.type == "distribution" and told_goods is not None and told_goods.type in ("donation", "procurement") \
                    and not any(it.name == MONEY_ITEM for it in told_goods.items):
                # …捐赠大米2万斤。这批物资经志愿者分装后，发放到各户: the goods just told are handed out
                p = told_goods
                giver = agent_names or (list(p.recipients) if p.type == "donation" else list(p.agents))
                if not giver and not recipients:
                    continue  # nobody named hands out or receives: a remark on where the goods went
                drafts.append(_Draft("distribution", giver, recipients, list(p.items), None,
                                     t.start, obj_end, "event.anaphor_handed_out"))
                continue
            # (…购置了大米10吨，由干部送到全市12家敬老院: carried to every unit, handed out)
            to_all = t.role == "carry" and _ALL_UNITS.match(text, t.end) is not None
            # (…购买了口罩3000只，送到了村里的3个卡点 / 分发到了全村5个卡点: the buyer's own posts)
            own_units = _ALL_UNITS.match(text, t.end) is None and _OWN_UNITS.match(text, t.end) is not None
            # (社区用这笔钱购买了牛奶60箱，送到了32户独居老人家中: bought by a body, carried to homes)
            to_homes = t.role == "carry" and not to_all and src and src[0].type == "procurement" \
                and bool(src[0].agents) and not _private_givers(src[0].agents, ms) \
                and _to_residents(text, t.end, obj_end)
            direct = False
            if t.type == "distribution" and t.role == "give" and not recipients:
                # (+direct) 采购了防护服1000套，当天交付X指挥部: the body named right after the verb receives
                recipients = [_name(m) for m in _mentions_after(text, t.end, obj_end, cms)]
                direct = bool(recipients)
            # (event.bought_then_handed_out+counted) 购买了口罩500只…，2月6日分发给村里的志愿者:
            # counted goods bought, then handed out by a hand-out verb of the same clause
            counted_out = t.type == "distribution" and t.role == "give" and bool(src) and (bare or direct) \
                and src[0].type == "procurement" and src[0].agents \
                and all(it.quantity is not None for it in src[0].items) \
                and re.search(r"[，,]", text[src[0].items[-1].end:t.start]) is not None
            if (t.type == "distribution" or to_all or to_homes or own_units) and src and not goods_subject \
                    and (split and len(src[0].items) == 1 and src[0].type in ("procurement", "donation")
                         or src[0].type == "procurement" and (recipients or _to_residents(text, t.end, obj_end)
                                                              or to_all or own_units or counted_out
                                                              or _to_all_units(text, region_start, t))):
                # X采购口罩5000只，分发到A村、B村 / 分别发放给A村200只、B村300只: bought, then handed out
                p = src[0]
                if not agent_names and p.type == "donation":
                    agent_names = list(p.recipients)  # the receiver hands the gift on
                if split:
                    for m, q in split:
                        it = replace(p.items[0], quantity=q.value, unit=q.unit, start=q.start, end=q.end)
                        drafts.append(_Draft("distribution", list(agent_names or p.agents), [_name(m)], [it],
                                             None, t.start, obj_end, "event.bought_then_shared"))
                else:
                    mq = re.match(r"[了]?(?:各)?", text[t.end:obj_end])
                    q = _quantity_at(text, t.end + mq.end(), obj_end)
                    goods = list(p.items)
                    if q is not None and q.kind != "money" and q.unit == p.items[0].unit:
                        # 为A村、B村各发放100瓶: a count of the goods just bought
                        goods = [replace(p.items[0], quantity=q.value, start=q.start, end=q.end)]
                    givers = list(agent_names or p.agents)
                    people = {_name(m) for m in ms if m.type == "PER"}
                    # 居民A网购了牛奶400盒，快递到社区，委托社区转送给独居老人: a person's own purchase that
                    # he has someone else pass on is his gift (分发给值守人员 himself: a hand-out)
                    kind = "donation" if givers and all(g in people for g in givers) and p.agents == givers \
                        and not to_all and not own_units and "委托" in text[region_start:t.start] else "distribution"
                    d = _Draft(kind, givers, recipients, goods, None,
                               t.start, obj_end, "event.bought_then_handed_out"
                               + ("+to_all" if to_all else "+own_units" if own_units
                                  else "+to_homes" if to_homes
                                  else "+counted" if counted_out and not recipients else "")
                               + ("+direct" if direct else ""))
                    drafts.extend(_each(text, d, region_start, t, obj_end) if q is not None else [d])
            elif drafts and drafts[-1].type == "procurement" and t.type == "donation" \
                    and not _bought_arrive(text, drafts[-1], t) \
                    and (t.role != "carry" or (recipients and not goods_subject)
                         or _bought_and_delivered(text, drafts[-1], t, obj_end, goods_subject, s_start)):
                # (这些口罩于2月20日运到X: the goods arrive; who gets them is told next)
                # bought, then given: a second act with the same goods
                p = drafts[-1]
                body = _leaders_body(text, agents, t.start, ms)  # 由商会会长A带队送往X: the 商会 gives
                head = _endswith_any(p.agents[0], _words("events_org_heads.txt")) if len(p.agents) == 1 else None
                if body and head and body != p.agents[0] and agents \
                        and re.search(rf"(?:^|[由，,、]){head}", text[region_start:agents[-1].start]):
                    body = p.agents[0]  # A商会筹措了…，由商会会长、B公司董事长C带队送抵X: the buyer, C's 商会
                if agents and p.agents and all(_marker_before(text, m.start, region_start) == "via" for m in agents):
                    # …自费购买了口罩3000只，通过县红十字会捐赠给X: the buyer gives, the channel passes it on
                    agent_names = []
                    rule += "+via"
                if not body and agents and p.agents and all(m.type == "PER" for m in agents) \
                        and set(agent_names) != set(p.agents) \
                        and _BROUGHT.match(text, agents[-1].end, t.end) is not None:
                    # 学校用这笔钱采购了…，由校长A带队送到X: the buyer gives, A only brings the goods
                    agent_names = list(p.agents)
                    rule += "+brought"
                funder = [] if agent_names or body else _funder(text, p, list(last) + drafts[:-1], s_start)
                handed = [body] if body else list(agent_names or funder or p.agents)
                # (+allotted) 慈善总会用这笔钱采购了…，送到X隔离点: a relay body hands on what it bought
                # (not one that is only the channel of the buyer's gift: 通过红十字会捐给X)
                allotted = _allotted(handed) and _allotted(list(p.agents))
                drafts.append(_Draft("distribution" if allotted else "donation", handed,
                                     recipients,
                                     list(p.items), None, t.start, obj_end,
                                     "event.bought_then_given" + ("+led" if body else "") + ("+via" if "+via" in rule else "")
                                     + ("+brought" if "+brought" in rule else "")
                                     + ("+allotted" if allotted else "")
                                     + ("+funded" if t.role == "carry" and not (recipients and not goods_subject)
                                        and _bought_and_delivered(text, p, t, obj_end, goods_subject, s_start)
                                        == "funded" else "")))
            elif t.type == "distribution" and bare and prev and prev[0].type == "donation" \
                    and prev[0].recipients and recipients and not any(d.recipients == recipients for d in drafts):
                # X向A街道捐赠土豆10吨，当天便由志愿者分送到B小区、C小区: A hands the gift on to B, C
                p = prev[0]
                drafts.append(_Draft("distribution", list(p.recipients), list(recipients), list(p.items), None,
                                     t.start, obj_end, "event.pass_on+named"))
            elif recipients and drafts:
                for d in drafts:
                    if not d.recipients:
                        d.recipients = list(recipients)
            elif t.type == "distribution" and bare and prev and prev[0].type == "donation" \
                    and prev[0].recipients:
                p = prev[0]
                drafts.append(_Draft("distribution", list(p.recipients), [], list(p.items), None,
                                     t.start, obj_end, "event.pass_on"))
            elif t.type == "distribution" and bare and not prev and agent_names and last \
                    and last[-1].type == "donation" and last[-1].start >= _sentence_before(text, s_start) \
                    and any(it.quantity is not None for it in last[-1].items) \
                    and any(a.endswith(r) or r.endswith(a) for a in agent_names for r in last[-1].recipients):
                # X把2.5吨莲花白送到镇政府。镇政府当天就分发到A村、B村: the receiver hands the gift on
                p = last[-1]
                drafts.append(_Draft("distribution", list(agent_names), list(recipients), list(p.items), None,
                                     t.start, obj_end, "event.pass_on+receiver"))
            elif t.type == "distribution" and bare and prev and prev[0].type == "donation" \
                    and prev[0].by_relative and any(it.quantity is not None for it in prev[0].items):
                # X送来的2000只口罩由志愿者分发给居民: the goods given are handed out
                p = prev[0]
                drafts.append(_Draft("distribution", agent_names, recipients, list(p.items), None,
                                     t.start, obj_end, "event.pass_on_relative"))
            continue
        if t.type == "donation" and t.role == "give" and items and _collective_only(items) and drafts \
                and drafts[-1].type == "procurement" and "anaphor" not in drafts[-1].rule \
                and any(it.quantity is not None for it in drafts[-1].items):
            # X购买方便面80箱…，由A带队为Y送去慰问品: the class word names the goods just bought
            p = drafts[-1]
            body = _leaders_body(text, agents, t.start, ms)
            leaders_only = bool(agents) and all(m.type == "PER" for m in agents) and any(
                w in text[agents[-1].end:t.start] for w in _words("events_lead_verbs.txt"))
            giver = [body] if body else (list(p.agents) if leaders_only or not agent_names else agent_names)
            drafts.append(_Draft("donation", giver, recipients, list(p.items), None, t.start,
                                 max(span_end, t.end), "event.bought_then_given+class_word"))
            region_start = max(span_end, t.end)
            continue
        if t.role == "carry" and not rule.startswith("event.ba") and "+fronted" not in rule \
                and "+prior_goods" not in rule:
            if not _sent_back_goods(text, t, items):
                continue
            rule += "+sent_back"
        typ = t.type
        if carried_src is not None and carried_src.recipients and (
                carried_src.type == "donation"
                # (+received_on) X向A调拨防护服300套…，A随即将这批物资分配给各点: A hands them on
                or carried_src.type == "distribution" and typ == "distribution" and not agent_names):
            givers_on = [r for r in carried_src.recipients
                         if not agent_names or any(_same_body(a, r) for a in agent_names)]
            if givers_on and (not agent_names or typ == "donation"):
                # X向A街道捐赠…。(…)街道就把这批物资分配到各社区: the receiver hands the gift on
                agent_names = agent_names or givers_on
                typ = "distribution"
                rule += "+receiver" + ("+received_on" if carried_src.type == "distribution" else "")
        if typ == "donation" and t.verb in _words("events_handout_verbs.txt") \
                and _for_households(text, region_start, t.start):
            if not _private_givers(agent_names, ms):
                typ = "distribution"  # 为120户独居老人送去米面油: handed out to households
                rule += "+households"
            elif _leads_helpers().search(text, s_start, t.start):
                # (event.households+leads_helpers) 社区书记A带领志愿者，为200户独居老人送去米面油:
                # an official leading helpers hands out, she does not give her own goods
                typ = "distribution"
                rule += "+households+leads_helpers"
        if typ == "donation" and items and all(it.quantity is None for it in items) \
                and _REDUP_BEFORE.search(text, max(region_start, items[0].start - 3), items[0].start) \
                and (agent_names and not _private_givers(agent_names, ms)
                     or _leads_helpers().search(text, region_start, t.start)):
            typ = "distribution"  # 街道工作人员把一袋袋蔬菜送往各小区: goods handed out by the piece
            rule += "+by_piece"
        if t.role == "carry" and (_to_residents(text, t.end, obj_end)
                                  or recips_after and "+made" not in rule
                                  and not (recips_after[-1].type == "PER"
                                           and text.startswith(("手中", "手上", "手里"), recips_after[-1].end))
                                  and _to_residents(text, recips_after[-1].end, obj_end)):
            # (交到了A手中: a named person's hands are no households')
            typ = "distribution"  # 将蔬菜送到各个住户: handed out to residents
            if _households_of().match(text, t.end, obj_end):
                rule += "+households_of"  # 送到X小区的每一户人家
            elif _to_residents_of(text, t.end, obj_end):
                rule += "+residents_of"  # 送到各村居家群众手中
            items = _known_counts(items, drafts, last)
        if not agent_names and t.role not in ("recv", "take"):
            region_text = text[region_start:t.start]
            unnamed = _unnamed_subject(text, region_start, t.start) >= 0
            region_ms = [m for m, r in tagged if r in ("agent", "by")]
            pron = _subject_pronoun(region_text) if not region_ms else None
            if pron and pron.startswith("该"):
                pron = None  # 该公司: the organisation branch below
            people = _people_before(text, s_start, region_start, ms, list(last) + drafts) \
                if pron in ("他", "她", "他们", "她们") else []
            if (len(people) == 1 and pron in ("他", "她")) or (len(people) >= 2 and pron in ("他们", "她们")):
                # “…”甘亭镇村民贺小军说。2月11日，他自掏腰包购买了…: the person named since the last act;
                # 杜家三兄弟——A、B、C。他们向X捐赠…: the people named since the last act
                agent_names = people
                rule += "+pronoun_person"
            elif pron and last:
                agent_names = list((drafts or last)[-1].agents)
                if pron in ("他", "她"):  # one person: the person among the last givers
                    pers = {_name(m) for m in ms if m.type == "PER"}
                    agent_names = [a for a in agent_names if a in pers] or agent_names
                rule += "+pronoun"
            elif (drafts or (last and last[-1].start >= s_start and _zero_subject(region_text))) \
                    and not region_ms and not unnamed and not own_subject:
                agent_names = list((drafts or last)[-1].agents)  # zero subject: the same giver goes on
                rule += "+same_subject"
                leader = [m for m in ms if m.type == "PER" and _name(m) in agent_names and s_start <= m.start < t.start]
                body = _leaders_body(text, leader[-1:], t.start, ms, members_only=True) \
                    if t.type == "donation" and leader else None
                if body is not None:
                    agent_names = [body]  # 会长A带着会员企业的货车，把口罩…送到X: the 协会 gives
                    rule += "+led"
            elif not unnamed and c_start > s_start and _subjectless(region_text) \
                    and all(r == "to" for _, r in tagged):
                # …；为群众及时提供方便面、大米: a later clause of the sentence goes on with its subject
                prior = [d for d in last if d.start >= s_start and d.agents]
                if prior:
                    agent_names = list(prior[-1].agents)
                else:
                    agent_names = [_name(m) for m in _sentence_subject(text, s_start, c_start, ms)]
                if agent_names:
                    rule += "+sentence_subject"
            bare_firm = re.fullmatch(r"[，,\s]*(?:公司|集团|企业)(?:还|又|也|另|同时|另外|当即|随即|随后|立即|迅速)?[，,\s]*"
                                     r"(?:[将把][^，,；;]*)?", region_text)
            if not pron and (any(p in region_text for p in ("该公司", "该企业", "该单位")) or bare_firm) \
                    and not region_ms:
                orgs = [m for m in ms if m.type == "ORG" and m.end <= region_start]
                org_names = {_name(m) for m in orgs}
                # 该公司 → the last organisation that gave, else the nearest one named before
                prior = [a for d in reversed(last) for a in d.agents if a in org_names]
                # (…A有限公司也行动起来。该公司向X捐赠: a firm named in this or the sentence
                # before, after the last gift, is the one meant)
                near = [m for m in orgs if m.start >= _sentence_before(text, s_start)
                        and _endswith_any(m.text, ("公司", "厂", "集团", "企业"))
                        and (not last or m.start > last[-1].start)] \
                    if any(p in region_text for p in ("该公司", "该企业")) else []
                if near and _name(near[-1]) not in prior[:1]:
                    agent_names = [_name(near[-1])]
                    rule += "+pronoun_near"
                elif prior or orgs:
                    agent_names = [prior[0] if prior else _name(orgs[-1])]
                    rule += "+pronoun"

        if not agent_names and t.role not in ("recv", "take"):
            body = _bare_body(text, region_start, t.start, ms, last)
            if body is not None:
                agent_names = [body]  # 2月3日，集团向X捐款: the group the article is about
                rule += "+bare_body"
        if not agent_names and t.role not in ("recv", "take") \
                and not any(r in ("agent", "by") for _, r in tagged):
            head_subject = _head_subject(text, region_start, t.start, ms)
            if head_subject is not None:
                agent_names = [head_subject]  # 该合作社…捐赠 / …，集团通过海外渠道采购: the body named before
                rule += "+head_anaphor"
        relative_buy = t.type == "procurement" and text.startswith("的", t.end)
        if (t.type == "donation" and (t.role in ("give", "money") or rule.startswith("event.ba"))) or relative_buy:
            body = _represented_body(text, region_start, t.start, ms, s_start)
            if body is None and (own_subject or relative_buy or "+carried" in rule):
                # A代表公司将紧急采购的口罩…送到X: the relative purchase and the 将 act, both for the body
                body = _represented_body(text, c_start, t.start, ms, s_start)
            if body is not None:
                agent_names = [body]  # X公司总经理A代表公司捐赠: the company gives, not A
                rule += "+represented"
        if agents and t.type == "donation" and "+represented" not in rule:
            body = _leaders_body(text, agents, t.start, ms)
            if body is not None:
                agent_names = [body]  # X校长A带领教师代表将物资送到: the school gives, A leads
                rule += "+led"
        if agents and t.type == "donation" and not re.search(r"\+(?:represented|led)", rule):
            body = _owned_goods(text, agents, max(span_end, t.end), ms)
            if body is not None:
                agent_names = [body]  # A带着协会会员筹集的方便面…: the body's goods, A brings them
                rule += "+owned"
        if not agent_names and t.type == "procurement" and _MONEY_USE.search(text, region_start, t.start):
            gift = next((d for d in reversed(list(last) + drafts)
                         if d.type == "donation" and d.agents and any(it.name == MONEY_ITEM for it in d.items)
                         and d.start >= _sentence_before(text, s_start)), None)
            if gift is not None:
                agent_names = list(gift.agents)  # …共捐款8600元，用于购买帐篷: the givers buy with it
                rule += "+money_use"
        if not agent_names and t.type == "donation" and t.role in ("give", "money"):
            body = _appeal_body(text, s_start, t.start, ms)
            if body is not None:
                agent_names = [body]  # X党支部发出倡议，全村党员踊跃捐款: the body stands in
                rule += "+appeal"

        if not agent_names and t.type == "donation" and t.role in ("give", "money"):
            body = _calling_class(text, s_start, t.start, ms, last)
            if body is not None:
                agent_names = [body]  # 公司工会组织全体职工开展爱心捐款，…交给了X: the company gives
                rule += "+calling_class"

        if not agent_names and t.type == "donation" and t.role in ("give", "money"):
            group = _group_givers(text, s_start, t.start, ms)
            if group:
                agent_names = group  # 两家企业向X捐赠 / 志愿者为X捐赠: the named members of the group
                rule += "+group"

        if not agent_names and "+fronted" in rule and (drafts or last):
            src = (drafts or last)[-1]
            if src.agents and src.start >= _sentence_before(text, _sentence_before(text, s_start)):
                # …采购口罩10万只。(首批物资运抵荆门。)其中，口罩6万只捐赠给X: the giver of the
                # act told last (within two sentences) goes on
                agent_names = list(src.agents)
                rule += "+prior_subject"
        if t.type == "procurement" and not any(it.quantity is not None for it in items) \
                and _purpose_buy().search(text, max(region_start, t.start - 8), t.start) \
                and (_future_use().search(text, max(region_start, t.start - 10), t.start)
                     or _money_passed().search(text, s_start, t.start)) \
                and not _then_given().search(text[t.end:text.find("。", t.end) % (len(text) + 1)]):
            region_start = max(span_end, t.end)
            continue  # (event.purpose) 捐款5万元给X，用于购买防疫物资: what the money is for, no purchase told
        if items and all(it.name.endswith(_generic()) and it.quantity is None for it in items) \
                and value is None and _habitual(text, s_start, t.start):
            region_start = max(span_end, t.end)
            continue  # (event.habitual) 志愿者每天为居民配送生活物资: a routine, not one act told
        if t.role == "recv" and _running_total(text, s_start, region_start, t):
            region_start = max(span_end, t.end)
            continue  # 截至2月13日，X累计接收捐款512万元: the sum of many givers' acts, not one
        if t.type == "distribution" and items and all(it.name.endswith(_generic()) for it in items) \
                and "累计" in text[max(region_start, s_start):t.start]:
            region_start = max(span_end, t.end)
            continue  # 已累计为居民配送生活物资3.2万份: a tally of unnamed goods over many hand-outs
        if _tally_clause(text, region_start, t, tagged, items, drafts, last, s_start):
            region_start = max(span_end, t.end)
            continue
        if typ == "donation" and rule.startswith("event.ba") and agent_names and "+receiver" not in rule:
            got = _received_by(text, agent_names, items, drafts, last, s_start)
            if got is not None:
                # X向A街道捐赠牛奶3000箱。街道当天就把牛奶送到各小区: the receiver hands its goods on
                typ = "distribution"
                items = _known_counts(items, [got], [])
                rule += "+receiver"
        if typ == "donation" and t.verb in _words("events_passed_on_money.txt") and _allotted(agent_names):
            typ = "distribution"  # (+allotted) 红十字会将这笔善款中的20万元拨付给X镇: a relay body hands on
            rule += "+allotted"
        if typ == "distribution" and t.verb.startswith(("转交", "转送")) and agent_names \
                and re.search(r"(?:委托|拜托|通过|经由)", text[max(region_start, s_start):t.start]) \
                and _private_givers(agent_names, ms) and len(recipients) >= 2:
            typ = "donation"  # (+entrusted) A公司委托B，向X转交了牛奶1000箱: A's gift, B only passes it on
            rule += "+entrusted"
        d = _Draft(typ, agent_names, recipients, items, value, t.start, max(span_end, t.end), rule,
                   by_relative=relative)
        each_count = _each_count_after(text, d, recips_after[-1].end, obj_end) if recips_after else None
        drafts.extend(each_count or _each(text, d, region_start, t, span_end))
        region_start = max(span_end, t.end)
    return drafts


@functools.lru_cache(maxsize=1)
def _receiver_after() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:等)?(?:分别)?(?:{_list_alt('events_receiver_after.txt')})")


# 一袋袋/一份份 before the goods: handed out piece by piece, no count
_REDUP_BEFORE = re.compile(r"一(\w)\1$")
# A带着(社区)工作人员和志愿者…: an official leading helpers hands out, he does not give his own
@functools.lru_cache(maxsize=1)
def _leads_helpers() -> re.Pattern[str]:
    return re.compile(rf"(?:{_list_alt('events_helper_leads.txt')})[^，,；;。]{{0,10}}?"
                      rf"(?:{_list_alt('events_helpers.txt')})")


# (将全部)用于购买… right before a purchase verb: the purpose of money, not a purchase told
# …用于购买口罩，(再通过快递)捐赠给X: the goods were bought, they are given on
@functools.lru_cache(maxsize=1)
def _then_given() -> re.Pattern[str]:
    return re.compile(rf"[，,](?:再|并|后|随后)?(?:通过[^，,。]{{0,12}})?(?:{_list_alt('events_then_given.txt')})")


# 将(全部)用于购买: the money will buy, nothing was bought yet
@functools.lru_cache(maxsize=1)
def _future_use() -> re.Pattern[str]:
    return re.compile(rf"将[\u4e00-\u9fff]{{0,6}}(?:{_list_alt('events_use_verbs.txt')})")


# 捐款5万元给X / 交到X / 转交X，用于购买: the money went to another party; its purchase is not told
@functools.lru_cache(maxsize=1)
def _money_passed() -> re.Pattern[str]:
    return re.compile(r"(?:[0-9一二两三四五六七八九十百千万]元|款)(?:[^，,。；;]{0,4}[，,])?[^。；;]{0,16}?"
                      rf"(?:{_list_alt('events_money_passed.txt')})")


@functools.lru_cache(maxsize=1)
def _purpose_buy() -> re.Pattern[str]:
    return re.compile(rf"(?:{_list_alt('events_use_verbs.txt')})(?:统一|集中)?$")


@functools.lru_cache(maxsize=1)
def _money_sum() -> re.Pattern[str]:
    return re.compile(rf"[，,]\s*(?:{_list_alt('events_money_sum.txt')})(?:捐款)?[了达约近]?"
                      r"(?=[0-9０-９一二两三四五六七八九十百千万])")


def _donor_roll(text: str, pos: int, end: int, ms: list[Mention], money_bare: bool) -> list[tuple[str, Item]]:
    """捐款：A 1000元、B 500元 (after a colon): a roll of givers, each with an amount or goods.

    A name is a person or organisation mention, or surname + 1–3 characters standing right
    before its count; at least two entries, else it is no roll."""
    mc = re.match(r"[ \u3000]*[：:][ \u3000]*", text[pos:end])
    if mc is None:
        return []
    cur = pos + mc.end()
    starts = {m.start: m for m in ms if m.type in ("PER", "ORG")}
    surnames = _words("surnames.txt")
    out: list[tuple[str, Item]] = []
    while cur < end:
        m = starts.get(cur)
        if m is not None:
            who, nend = _name(m), m.end
        else:
            run = re.match(r"[\u4e00-\u9fff]{2,5}", text[cur:end])
            sn = _startswith_any(text[cur:end], surnames)
            if run is None or sn is None:
                break
            nend = next((cur + n for n in range(2, min(len(run.group()), len(sn) + 3) + 1)
                         if _QTY_START.match(text, cur + n)), None)
            if nend is None or nend - cur <= len(sn):
                break
            who = text[cur:nend]
        qpos = nend + len(text[nend:end]) - len(text[nend:end].lstrip(" \u3000"))
        p = _parse_items(text, qpos, end, money_bare=money_bare, floor=qpos)
        if len(p.items) != 1 or p.items[0].quantity is None or p.items[0].start > qpos:
            break
        out.append((who, p.items[0]))
        cur = p.items[0].end
        sep = re.match(r"[ \u3000]*[、，,；;][ \u3000]*", text[cur:end])
        if sep is None:
            break
        cur += sep.end()
    return out if len(out) >= 2 else []


_QTY_START = re.compile(r"[0-9０-９一二两三四五六七八九十]")


_EACH_AFTER = re.compile(r"各(?=[0-9一二两三四五六七八九十])")
_EACH_BEFORE = re.compile(r"各(?:自|人)?(?:都|又|再|共|向[^，,；;。]*?|为[^，,；;。]*?|给[^，,；;。]*?)?$")
_EACH_PAIRED_VERB = re.compile(r"各(?:捐赠|捐献|赠送|捐助)(?:并|和|及)$")  # 为A、B各捐赠并运送蔬菜10吨


_QTY_HINT = re.compile(r"[0-9一二两三四五六七八九十百千万]")


@functools.lru_cache(maxsize=1)
def _total_lead() -> re.Pattern[str]:
    return re.compile(rf"(?:[，,、；;]\s*|^)(?:{_list_alt('events_total_lead.txt')})"
                      rf"(?:{_list_alt('events_total_gift.txt')})?[了达约近]?$")


def _drop_totals(text: str, items: list[Item]) -> list[Item]:
    """口罩2万只、3万只，共计5万只: a total after the counts it sums is not one more good."""
    if len(items) < 2:
        return items
    generic = tuple(resources.words("events_generic.txt"))
    if any(it.quantity is not None for it in items):
        # 价值300万元的医疗物资，包括呼吸机5台…: the class word only announces the counted goods
        items = [it for it in items if not (it.quantity is None and it.name.endswith(generic))] or items
    out = [items[0]]
    for it in items[1:]:
        lead = text[max(out[-1].end, it.start - 8):it.start]
        if it.quantity is not None and any(o.unit == it.unit and o.quantity is not None for o in out) \
                and _total_lead().search(lead):
            continue
        out.append(it)
    return out


@functools.lru_cache(maxsize=1)
def _tally_words() -> re.Pattern[str]:
    return re.compile(rf"(?:{_list_alt('events_tally_words.txt')})(?:已|向[^，,；;。]{{0,12}})?$")


def _tally_clause(text: str, region_start: int, t: _Trigger, tagged: list[tuple[Mention, str]],
                  items: Sequence[Item], drafts: Sequence[_Draft], last: Sequence[_Draft], s_start: int) -> bool:
    """…捐款2万元，B捐款3万元，合计捐款5万元: an unnamed total of the acts just told."""
    if any(r in ("agent", "by") for _, r in tagged) or not items:
        return False
    if not _tally_words().search(text[region_start:t.start].strip(" \u3000，,；;")):
        return False
    counted = [it for it in items if it.quantity is not None]
    if not counted:
        return False
    before = list(drafts)
    for d in reversed(last):  # the acts told earlier in the sentence (history is in text order)
        if d.start < s_start:
            break
        if d not in before:
            before.append(d)
    for it in counted:  # the total equals the sum of the counts told before it
        told = sum(o.quantity or 0 for d in before for o in d.items if o.unit == it.unit)
        if abs(told - (it.quantity or 0)) > 0.5:
            return False
    return True


def _respectively(text: str, d: _Draft, region_start: int, t: _Trigger) -> list[_Draft] | None:
    """A、B分别捐款2万元、3万元: the n-th giver gives the n-th count."""
    n = len(d.agents)
    if n < 2 or len(d.items) != n or "分别" not in text[region_start:t.end + 2] or len(d.recipients) >= 2:
        return None
    if any(it.quantity is None for it in d.items):
        return None
    return [replace(d, agents=[a], items=[it], rule=d.rule + "+respectively") for a, it in zip(d.agents, d.items)]


def _goods_share(text: str, at: int, floor: int) -> bool:
    """面包、牛奶各200箱: 各 after goods joined by 、/和 shares the count among the goods, not
    among givers or receivers (分别向A、B捐赠方便面各50箱 keeps its one act per receiver)."""
    seg_start = max(floor, max(text.rfind(c, floor, at) for c in "，,；;：:") + 1)
    seg = text[seg_start:at]
    return "分别" not in text[max(0, floor - 12):at] and re.search(r"[\u4e00-\u9fff][、和与及][\u4e00-\u9fff]", seg) is not None


def _respective_counts(text: str, d: _Draft, region_start: int, t: _Trigger) -> list[_Draft] | None:
    """向A、B分别捐赠大米300袋、200袋 / 商会向两镇分别捐赠大米300袋和200袋: one good with a count
    for each receiver; the n-th receiver gets the n-th count (unnamed receivers: one item per count)."""
    if len(d.items) != 1 or d.items[0].quantity is None or "分别" not in text[region_start:t.end + 2]:
        return None
    first = d.items[0]
    limit = min([k for k in (text.find(c, first.end) for c in "，,。；;：:") if k >= 0] or [len(text)])
    counts, pos = [first], first.end
    while True:
        mj = re.match(r"\s*[、和及与]\s*", text[pos:limit])
        q = _quantity_at(text, pos + mj.end(), limit) if mj else None
        unit = ("元" if q.kind == "money" else q.unit) if q is not None else None
        if q is None or unit != first.unit:
            break
        counts.append(Item(first.name, q.value, unit, q.start, q.end))
        pos = q.end
    if len(counts) < 2:
        return None
    if len(d.recipients) == len(counts):
        return [replace(d, recipients=[r], items=[c], rule=d.rule + "+respectively")
                for r, c in zip(d.recipients, counts)]
    return [replace(d, items=counts, rule=d.rule + "+respective_counts")]


def _each(text: str, d: _Draft, region_start: int, t: _Trigger, span_end: int) -> list[_Draft]:
    """分别向A、B捐赠方便面各50箱 / A和B各捐款10万元: one act per receiver (or per giver)."""
    resp = _respectively(text, d, region_start, t) or _respective_counts(text, d, region_start, t)
    if resp is not None:
        return resp
    each = any(not _goods_share(text, m.start(), t.end) for m in _EACH_AFTER.finditer(text, t.end, span_end)) \
        or _EACH_BEFORE.search(text[region_start:t.start]) is not None \
        or _EACH_PAIRED_VERB.search(text, max(0, t.start - 8), t.start) is not None
    if not each or not any(it.quantity is not None for it in d.items):
        return [d]
    if len(d.recipients) > 1:
        # 通过X向A、B各捐款: X passes every gift on; the gifts go one to each of A and B
        via = [r for r in d.recipients
               if re.search(r"(?:通过|经由|委托)" + re.escape(r), text[region_start:t.start])]
        each_to = [r for r in d.recipients if r not in via]
        if len(each_to) > 1 and len(d.agents) == len(each_to) and "分别" in text[region_start:t.start]:
            # A和B分别向X、Y各捐赠…: the n-th giver gives to the n-th receiver
            return [replace(d, agents=[a], recipients=via + [r], items=list(d.items), rule=d.rule + "+pairs")
                    for a, r in zip(d.agents, each_to)]
        if len(each_to) > 1:
            return [replace(d, recipients=via + [r], items=list(d.items), rule=d.rule + "+each")
                    for r in each_to]
    if len(d.agents) > 1:
        return [replace(d, agents=[a], items=list(d.items), rule=d.rule + "+each") for a in d.agents]
    if len(d.recipients) <= 1 and _COUNTED_RECEIVERS.search(text[region_start:t.start]) is not None:
        # 为镇里的12个卡点各送去帐篷1顶: a share per unnamed receiver, the total is not told
        return [replace(d, items=[replace(it, quantity=None, unit=None) for it in d.items], rule=d.rule + "+per_receiver")]
    return [d]


def _each_count_after(text: str, d: _Draft, at: int, end: int) -> list[_Draft] | None:
    """(+count+each) 将口罩调拨给A、B各5万只: one good named without a count before the verb,
    a count for each of the receivers after them: one act per receiver with that count."""
    if len(d.items) != 1 or d.items[0].quantity is not None or len(d.recipients) < 2:
        return None
    m = re.match(r"[，,]?各", text[at:end])
    q = _quantity_at(text, at + m.end(), end) if m else None
    if q is None or not q.unit or (q.kind == "money") != (d.items[0].name == MONEY_ITEM):
        return None
    it = replace(d.items[0], quantity=q.value, unit=q.unit)
    return [replace(d, recipients=[r], items=[it], rule=d.rule + "+count+each") for r in d.recipients]


_COUNTED_RECEIVERS = re.compile(r"(?:为|向|给)[^，,；;。]*?[0-9一二两三四五六七八九十]+[个家所支处][^，,；;。]{0,10}各(?:自)?$")




def _double_object(text: str, pos: int, end: int, ms: list[Mention]) -> list[Mention]:
    """援助武汉医用口罩20万只 / 捐赠县医院口罩1000只: a receiver right after the verb, goods after it.

    Only places and bodies that receive (not firms or brands, which name the goods)."""
    chain = _mentions_after(text, pos, end, ms)
    if not chain or text[pos:chain[0].start].strip("了 \u3000"):
        return []
    if any(m.type == "PER" or (m.type == "ORG" and _endswith_any(m.text, _firm_end())) for m in chain):
        return []
    after = chain[-1].end
    if text[after:after + 1] in ("的", "等", "所") or not text[after:after + 1].strip():
        return []
    p = _parse_items(text, after, end, money_bare=False, floor=after)
    if p.items and p.items[0].start == after and not _collective_only(p.items):
        return chain
    return []


def _per_recipient(text: str, pos: int, end: int, ms: list[Mention]) -> list[tuple[Mention, Quantity]]:
    """(分别)发放给A村200瓶、B村250瓶: each receiver with its own count (at least two)."""
    mt = re.match(r"[了]?(?:给|到|至)?", text[pos:end])
    cur = pos + (mt.end() if mt else 0)
    out: list[tuple[Mention, Quantity]] = []
    for m in ms:
        if m.start < cur or m.start >= end:
            continue
        if m.start != cur:
            break
        q = _quantity_at(text, m.end, end)
        if q is None or q.kind == "money" or not q.unit:
            break
        out.append((m, q))
        cur = q.end
        if cur < end and text[cur] in "、，,":
            cur += 1
    return out if len(out) >= 2 else []


def _bought_arrive(text: str, bought: _Draft, t: _Trigger) -> bool:
    """(bought_arrive) 区民政局采购的大米2000袋、食用油1000桶运抵X街道 / 采购的蔬菜30吨于9月13日运抵X:
    goods named by a relative clause of buying that arrive at a place are delivered, not a gift
    (the receiver hands them out next)."""
    return t.verb in _words("events_arrival_verbs.txt") and bool(bought.items) \
        and "的" in text[bought.start:bought.items[0].start] and bought.end <= t.start \
        and not re.search(r"[，,。；;]", text[bought.items[-1].end:t.start])


def _bought_and_delivered(text: str, bought: _Draft, t: _Trigger, end: int, goods_subject: bool,
                          s_start: int) -> str:
    """购买了面包300份，送到我院隔离病区: goods counted and bought, then carried by the buyer
    to a place the text does not name as an entity (我院, 发热门诊) — a gift, not a delivery
    to households (送到居民家中), to a store, or to the front line at large (送往一线).
    (funded) 捐款1.5万元，购买了牛奶、水果等慰问品送到我院: goods bought with money just
    given (earlier in the sentence) and carried on are given too, counted or not."""
    funded = bool(find_money(text[s_start:bought.start])) and bought.start >= s_start \
        and re.search(r"[，,]", text[s_start:bought.start]) is not None
    # 购买了2顶帐篷送到卡点: 了 closes the purchase and the carrying verb follows its object
    serial = bool(bought.items) and "了" in text[bought.start:bought.items[0].start] \
        and not text[bought.items[-1].end:t.start].strip() and t.verb not in _words("events_arrival_verbs.txt")
    if goods_subject or t.role != "carry" or not bought.agents \
            or not (any(it.quantity is not None for it in bought.items) or bought.value is not None
                    or find_money(text[bought.items[-1].end:t.start]) or funded) \
            or any(it.name == MONEY_ITEM for it in bought.items) \
            or not (re.search(r"[，,]", text[bought.items[-1].end:t.start]) or funded or serial):
        return ""  # (X采购的蔬菜36吨运抵辖区: the goods arrive, nobody carries them on)
    dest = re.match(r"了?([\u4e00-\u9fff]{2,})", text[t.end:end])
    if dest is None or _to_residents(text, t.end, end) or _ALL_UNITS.match(text, t.end) is not None \
            or any(w in dest.group(1) for w in _words("events_not_destination.txt")):
        return ""
    counted = any(it.quantity is not None for it in bought.items) or bought.value is not None \
        or find_money(text[bought.items[-1].end:t.start])
    return "delivered" if counted and (serial or re.search(r"[，,]", text[bought.items[-1].end:t.start])) else "funded"


@functools.lru_cache(maxsize=1)
def _head_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """该合作社 anywhere in the segment / 合作社 opening it before a word of events_subject_next.txt."""
    heads = _alt(_words("events_org_heads.txt"))
    return (re.compile(rf"(?:该|这家|这个)({heads})"),
            re.compile(rf"\s*({heads})(?={_list_alt('events_subject_next.txt')})"))


_CONTINUES = re.compile(r"\s*(?:还|也|又|并|更|同时)")


def _head_subject(text: str, region_start: int, pos: int, ms: list[Mention]) -> str | None:
    """The organisation a bare head word (该)合作社 / 集团 / 商会 opening the verb's clause stands for:
    the nearest organisation named before whose name ends in that head.
    Why: a news text names a body in full once, then calls it by its kind."""
    seg = max(region_start, max(text.rfind(c, region_start, pos) for c in "，,；;：:。") + 1)
    pointed, bare = _head_patterns()
    mh = pointed.search(text[seg:pos]) or bare.match(text[seg:pos])
    if mh is None and seg > region_start and _CONTINUES.match(text, seg, pos):
        # 该超市不仅坚持平价供应，还向X捐赠: the clause goes on with the head that opened the one before
        prev = max(region_start, max(text.rfind(c, region_start, seg - 1) for c in "，,；;：:") + 1)
        mh = pointed.match(text[prev:seg])
        seg = prev
    if mh is None:
        return None
    head = mh.group(1)
    if head in ("公司", "有限公司", "企业", "单位"):
        return None  # 该公司: the branch for firms, which prefers the firm that gave last
    own = re.compile(rf"{head}(?:股份)?(?:有限(?:责任)?公司)?$")
    before = [m for m in ms if m.type == "ORG" and m.end <= seg and own.search(m.text) and m.text != head]
    return _name(before[-1]) if before else None


@functools.lru_cache(maxsize=1)
def _households_of() -> re.Pattern[str]:
    return re.compile(rf"[了\s]*(?:到|给|至|往)?[\u4e00-\u9fff]{{2,12}}?(?:{_list_alt('events_housing_places.txt')})"
                      r"的(?=每一?户|各户|每家|全体|所有)")


def _passed_on_money(text: str, s_start: int, t: _Trigger, obj_end: int, c_end: int, cms: list[Mention],
                     to_ms: list[Mention], drafts: Sequence[_Draft], last: Sequence[_Draft]) -> _Draft | None:
    """(event.passed_on_money) 拨付 money that was given before: X定向捐赠的2000元已拨付Y /
    X定向捐款3000元，已于8月19日拨付Y / 向Y拨付X定向捐款86000元 / 定向捐款已拨付Y (the last
    directed gift). The receiver of that gift (the channel) hands it on to Y: a distribution.
    No gift of the sum told before: not a gift handed on (财政拨付资金30万元), left to the verb."""
    after = [q for q in find_money(text[t.end:c_end]) if q.kind == "money"]
    before = [q for q in find_money(text[s_start:t.start]) if q.kind == "money"]
    amount = after[0].value if after else before[-1].value if before else None
    gifts = [d for d in reversed(list(last) + list(drafts)) if d.type == "donation" and d.start < t.start
             and any(it.name == MONEY_ITEM and it.quantity is not None for it in d.items)]
    if amount is not None:
        same = [d for d in gifts if any(it.name == MONEY_ITEM and it.quantity == amount for it in d.items)]
        src = next((d for d in same if d.recipients), same[0] if same else None)  # (the telling naming the channel)
    elif "定向" in text[s_start:t.start]:
        src = next((d for d in gifts if len(d.recipients) >= 2 or "directed" in d.rule), None)
        amount = next((it.quantity for it in src.items if it.name == MONEY_ITEM), None) if src else None
    else:
        src = None
    if src is None or amount is None:
        return None
    if to_ms:
        recips = to_ms
    else:
        pos = t.end + len(re.match(r"(?:至|给|到)?", text[t.end:obj_end]).group())
        recips = [m for m in cms if m.start == pos and m.type in ("ORG", "LOC")]
    if not recips:
        return None
    end = max([t.end] + [m.end for m in recips] + [t.end + q.end for q in after[:1]])
    names = [_name(m) for m in recips]
    channel = [r for r in src.recipients[:1] if not any(_same_body(r, n) or _same_body(n, r) for n in names)
               and not any(_same_body(r, g) for g in src.agents)]
    return _Draft("distribution", channel, names,
                  [Item(MONEY_ITEM, amount, "元", t.start, end)], None, t.start, end, "event.passed_on_money")


def _allotted(agents: Sequence[str]) -> bool:
    """Givers that are all relay bodies (红十字会, 慈善总会, 民政局): what they hand on is a
    distribution of what others gave them, not a gift of their own."""
    ends = _words("events_allot_bodies.txt")
    return bool(agents) and all(_endswith_any(a, ends) for a in agents)


def _receiver_rest(text: str, pos: int, end: int) -> str:
    """The receiver phrase after a transport verb, without its counts and filler words."""
    rest = re.sub(r"^[了\s]*(?:到|给|至|往)?(?:各个|各|每个|广大)?", "", text[pos:end])
    rest = re.sub(r"^(?:[0-9]+|[一二两三四五六七八九十百千]+)(?:多|余)?[户家名位]", "", rest)  # 32户独居老人家中
    rest = re.sub(r"^(?:辖区|全村|全体|所有|困难|孤寡|隔离|居家|特殊|的)+(?=[\u4e00-\u9fff]{2})", "", rest)
    mh = _households_of().match(rest)
    rest = rest[mh.end():] if mh else rest
    return re.sub(r"^(?:每一户|每一家)", "每户", rest)  # 送到X小区的每一户人家: the households of X


def _to_residents_of(text: str, pos: int, end: int) -> bool:
    """(event.residents_of) 送到各村居家群众手中 / 送到管控楼栋的居民家中: the residents of
    the units (村, 社区…) or of a part of the place named before 的 (only people words, not
    手中/家中, may follow such a modifier)."""
    rest = _receiver_rest(text, pos, end)
    people = tuple(w for w in _words("events_residents.txt") if w not in _words("events_not_people.txt"))
    mo = re.match(rf"(?:(?:{_list_alt('events_resident_units.txt')})|[\u4e00-\u9fff]{{1,6}}?的)"
                  r"(?:辖区|全体|所有|困难|孤寡|隔离|居家|特殊)*", rest)
    return mo is not None and bool(_startswith_any(rest[mo.end():], people))


def _to_residents(text: str, pos: int, end: int) -> bool:
    """送到(各个|辖区|困难)居民(家中|手中): the goods reach households, not a body."""
    rest = _receiver_rest(text, pos, end)
    words = _words("events_residents.txt")
    head = re.match(r"[\u4e00-\u9fff]{0,4}", rest).group()
    return bool(_startswith_any(rest, words)) or any(
        head[i:].startswith(w) for i in range(1, len(head)) for w in words if len(head) - i >= 2) \
        or _to_residents_of(text, pos, end)


@functools.lru_cache(maxsize=1)
def _all_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{_list_alt('events_all_before.txt')})$")


# …到全县各乡镇 / 给全村6个卡口: every unit of the place, none named
_ALL_AFTER = re.compile(r"[了]?(?:至|到|给|往)了?(?:(?:全[省市县区镇乡村]|所辖)(?:各|[0-9一二两三四五六七八九十]+[个家所])|各|辖区)")
# (送到)全市12家敬老院: every unit of the area, after a verb that already holds its 到
_ALL_UNITS = re.compile(r"了?(?:至|到|给|往)?(?:全[省市县区镇乡村]|所辖)(?:各|[0-9一二两三四五六七八九十]+[个家所])")
# (送到)了村里的4个卡点 / 到了全村5个卡点: the units of the giver's own village or town, none named
_OWN_UNITS = re.compile(r"了?(?:至|到|给|往)?了?(?:全[镇乡村]|[村镇乡]里的?)(?:[0-9一二两三四五六七八九十]+[个家所处])")


# 将上述物资(连同…) / 把物资全部… / 把这批水果全部…: the goods just told, all of them
@functools.lru_cache(maxsize=1)
def _carried_slots() -> dict[str, str]:
    """The alternations of ``events_carried.tsv`` by slot (file order kept)."""
    slots: dict[str, list[str]] = defaultdict(list)
    for r in resources.table("events_carried.tsv"):
        slots[r["slot"]].append(r["word"])
    return {k: _alt(tuple(v)) for k, v in slots.items()}


@functools.lru_cache(maxsize=1)
def _carried() -> re.Pattern[str]:
    w = _carried_slots()
    return re.compile(rf"(?:(?:{w['pointer']})[\u4e00-\u9fff]{{0,4}}?(?:{w['noun']})"
                      rf"|(?:(?:{w['batch']})[\u4e00-\u9fff]{{1,3}}?|{w['bare']})(?={w['all']})"
                      rf"|其(?![中余他它的实次]))"  # 将其配送至X: 其 alone is the whole batch just told
                      rf"(?:{w['along']})?")


@functools.lru_cache(maxsize=1)
def _carried_cut() -> re.Pattern[str]:
    """A pointer word at the start or an along word at the end of a :func:`_carried` match."""
    w = _carried_slots()
    return re.compile(rf"^(?:{w['pointer']})|(?:{w['along']})$")


@functools.lru_cache(maxsize=1)
def _generic() -> tuple[str, ...]:
    return tuple(resources.words("events_generic.txt"))


def _same_body(a: str, b: str) -> bool:
    """Two names of one body, or of one good: equal, or one the shortened form of the other
    (街道 / A街道, 医用口罩 / 口罩)."""
    return a == b or a.endswith(b) or b.endswith(a)


def _received_by(text: str, agents: Sequence[str], items: Sequence[Item], drafts: Sequence[_Draft],
                 last: Sequence[_Draft], s_start: int) -> _Draft | None:
    """A gift told before that ``agents`` received and whose goods include ``items`` (by name),
    or a gift to nobody named of exactly these goods and counts (a donor list, then 我会将口罩
    10000只拨付X): what they now carry on is that gift handed on."""
    for d in reversed(list(last) + list(drafts)):
        same_goods = bool(items) and all(it.quantity is not None and any(x.name == it.name and x.quantity == it.quantity and x.unit == it.unit
                                             for x in d.items) for it in items)
        if d.type == "donation" and d.agents \
                and (d.recipients and any(_same_body(a, r) for a in agents for r in d.recipients)
                     or not d.recipients and same_goods) \
                and not any(_same_body(a, g) for a in agents for g in d.agents) \
                and items and all(any(x.name.endswith(it.name) or it.name.endswith(x.name) for x in d.items)
                                  for it in items if it.name != MONEY_ITEM) \
                and not any(it.name == MONEY_ITEM for it in items):
            return d
    return None


def _carried_source(text: str, pos: int, drafts: Sequence[_Draft], last: Sequence[_Draft],
                    s_start: int) -> _Draft | None:
    """The act whose counted goods 这批物资/上述物资 at ``pos`` points back to: the act told
    last in this or the previous sentence, else (a speaker's words or a receipt sentence in
    between) the last counted gift or purchase up to three sentences back in the paragraph."""
    def counted(d: _Draft) -> bool:
        return any(it.quantity is not None for it in d.items) and not any(it.name == MONEY_ITEM for it in d.items)
    near = _sentence_before(text, s_start)
    # (…接收了物资，并将这批物资转交X: a receipt of the class word only retells the gift before)
    prev = next((d for d in reversed(list(last) + list(drafts)) if d.start >= near and d.start < pos
                 and not (d.rule.startswith("event.recv") and _collective_only(d.items)
                          and all(it.quantity is None for it in d.items))), None)
    if prev is not None:
        return prev if counted(prev) else None
    para = text.rfind("\n", 0, s_start) + 1
    far = max(para, _sentence_before(text, _sentence_before(text, near)))
    return next((d for d in reversed(list(last) + list(drafts)) if far <= d.start < pos and counted(d)
                 and d.type in ("donation", "procurement")), None)


def _carried_goods(text: str, pos: int, end: int, drafts: Sequence[_Draft], last: Sequence[_Draft],
                   s_start: int) -> list[Item]:
    """将上述物资(连同…)送到X: the counted goods of the act told just before (this or the
    previous sentence) are the ones carried."""
    cm = _carried().match(text, pos, end)
    if cm is None:
        return []
    prev = _carried_source(text, pos, drafts, last, s_start)
    if prev is None:
        return []
    noun = _carried_cut().sub("", cm.group())
    named = [it for it in prev.items if it.name.endswith(noun)]
    return [replace(it) for it in (named or prev.items)]  # 这批口罩全部…: only the goods it names


def _loaded_goods(text: str, s_start: int, pos: int) -> _Parsed | None:
    """The goods a vehicle is loaded with (满载蔬菜、大米的货车) in this or the two sentences before."""
    words = _alt(_words("events_loaded.txt"))
    best: _Parsed | None = None
    floor = _sentence_before(text, _sentence_before(text, s_start))
    for mm in re.finditer(rf"(?:{words})着?", text[floor:pos]):
        at = floor + mm.end()
        p = _parse_items(text, at, pos, money_bare=False, floor=at)
        if p.items and not _collective_only(p.items) and not re.search(r"[，,。；;]", text[at:p.items[0].start]):
            best = p
    return best


def _ba_marker(text: str, start: int, end: int) -> int:
    """Position of the last 将/把 that fronts an object (not the measure word of 150把)."""
    best = text.rfind("将", start, end)
    at = end
    while True:
        at = text.rfind("把", start, at)
        if at < 0 or at <= best:
            return best
        if not (at > start and re.match(r"[0-9０-９一二两三四五六七八九十百千万几数]", text[at - 1])):
            return at


def _to_all_units(text: str, region_start: int, t: _Trigger) -> bool:
    """(全部)下发至全县各乡镇: goods just bought handed out to every unit (none named)."""
    return _ALL_AFTER.match(text, t.end) is not None \
        or _all_before().search(text[region_start:t.start].rstrip("，, ")) is not None


def _collective_only(items: Sequence[Item]) -> bool:
    """Only class words without a count (物资, 慰问品): nothing is named."""
    generic = tuple(resources.words("events_generic.txt"))
    return all(it.name.endswith(generic) and it.quantity is None for it in items)


def _is_summary(text: str, d: _Draft, c_start: int) -> bool:
    """A tally of several acts (截至目前已捐赠价值173万元物资) is not an act."""
    generic = tuple(resources.words("events_generic.txt"))
    if not all(it.name.endswith(generic) and it.quantity is None for it in d.items):
        return False
    window = text[c_start:d.start]
    if d.type == "procurement" and re.search(r"(?:用于|用来|用以)$", window):
        return True  # 捐款2000元，用于购买防暑物资: what the money is for, no purchase told
    return any(w in window for w in _words("events_summary.txt"))


@functools.lru_cache(maxsize=1)
def _total_after_share_pattern() -> re.Pattern[str]:
    per = _list_alt("events_per_person.txt")
    return re.compile(
        rf"[，,]?(?:(?:{per})[^，,。；;]{{0,6}}?一(?P<u1>[^\d，,。；;]{{1,2}})[，,])?"
        rf"(?:{_list_alt('events_total_after_share.txt')})(?:{_list_alt('events_share_verbs.txt')})?")


def _total_after_share(text: str, d: _Draft, s_end: int) -> None:
    """(total_after_share) 为员工每人发放一份生活物资包，共发放320份 / 发放蔬菜包，每户一包，共计560包:
    a hand-out of one uncounted good with a per-head share of one unit, followed at once by the
    total in that unit — the total is the count of the hand-out."""
    if d.type != "distribution" or len(d.items) != 1 or d.items[0].quantity is not None \
            or d.items[0].name == MONEY_ITEM:
        return
    m = _total_after_share_pattern().match(text, d.end, s_end)
    if m is None:
        return
    share = m.group("u1")
    if share is None:  # the share stands before the good: 每人发放一份X
        lo = max(d.start - 16, text.rfind("，", 0, d.start) + 1, text.rfind("。", 0, d.start) + 1)
        sm = re.search(rf"(?:{_list_alt('events_per_person.txt')})[^，,。；;]{{0,8}}一(\S)"
                       + re.escape(d.items[0].name), text[lo:d.items[0].end])
        share = sm.group(1) if sm else None
    q = _quantity_at(text, m.end(), s_end)
    if share is None or q is None or q.kind != "count" or q.unit != share \
            or (q.end < s_end and text[q.end] not in "，,。；;"):
        return
    d.items = [replace(d.items[0], quantity=q.value, unit=q.unit)]
    d.rule += "+total_after_share"


@functools.lru_cache(maxsize=1)
def _area_tally_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{_list_alt('events_area_tally.txt')})(?:{_list_alt('events_area_tally_marks.txt')})")


def _drop_spent_money(text: str, drafts: list[_Draft], people: set[str]) -> list[_Draft]:
    """A和同学们通过众筹募集到善款6800元，购买了口罩…: money raised and spent by the same
    people on goods they then give is no gift of money of its own (the goods are the gift).
    Members pooling money for a body (村民凑钱 → the village) still give it as the body."""
    out = []
    for i, d in enumerate(drafts):
        spent = d.type == "donation" and d.agents and not d.recipients and set(d.agents) <= people \
            and all(it.name == MONEY_ITEM for it in d.items) \
            and text.startswith(tuple(_words("events_raise_verbs.txt")) + ("凑", "众筹"), d.start) \
            and any(p.type == "procurement" and set(p.agents) == set(d.agents) for p in drafts[i + 1:])
        if not spent:
            out.append(d)
    return out


def _area_tally(text: str, d: _Draft, s_start: int) -> bool:
    """(area_tally) 截至目前，全区已向困难群众发放生活物资1.6万余份，发放临时救助金86万元 /
    截至11月4日，全市累计为居民配送蔬菜包4.2万份: a hand-out with no giver, summed up to a date
    over a whole area, is the sum of many acts, not one act (a named body's own running total stays)."""
    if d.type not in ("distribution", "donation") or d.agents:
        return False  # (截至2月11日，全县共接收社会各界捐款326万元: the receipts of a whole area, too)
    before = text[s_start:d.start]
    cut = max((before.find(w) for w in _words("events_as_of.txt")), default=-1)
    return cut >= 0 and _area_tally_pattern().search(before, cut) is not None


def _worth_keeping(d: _Draft) -> bool:
    """An act with no named party and no count is a general remark (群众纷纷捐赠物资)."""
    generic = tuple(resources.words("events_generic.txt"))
    if any(it.quantity is not None for it in d.items):
        return True
    if all(it.name.endswith(generic) for it in d.items):
        return bool(d.agents)  # 为学校捐赠防控物资 (a caption): nothing to tell without a giver
    return bool(d.agents or d.recipients)


def _act_key(etype: str, items: Sequence[Item]) -> tuple:
    """What two tellings of one act share (type and counted goods): an index, so that
    checking a new act against earlier ones stays linear in event-dense text."""
    return etype, tuple(sorted(((it.quantity or 0.0), it.unit or "") for it in items))


_RELATIVE_GIFT = re.compile(r"(?:捐赠|捐献|捐助|赠送|转赠|捐)的")


def _retold_part(text: str, d: _Draft, out: Sequence[SupplyEvent]) -> bool:
    """将X捐赠的口罩30000只调拨给Y: a gift told as a relative clause (X捐赠的…) whose counted
    goods are all among those of an earlier gift by the same giver points back at that gift."""
    if d.type != "donation" or not d.agents or not _RELATIVE_GIFT.match(text, d.start) \
            or not all(it.quantity is not None for it in d.items):
        return False
    return any(e.type == "donation" and set(e.agents) == set(d.agents) and e.start < d.start
               and all(any(o.name == it.name and o.quantity == it.quantity and o.unit == it.unit for o in e.items)
                       for it in d.items)
               for e in out)


def _same_act(a: SupplyEvent, d: _Draft) -> bool:
    """A later sentence retelling an act already extracted (same giver, same goods)."""
    if a.type != d.type or len(a.items) != len(d.items):
        return False
    if not any(it.quantity is not None for it in d.items):
        # 将公司捐赠的蔬菜、大米送到X: a relative clause and the 将 act in one sentence, one gift
        return bool(d.agents) and set(a.agents) == set(d.agents) and a.start <= d.start < a.end \
            and not any(it.quantity is not None for it in a.items) \
            and sorted(it.name for it in a.items) == sorted(it.name for it in d.items)
    if not (set(a.agents) == set(d.agents) or not d.agents
            or len(a.agents) == len(d.agents)
            and all(any(_same_body(x, y) for y in a.agents) for x in d.agents)):
        # (retold: short name) A镇B家庭农场 … B家庭农场捐赠的大米5000斤: one giver named in short
        return False
    if d.rule.startswith("event.list_line"):
        return False  # each line of a donor list is a gift of its own (A 5000元 / 爱心人士 5000元)
    if d.rule.endswith("+each") and set(a.recipients) != set(d.recipients):
        return False  # 分别向A、B捐赠…各50箱: one act per receiver
    key = lambda it: (it.quantity, it.unit)  # noqa: E731
    olds = sorted(a.items, key=lambda it: (key(it)[0] or 0, key(it)[1] or "", it.name))
    news = sorted(d.items, key=lambda it: (key(it)[0] or 0, key(it)[1] or "", it.name))
    # 10万个爱心医用口罩 … 10万个医用口罩: the same goods named more or less fully
    return all(key(x) == key(y) and _same_body(x.name, y.name) for x, y in zip(olds, news))


def _fills_in(prev: SupplyEvent, s_start: int, text: str) -> bool:
    """Whether ``prev`` (collective goods only) sits in the sentence just before ``s_start``."""
    if not all(it.name.endswith(_generic()) and it.quantity is None for it in prev.items):
        return False
    if prev.start >= s_start:
        return False  # one sentence: two acts (…送来慰问品；…送来10桶矿泉水)
    between = text[prev.end:s_start]
    return len(between.strip("。！？!?\n \u3000")) == 0


def _directed_split(text: str, s_start: int, s_end: int, ms: Sequence[Mention],
                    out: Sequence[SupplyEvent]) -> tuple[int, list[SupplyEvent]] | None:
    """(+directed_split) 收到X的捐款8万元。其中5万元定向用于A，3万元定向用于B: a gift of money
    told just before, split into parts that add up to it, is one gift per part, to the gift's
    receivers and the part's body; the total is no act of its own."""
    at = text.find("其中", s_start, s_end)
    if at < 0:
        return None
    uses = _alt(_words("events_directed_use.txt"))
    parts: list[tuple[float, str]] = []
    for q in find_money(text[at:s_end]):
        if q.kind != "money":
            continue
        mu = re.match(rf"(?:{uses})", text[at + q.end:s_end])
        if mu is None:
            continue
        pos = at + q.end + mu.end()
        body = next((m for m in ms if m.start == pos and m.type in ("ORG", "LOC")), None)
        if body is None:
            return None
        parts.append((q.value, _name(body)))
    if len(parts) < 2:
        return None
    near = _sentence_before(text, s_start)
    for k in range(len(out) - 1, -1, -1):
        ev = out[k]
        if ev.start < near:
            break
        if ev.type == "donation" and len(ev.items) == 1 and ev.items[0].name == MONEY_ITEM \
                and ev.items[0].quantity == sum(v for v, _ in parts):
            return k, [replace(ev, recipients=ev.recipients + tuple(r for r in (n,) if r not in ev.recipients),
                               items=(replace(ev.items[0], quantity=v),), rule=ev.rule + "+directed_split")
                       for v, n in parts]
    return None


def extract_events(text: str, mentions: Sequence[Mention], *, article_date: str | None,
                   zones: Sequence[Span] | None = None) -> list[SupplyEvent]:
    """All supply events of a cleaned article, in text order."""
    ms = _recover_orgs(text, _prepare_mentions(mentions))
    people = {_name(m) for m in ms if m.type == "PER"}
    out: list[SupplyEvent] = []
    told: defaultdict[tuple, list[SupplyEvent]] = defaultdict(list)  # _act_key → events
    history: list[_Draft] = []
    held: _Draft | None = None  # a tally naming its givers but no goods (收到A、B等人士捐赠的物品)
    board: list[str] | None = None  # a donor list under a heading is running (its receiver)
    for s_start, s_end in _sentences(text):
        heading = _list_board(text, s_start, s_end, ms)
        if heading is not None:
            board = heading if heading or not board else board  # 一、捐赠款物接收明细: the same list
        elif board is not None and not _QTY_HINT.search(text, s_start, s_end) \
                and not _list_caption(text, s_start, s_end):
            board = None  # prose without counts ends the list
        if board is not None and _total_line().match(text, s_start, s_end):
            continue  # 合计：捐款38万元: the sum of the lines above, not one more gift
        for c_start, c_end in _segments(text, s_start, s_end, _CLAUSE_END):
            drafts = _clause_events(text, c_start, c_end, ms, history, s_start, board)
            drafts = _drop_spent_money(text, drafts, people)
            for d in drafts:
                _pooled_receipt(text, d, s_start, c_end, ms)
                _members_give(text, d, s_start, ms)
                _handed_out_receipt(text, d, ms)
                _giver_told_after(text, d, s_end, ms)
                _count_after(text, d, c_end)
            if board and drafts:
                for d in drafts:  # a gift in the list goes to the body that publishes it
                    if d.type == "donation" and d.agents and not d.recipients and d.start > s_start - 1:
                        d.recipients = list(board)
            for d in drafts:
                if not d.items:
                    continue
                _total_after_share(text, d, s_end)
                if _area_tally(text, d, s_start) or _carriers_only(text, d, s_end):
                    continue
                if _is_summary(text, d, c_start) or not _worth_keeping(d):
                    if d.agents and _collective_only(d.items):
                        held = d
                    continue
                if held is not None and not d.agents and not d.recipients and held.start < s_start \
                        and not _collective_only(d.items) \
                        and not text[held.end:s_start].strip("。！？!?\n \u3000"):
                    # …收到A、B等人士捐赠的物品。收到的物资包括：方便面25箱… — A and B gave the list
                    d.agents, d.recipients = list(held.agents), list(held.recipients)
                    d.rule += "+held_givers"
                held = None
                same = next((e for e in told.get(_act_key(d.type, d.items), ()) if _same_act(e, d)), None)
                if same is None and _retold_part(text, d, out):
                    continue  # 将X捐赠的口罩30000只调拨给Y: part of X's gift told before, pointed back at
                if same is not None:
                    if not same.recipients and d.recipients and same in out:
                        # the retelling names the receiver the first telling left out
                        k = out.index(same)
                        told[_act_key(same.type, same.items)].remove(same)
                        out[k] = replace(same, recipients=tuple(r for r in dict.fromkeys(d.recipients)
                                                                if r not in same.agents),
                                         rule=same.rule + "+retold")
                        told[_act_key(same.type, same.items)].append(out[k])
                    continue
                announced = _announced_act(text, d, c_start, out) if not d.agents and not d.recipients else None
                if announced is not None:
                    # X向Y捐赠防疫物资 …。此次捐赠的物资包括：口罩… — the goods of the act announced
                    k = out.index(announced)
                    told[_act_key(announced.type, announced.items)].remove(announced)
                    out[k] = replace(announced, items=tuple(d.items), value_yuan=announced.value_yuan or d.value,
                                     rule=announced.rule + "+this_act")
                    told[_act_key(out[k].type, out[k].items)].append(out[k])
                    history.append(replace(d, agents=list(out[k].agents)))
                    continue
                if out and not d.agents and not d.recipients and _fills_in(out[-1], s_start, text):
                    prev = out[-1]  # 收到…捐赠的物品。…物资包括：口罩500个… — one act
                    told[_act_key(prev.type, prev.items)].remove(prev)
                    out[-1] = replace(prev, items=tuple(d.items), value_yuan=prev.value_yuan or d.value,
                                      rule=prev.rule + "+list")
                    told[_act_key(prev.type, out[-1].items)].append(out[-1])
                    continue
                if zones is not None and not any(z.start <= d.start < z.end for z in zones):
                    continue
                history.append(d)
                date = _date_of(text, s_start, s_end, d.start, article_date)
                if date is None and d.rule.startswith("event.loaded"):
                    date = _date_of(text, _sentence_before(text, s_start), s_start, s_start, article_date)  # the load's
                out.append(SupplyEvent(
                    type=d.type,  # type: ignore[arg-type]
                    agents=tuple(dict.fromkeys(d.agents)),
                    recipients=tuple(r for r in dict.fromkeys(d.recipients) if r not in d.agents),
                    items=tuple(d.items),
                    value_yuan=d.value,
                    date=date,
                    start=s_start,
                    end=s_end,
                    rule=d.rule,
                ))
                told[_act_key(out[-1].type, out[-1].items)].append(out[-1])
        split = _directed_split(text, s_start, s_end, ms, out)
        if split is not None:
            k, parts = split
            told[_act_key(out[k].type, out[k].items)].remove(out[k])
            out[k:k + 1] = parts
            for ev in parts:
                told[_act_key(ev.type, ev.items)].append(ev)
        cleft = _cleft_giver(text, s_start, s_end, ms, out, article_date)
        if cleft is not None:
            k, ev = cleft
            if k is not None:
                told[_act_key(out[k].type, out[k].items)].remove(out[k])
                out[k] = ev
            elif any(f.start == s_start and _act_key(f.type, f.items) == _act_key(ev.type, ev.items)
                     for f in out):
                ev = None  # the sentence told the act itself
            else:
                out.append(ev)
            if ev is not None:
                told[_act_key(ev.type, ev.items)].append(ev)
    return _bought_goods_given(text, _drop_retold_batch(text, _drop_retold_uncounted(_drop_retold_classes(out))))


def _bought_goods_given(text: str, evs: list[SupplyEvent]) -> list[SupplyEvent]:
    """(+bought_goods) A采购了防护服、护目镜和面罩。…他们把物资送到了X: a gift of bare 物资 right
    after the same giver's purchase hands over the goods just bought (named there, not here)."""
    generic = frozenset(resources.words("events_generic.txt"))
    out = list(evs)
    for k, e in enumerate(out):
        if e.type != "donation" or not e.agents or len(e.items) != 1 or e.items[0].quantity is not None \
                or e.items[0].name not in generic or e.value_yuan is not None:
            continue
        src = next((f for f in reversed(out[:k]) if f.type == "procurement"), None)
        if src is None or set(src.agents) != set(e.agents) or any(it.name in generic for it in src.items) \
                or text.count("。", src.end, e.start) > 1:
            continue
        out[k] = replace(e, items=src.items, value_yuan=src.value_yuan, rule=e.rule + "+bought_goods")
    return out


@functools.lru_cache(maxsize=1)
def _cleft_re() -> re.Pattern[str]:
    verbs, nouns = _list_alt("events_cleft_verbs.txt"), _list_alt("events_cleft_nouns.txt")
    return re.compile(rf"(?<![^。！？!?\n，,： \u3000])(?:这|此|该)[批些]?[^，,。；;！？]{{0,6}}?(?:均|都|全部)?(?:是(?:由)?"
                      rf"(?P<giver>[^，,。；;！？]{{2,40}}?)(?:(?:{verbs})的|的(?:{nouns}))"
                      rf"|来自(?P<source>[^，,。；;！？]{{2,40}}?)(?=[，,。；;！？]|$))")  # 这批物资来自X公司


def _cleft_givers(text: str, s: int, e: int, ms: Sequence[Mention]) -> list[Mention]:
    """The givers a cleft names: named bodies or people filling the span, joined by 、/和."""
    found = [m for m in ms if s <= m.start and m.end <= e and m.type in ("ORG", "PER")]
    rest = list(text[s:e])
    for m in found:
        rest[m.start - s:m.end - s] = [""] * (m.end - m.start)
    if not found or "".join(rest).strip("、和与及"):
        return []
    return [m for m in found if not any(o is not m and o.start <= m.start and m.end <= o.end for o in found)]


def _counted_goods(text: str, lo: int, hi: int) -> _Parsed | None:
    """The first run of goods in ``text[lo:hi]`` that are all counted (卸下防护服1000套、口罩5000只)."""
    # first right after a word opening a list (其中有N95口罩…, 车上装着…), then at a count or a
    # supply word, then after a comma
    marked = [lo + m.end() for m in re.finditer(_list_alt("events_goods_marks.txt"), text[lo:hi])]
    starts = _goods_starts(text, lo, hi)
    commas = [p + 1 for p in range(lo, hi) if text[p] in "，,：:"]
    for p in marked + sorted(set(starts)) + commas:
        parsed = _parse_items(text, p, hi, money_bare=False, floor=lo)
        goods = [it for it in parsed.items if it.name != MONEY_ITEM]
        if goods and len(goods) == len(parsed.items) and all(it.quantity is not None for it in goods) \
                and not _collective_only(goods) and not any(it.unit in _words("events_vehicle_units.txt")
                                                             for it in goods):
            return parsed
    return None


def _arrived_at(text: str, lo: int, hi: int, ms: Sequence[Mention]) -> list[str]:
    """The body or place right after an arrival verb (驶进X医院, 送到X镇) in ``text[lo:hi]``."""
    for w in _words("events_arrival_marks.txt"):
        at = text.find(w, lo, hi)
        while at >= 0:
            m = next((m for m in ms if m.start == at + len(w) and m.type in ("ORG", "LOC")), None)
            if m is not None:
                return [_name(m)]
            at = text.find(w, at + 1, hi)
    return []


def _cleft_giver(text: str, s_start: int, s_end: int, ms: Sequence[Mention], out: list[SupplyEvent],
                 article_date: str | None) -> tuple[int | None, SupplyEvent] | None:
    """(event.cleft) 这批物资是X送来的，共有… / 原来，这是X的一份心意 / 据悉，这批物资是X的定向捐赠:
    a cleft names the giver of a batch told here or in the sentence before.  A relief body
    (红十字会, 慈善总会) that carried it passes the gift on and receives it as the channel."""
    mc = _cleft_re().search(text, s_start, s_end)
    if mc is None:
        return None
    g = "giver" if mc.group("giver") is not None else "source"
    givers = _cleft_givers(text, mc.start(g), mc.end(g), ms)
    if not givers:
        return None
    names = [_name(m) for m in givers]
    mark = _startswith_any(text[mc.end():s_end].lstrip("，,：: \u3000"), _words("events_goods_marks.txt"))
    here = None
    if mark is not None:
        at = text.find(mark, mc.end(), s_end) + len(mark)
        here = _counted_goods(text, at, s_end)
    p_start = _sentence_before(text, s_start)
    relay = _words("events_relay_bodies.txt")
    if here is None:
        k = next((i for i in range(len(out) - 1, -1, -1) if out[i].start == p_start), None)
        if k is not None:
            e = out[k]
            if e.agents and not all(a.endswith(relay) for a in e.agents) or any(a in names for a in e.agents):
                return None  # the batch has its giver already
            recips = [a for a in e.agents] + [r for r in e.recipients if r not in e.agents]
            goods = e.items
            if _collective_only(list(e.items)):
                listed = _counted_goods(text, p_start, s_start)  # 一批防疫物资…，其中有口罩1万只…
                goods = tuple(listed.items) if listed is not None else goods
            return k, replace(e, type="donation", agents=tuple(names), recipients=tuple(recips), items=goods,
                              rule=e.rule + "+cleft_giver")
        src_lo, src_hi = p_start, s_start
        parsed = _counted_goods(text, src_lo, src_hi)
    else:
        src_lo, src_hi, parsed = s_start, s_end, here
    if parsed is None:
        return None
    chan = [_name(m) for m in ms if p_start <= m.start and m.end <= s_start and m.type == "ORG"
            and m.text.endswith(relay) and m.start < parsed.items[0].start]
    dest = _arrived_at(text, p_start, s_end, ms)
    value = parsed.value
    if value is None:
        mv = re.search(r"价值(?:约|近|达)?", text[src_lo:src_hi])
        if mv is not None:
            q = next((q for q in find_money(text[src_lo:src_hi]) if q.start == mv.end()), None)
            value = q.value if q is not None else None
    date = (_date_of(text, s_start, s_end, mc.start(), article_date)
            or _date_of(text, p_start, s_start, s_start, article_date))
    recips = tuple(dict.fromkeys(r for r in chan[:1] + dest if r not in names))
    return None, SupplyEvent(type="donation", agents=tuple(names), recipients=recips,
                             items=tuple(parsed.items), value_yuan=value, date=date,
                             start=s_start, end=s_end, rule="event.cleft")


def _pooled_receipt(text: str, d: _Draft, s_start: int, end: int, ms: Sequence[Mention]) -> None:
    """(+pooled) X党支部组织全村党员捐款，共收到捐款1.26万元，全部交到了Y: a body that rallies its
    own members to give and then "receives" their money gives it as the body (the members stand
    in); who gets it is the body it is handed to (交到/交给 Y), else no one named."""
    if not d.rule.startswith("event.recv") or d.agents or len(d.recipients) != 1 \
            or any(it.name != MONEY_ITEM for it in d.items):
        return
    body = next((m for m in ms if m.type == "ORG" and _name(m) == d.recipients[0] and s_start <= m.start < d.start), None)
    if body is None:
        return
    rally = re.match(rf"(?:{_list_alt('events_rally_verbs.txt')})[^，,。；;]{{0,8}}?"
                     rf"(?:{_list_alt('events_member_nouns.txt')})[^，,。；;]{{0,8}}?捐", text[body.end:d.start])
    if rally is None:
        return
    d.agents = [d.recipients[0]]
    handed = re.search(r"(?:交到了|交到|交给了|交给|上交)", text[d.end:end])
    dest = next((m for m in ms if handed is not None and m.start == d.end + handed.end()
                 and m.type in ("ORG", "LOC")), None)
    d.recipients = [_name(dest)] if dest is not None else []
    d.rule += "+pooled"


def _members_give(text: str, d: _Draft, s_start: int, ms: Sequence[Mention]) -> None:
    """(+members) 在X镇Y村，在外务工村民和乡贤募集善款5.8万元 / X协会会员企业共同捐款3.6万元:
    unnamed members of a named body give together, so the body stands in (the guide); the body
    is the place or organisation right before the members, or the frame (在X，) just before."""
    if d.type != "donation" or d.agents or not d.items:
        return
    fill = _member_filler()
    for mem in _member_pattern().finditer(text, s_start, d.start):
        gap_end = mem.start()
        body = None
        for m in ms:
            if m.type not in ("ORG", "LOC") or m.end > gap_end or m.start < s_start:
                continue
            gap = text[m.end:gap_end]
            framed = re.match(r"[，,]", gap) is not None \
                and re.search(r"在[^，,；;：:]{0,12}$", text[s_start:m.start]) is not None
            if fill.fullmatch(gap[1:] if framed else gap) is not None:
                body = m
        if body is None or _name(body) in d.recipients \
                or re.search(r"(?:向|为|给|对|帮|帮助|帮扶|慰问)$", text[s_start:body.start]):
            continue
        if any(m.type in ("PER", "ORG") and mem.end() <= m.start < d.start for m in ms):
            return  # 村民张三捐款: a named giver after the members gives
        d.agents = [_name(body)]
        d.rule += "+members"
        return


@functools.lru_cache(maxsize=1)
def _member_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(_words('events_member_nouns.txt'))})")


@functools.lru_cache(maxsize=1)
def _member_filler() -> re.Pattern[str]:
    """What may stand between a body and its members: 300多户 / 全体 / 在外务工 / 镇机关 / 的."""
    words = _alt(_words("events_member_fillers.txt"))
    return re.compile(rf"(?:的|(?:{words})|[0-9一二两三四五六七八九十百千几]+多?[名位户个家]|[镇乡村]?机关)*")


def _handed_out_receipt(text: str, d: _Draft, ms: Sequence[Mention]) -> None:
    """(+handed_out) Y收到了X调拨的防护服200套: what the receiver is told to get from X by a verb of
    handing out (调拨, 分配, 下拨 …) is X's hand-out, not a gift."""
    if not d.rule.startswith("event.recv") or d.type != "donation" or len(d.agents) != 1 or not d.items:
        return
    first = min(it.start for it in d.items)
    giver = next((m for m in ms if _name(m) == d.agents[0] and d.start <= m.start < first), None)
    if giver is None:
        return
    verbs = _alt(_words("events_handout_receipt.txt"))
    if re.match(rf"(?:{verbs})的", text[giver.end:first]) is not None:
        d.type = "distribution"
        d.rule += "+handed_out"


@functools.lru_cache(maxsize=1)
def _giver_label() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(_words('events_giver_labels.txt'))})(?:为|是|：|:)")


def _giver_told_after(text: str, d: _Draft, s_end: int, ms: Sequence[Mention]) -> None:
    """(+giver_after) X获赠84消毒液100桶…，捐赠方为Y / …送来的防护服800套，捐赠方为Y: the giver
    named after the goods by 捐赠方/捐赠单位/捐赠人 (为/是) is the one who gave them."""
    if d.type != "donation" or not d.items:
        return
    last = max(it.end for it in d.items)
    m = re.compile(rf"[，,；;]\s*{_giver_label().pattern}\s*").search(text, last, s_end)
    if m is None or text[last:m.start()].count("，") > 1:
        return
    giver = next((g for g in ms if g.start == m.end() and g.type in ("ORG", "PER")), None)
    if giver is None:
        return
    if not d.agents or all(any(x.type == "LOC" and _name(x) == a for x in ms) for a in d.agents):
        d.agents = [_name(giver)]
        d.rule += "+giver_after"


def _count_after(text: str, d: _Draft, end: int) -> None:
    """(+count_after) 为卫生院送去热饭，共计300余份: one uncounted good, then its count as a total
    closing the clause, is that good counted."""
    if len(d.items) != 1 or d.items[0].quantity is not None or d.items[0].name == MONEY_ITEM:
        return
    at = d.items[0].end
    m = re.match(r"[，,]\s*(?:共计|总计|合计|累计|共)(?:约|近|达)?", text[at:end])
    if m is None:
        return
    q = _quantity_at(text, at + m.end(), end)
    if q is None or q.kind not in ("count", "weight", "volume") or text[q.end:end].strip("。！？!?，,；; \u3000"):
        return
    d.items = [replace(d.items[0], quantity=q.value, unit=q.unit)]
    d.end = q.end
    d.rule += "+count_after"


def _carriers_only(text: str, d: _Draft, s_end: int) -> bool:
    """(A带着20多辆货车，把口罩…送到X) vehicles that carry the goods of a 把/将 act told next
    in the sentence are no gift of their own (a donated ambulance is: 捐赠救护车1辆)."""
    units = _words("events_vehicle_units.txt")
    return bool(d.items) and all(it.unit in units for it in d.items) \
        and re.match(r"[，,]?(?:把|将)", text[d.end:s_end]) is not None


def _announced_act(text: str, d: _Draft, c_start: int, out: Sequence[SupplyEvent]) -> SupplyEvent | None:
    """此次捐赠的物资包括…: the goods of "this" act fill in the one the article announced
    with a class word only (X向Y捐赠防疫物资), the last such act by a named giver."""
    if d.type != "donation" or _collective_only(d.items) or not re.search(
            _alt(_words("events_this_act.txt")), text[c_start:d.start]):
        return None
    return next((e for e in reversed(out) if e.type == d.type and e.agents and _collective_only(e.items)), None)


def _drop_retold_classes(evs: list[SupplyEvent]) -> list[SupplyEvent]:
    """X捐助物资 … X捐赠的2640只口罩: a class word without count or value, by givers whose
    goods the article names in another act of the same kind, only announces that act."""
    named: dict[str, set[str]] = {}
    for e in evs:
        if not _collective_only(e.items):
            for a in e.agents:
                named.setdefault(e.type, set()).add(a)
    kept: list[int] = []
    marks: dict[int, str] = {}
    for i, e in enumerate(evs):
        if e.agents and _collective_only(e.items) and e.value_yuan is None \
                and all(a in named.get(e.type, ()) for a in e.agents):
            continue
        if e.agents and _collective_only(e.items) and e.value_yuan is not None:
            # (retold_value) X捐赠价值62万元防疫物资 (headline) … X捐赠防护服300套…，总价值约62万元:
            # the class word and the same worth by the same giver only announce the counted act
            told = next((k for k, f in enumerate(evs) if f is not e and f.type == e.type
                         and not _collective_only(f.items) and f.value_yuan == e.value_yuan
                         and all(any(_short_form(a, g) for g in f.agents) for a in e.agents)), None)
            if told is not None:
                marks[told] = "+retold_value"
                continue
        kept.append(i)
    return [_marked(evs[i], marks.get(i)) for i in kept]


def _marked(e: SupplyEvent, mark: str | None) -> SupplyEvent:
    """``e`` with the rule that merged a retelling into it recorded."""
    return e if not mark or mark in e.rule else replace(e, rule=e.rule + mark)


def _short_form(a: str, b: str) -> bool:
    """恒泰集团 / 任丘市恒泰石油装备集团有限公司: one giver, named in full or by a short form whose
    characters the full name holds in order."""
    if _same_body(a, b):
        return True
    short, full = sorted((a, b), key=len)
    it = iter(full)
    return len(short) >= 3 and all(ch in it for ch in short)


def _names_match(a: str, b: str) -> bool:
    """新鲜蔬菜 / 蔬菜, 爱心蔬菜包 / 蔬菜包: the same good named more or less fully."""
    return any(_same_body(x, y) for x in a.split("|") for y in b.split("|"))


def _same_head(a: str, b: str) -> bool:
    """(retold_head) 平价蔬菜 / 新鲜蔬菜: two modifiers on one two-character head noun."""
    return len(a) > 2 and len(b) > 2 and a[-2:] == b[-2:] and not a[-2:].endswith(_generic())


def _drop_retold_uncounted(evs: list[SupplyEvent]) -> list[SupplyEvent]:
    """(retold_uncounted) 街道为居民发放爱心蔬菜包 … 当天共发放蔬菜包1.2万份: an act told without
    counts in one sentence and with counts in another, of the same kind and giver, is one act;
    the counted telling stays.  A hand-out led by an official (+by_piece) is the body's act."""
    kept: list[int] = []
    marks: dict[int, str] = {}
    for i, e in enumerate(evs):
        if e.value_yuan is None and e.items and all(it.quantity is None for it in e.items) and any(
                f is not e and f.type == e.type and f.start != e.start
                and any(it.quantity is not None for it in f.items)
                and (not e.agents or not f.agents or set(e.agents) <= set(f.agents) or "+by_piece" in e.rule)
                and all(any(g.quantity is not None and _names_match(it.name, g.name) for g in f.items)
                        for it in e.items)
                for f in evs):
            continue
        head = next((i for i, f in enumerate(evs)
                     if e.value_yuan is None and len(e.items) == 1 and e.items[0].quantity is None
                     and f is not e and f.type == e.type and f.start != e.start and len(f.items) == 1
                     and f.items[0].quantity is not None and set(e.agents) == set(f.agents)
                     and _same_head(e.items[0].name, f.items[0].name)), None)
        if head is not None:
            marks[head] = "+retold_head"  # X采购平价蔬菜 (headline) … X采购新鲜蔬菜18吨: one purchase
            continue
        kept.append(i)
    return [_marked(evs[i], marks.get(i)) for i in kept]


@functools.lru_cache(maxsize=1)
def _this_batch() -> re.Pattern[str]:
    return re.compile(rf"(?:{_list_alt('events_this_batch.txt')})")


def _batch_named(text: str, e: SupplyEvent) -> bool:
    """Whether every good of ``e`` is named in its sentence after 这批/该批/上述 (这批口罩和测温仪)."""
    sent = text[e.start:e.end]
    return bool(e.items) and all(
        any(_this_batch().search(sent[max(0, k - 12):k]) is not None
            for k in (m.start() for m in re.finditer(re.escape(it.name), sent)))
        for it in e.items)


def _drop_retold_batch(text: str, evs: list[SupplyEvent]) -> list[SupplyEvent]:
    """(retold_batch) …采购了这批蔬菜包 / 将这批物资送到X / Y也收到了这批口罩和测温仪: uncounted
    goods pointed back to with 这批/上述 are those of an act told before.  Of the same kind, it is
    that act retold (dropped); a receipt told by the receiver (+recv) of goods handed out is one
    more hand-out by the same giver (+batch_received)."""
    out: list[SupplyEvent] = []
    for e in evs:
        if e.value_yuan is None and all(it.quantity is None for it in e.items) and _batch_named(text, e):
            told = [f for f in reversed(out) if f.start < e.start
                    and all(any(_names_match(it.name, g.name) for g in f.items) for it in e.items)]
            src = next((f for f in told if f.type == e.type), told[0] if told else None)
            if src is not None and src.type == e.type:
                k = next(i for i, f in enumerate(out) if f is src)
                out[k] = _marked(src, "+retold_batch")
                continue
            if src is not None and "+recv" in e.rule.replace("event.recv", "+recv") and not e.agents \
                    and e.type == "donation" and src.type == "distribution" and src.agents:
                e = replace(e, type="distribution", agents=src.agents, rule=e.rule + "+batch_received")
        out.append(e)
    return out
