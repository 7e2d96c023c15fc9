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
from dataclasses import dataclass, replace
from typing import Sequence

from .. import resources
from ..model import Item, Mention, Span, SupplyEvent
from .quantities import Quantity, find_money, find_quantities

MONEY_ITEM = "现金|资金|善款"
_SENT_END = "。！？!?\n"
_CLAUSE_END = "；;"
_SEPS = ("以及", "、", "，", ",", "和", "及", "与")
_BOUNDARY = set("，、,。；;：:！？!?（()）【】[]《》 \t\n\u3000…")
_QUOTES = "“”‘’\"'「」『』"
_LEAD_FILLERS = ("了", "共计", "累计", "合计", "总计", "共", "计", "其中", "包括", "的", "：", ":", "着",
                 "这批", "这些", "一批", "一些", "一车", "上")
_DATE_RE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]")
_PRONOUNS = ("该公司", "该企业", "该协会", "该村", "该商会", "该单位", "他们", "她们", "他", "她", "其")


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


def _words(name: str) -> tuple[str, ...]:
    return tuple(sorted(resources.words(name), key=len, reverse=True))


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


def _segments(text: str, start: int, end: int, stops: str) -> list[tuple[int, int]]:
    out, s = [], start
    for i in range(start, end):
        if text[i] in stops:
            if i > s:
                out.append((s, i))
            s = i + 1
    if end > s:
        out.append((s, end))
    return out


def _startswith_any(s: str, words: Sequence[str]) -> str | None:
    for w in words:
        if s.startswith(w):
            return w
    return None


def _endswith_any(s: str, words: Sequence[str]) -> str | None:
    for w in words:
        if s.endswith(w):
            return w
    return None


def _repair(m: Mention) -> list[Mention]:
    """Mentions that swallowed a function word: 据X → X, X向Y → X, Y."""
    out: list[Mention] = []
    text, start = m.text, m.start
    lead = _startswith_any(text, _words("events_mention_lead.txt"))
    if lead and len(text) - len(lead) >= 2:
        text, start = text[len(lead):], start + len(lead)
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
    for q in find_quantities(text[pos:end]):
        if q.start == 0:
            return replace(q, start=q.start + pos, end=q.end + pos)
        break
    return None


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
        if c in _BOUNDARY or text.startswith("等", i):
            break
        if i > pos and (text.startswith(("和", "及", "与"), i)):
            break
        if i > pos and (c.isdigit() or c in "一二两三四五六七八九十") and _quantity_at(text, i, end):
            break
        i += 1
    return i


def _head_in(run: str) -> tuple[int, str] | None:
    """End offset and word of the rightmost supply head in ``run``."""
    best: tuple[int, str] | None = None
    for h in _heads():
        idx = run.rfind(h)
        if idx >= 0:
            e = idx + len(h)
            if best is None or e > best[0] or (e == best[0] and len(h) > len(best[1])):
                best = (e, h)
    return best


def _per_person(text: str, qpos: int, floor: int) -> bool:
    window = text[max(floor, qpos - 8):qpos]
    return any(w in window for w in _words("events_per_person.txt"))


@dataclass
class _Parsed:
    items: list[Item]
    value: float | None
    end: int
    clean_end: bool  # the list ended at a boundary or continuation, not in running text


def _parse_items(text: str, pos: int, end: int, *, money_bare: bool, floor: int) -> _Parsed:
    """Parse a list of goods starting at ``pos``: ``口罩500个、方便面50件``, ``3箱牛奶``, ``方便面、饮料等物资``."""
    items: list[Item] = []
    value: float | None = None
    money_words = _words("events_money_words.txt")
    generic = set(resources.words("events_generic.txt"))
    continuations = _words("events_continuations.txt")
    clean_end = True
    while pos < end:
        elem_start = pos
        while pos < end and text[pos] in " \t\u3000":
            pos += 1
        lead = _startswith_any(text[pos:end], _LEAD_FILLERS)
        while lead:
            pos += len(lead)
            lead = _startswith_any(text[pos:end], _LEAD_FILLERS)
        # value phrase: 价值(达/近)N万元(的)
        if text.startswith("价值", pos):
            mq = next((q for q in find_money(text[pos:end]) if q.start <= 5), None)
            if mq is not None:
                value = mq.value
                pos += mq.end
                if text.startswith("的", pos):
                    pos += 1
                else:
                    break
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
        elif q is not None and q.kind not in ("people", "other"):
            pre_q = q
            pos = q.end
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
        name_end = None
        if head is not None:
            name_end = pos + head[0]
        elif pre_q is not None and pre_q.value > 1 and 1 <= len(run) <= 6 \
                and all("\u4e00" <= c <= "\u9fff" for c in run):
            name_end = run_end  # an unlisted good with a count: 2部巡逻艇
        money_name = _startswith_any(run, money_words) if head is None else None
        if name_end is None and money_name:
            mq = _quantity_at(text, pos + len(money_name), end)
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
            post_q = _quantity_at(text, qpos, end)
            if post_q is not None and post_q.kind in ("people", "other", "money"):
                post_q = None
            if post_q is not None:
                pos = post_q.end
                # 17箱(51000个): the parenthesised repeat is skipped
                m = re.match(r"[（(][^）)]{0,20}[）)]", text[pos:end])
                if m and find_quantities(m.group()):
                    pos += m.end()
        qty = pre_q or post_q
        quantity = unit = None
        if qty is not None and not _per_person(text, qty.start, floor):
            quantity, unit = qty.value, qty.unit
        generic = set(resources.words("events_generic.txt"))
        intro = re.match(r"(?:主要)?(?:包括|有|为)?[：:]?", text[pos:end])
        if qty is None and name.endswith(tuple(generic)) and intro and intro.end() > 0:
            pos += intro.end()  # 捐赠的物资包括：口罩…: the class introduces the list
            continue
        items.append(Item(name, quantity, unit, item_start, pos))
        rest = text[pos:end]
        if rest.startswith("等"):
            pos += 1
            coll_end = _name_run(text, pos, end)
            coll = text[pos:coll_end]
            ch = _head_in(coll)
            if ch is not None and coll[:ch[0]].endswith(tuple(generic)):
                cpos = pos + ch[0]
                cq = _quantity_at(text, cpos, end)
                if cq is not None and cq.kind not in ("people", "other", "money"):
                    # X、Y等物资4200箱: the count belongs to the class as a whole
                    cname = coll[:ch[0]]
                    items = [Item(cname, cq.value, cq.unit, pos, cq.end)]
                    cpos = cq.end
                pos = cpos
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
    return _Parsed(_split_glued(items), value, pos, clean_end)


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
    return len(name) > 14 or any(w in name for w in _words("events_name_stop.txt"))


def _split_glued(items: list[Item]) -> list[Item]:
    """火腿肠方便面 → 火腿肠, 方便面: two listed goods written without a joiner."""
    heads = _heads()
    out: list[Item] = []
    for it in items:
        done = False
        if it.name != MONEY_ITEM:
            for h in heads:
                if it.name.startswith(h) and len(h) < len(it.name):
                    rest = it.name[len(h):]
                    if rest in heads:
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
    for w in sorted(links, key=len, reverse=True):
        if links[w] in ("to", "by") and window.endswith(w):
            if w in ("助力", "支持") and window[:-len(w)].endswith("为"):
                return "place"  # 为助力X抗疫: a purpose, not a receiver
            if w == "为" and _endswith_any(window, _words("events_wei_words.txt")):
                return None  # 作为/成为/因为 …: not the receiver marker 为
            return links[w]
    if window.endswith(("从", "在", "于", "来自", "自")):
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
    return bool(_startswith_any(after, _words("events_roles.txt"))
                or _startswith_any(after, _words("events_titles.txt"))
                or _startswith_any(after, _words("events_adverbs.txt"))
                or _startswith_any(after, tuple(_links())))


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
    causative = [mc.end() for mc in re.finditer("|".join(map(re.escape, _words("events_causative.txt"))),
                                                 text[floor:end])
                 if "响应" not in text[max(floor, floor + mc.start() - 8):floor + mc.start()]]
    cause_end = floor + causative[-1] if causative else floor
    cause_end = max(cause_end, _unnamed_subject(text, floor, end))
    parens = [(mp.start(), mp.end()) for mp in re.finditer(r"[（(][^（()）]*[)）]", text[floor:end])]
    starts = {m.start for m in ms}
    for k, m in enumerate(ms):
        nxt = ms[k + 1].start if k + 1 < len(ms) else end
        mark = _marker_before(text, m.start, floor)
        role = {"to": "to", "by": "by", "place": "place"}.get(mark or "", "agent")
        if m.type == "LOC" and re.match(r"[0-9一二两三四五六七八九十几多各众]", text[m.end:m.end + 1]):
            role = "place"  # 新郑两家企业 / 万滩镇众多群众: the place only qualifies the givers
        if mark is None and prev is not None and prev[1] in ("to", "by") \
                and _gap_role(text[prev[0].end:m.start]) == "coord":
            role = prev[1]
        if role in ("agent", "place") and _in_receiver_phrase(text, floor, m, starts):
            role = "to"  # 向A、B、C等单位捐赠; 为A学校,B学校…捐赠: still inside the receiver phrase
        if role == "agent":
            if m.type == "LOC" and not _loc_can_give(text, m, nxt, k + 1 < len(ms)):
                role = "place"
            elif _startswith_any(text[m.end:nxt], not_after):
                role = "place"  # 响应X的倡议: X did not give
            elif m.end <= cause_end:
                role = "place"  # X动员Y捐赠: Y gives; X…，9名志愿者…送到: the volunteers do
            elif any(floor + a < m.start and m.end < floor + b for a, b in parens):
                role = "place"  # (记者 X 通讯员 Y): a parenthesis, not the clause
        out.append((m, role))
        prev = (m, role)
    return out


def _title_chunk(gap: str) -> bool:
    """Whether ``gap`` only describes the next person: titles, optionally 、-joined (会长、主席)."""
    g = gap.strip(" \u3000")
    if not g:
        return False
    titles = _words("events_titles.txt") + _words("events_roles.txt")
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
        if m.type == "LOC" and after and (after == "的" or after.isdigit()):
            continue
        out.append(m)
    return out


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
        elif gap.strip() not in ("",) and not re.fullmatch(r"[了 ]*", gap):
            break
        chain.append(m)
        cur = m.end
    return _recipient_filter(text, chain)


# ----------------------------------------------------------------------------
# sentences → events
# ----------------------------------------------------------------------------
def _sentences(text: str) -> list[tuple[int, int]]:
    return _segments(text, 0, len(text), _SENT_END)


def _triggers(text: str, start: int, end: int) -> list[_Trigger]:
    out: list[_Trigger] = []
    i = start
    while i < end:
        for verb, typ, role in _verbs():
            if text.startswith(verb, i) and i + len(verb) <= end:
                out.append(_Trigger(i, i + len(verb), verb, typ, role))
                i += len(verb) - 1
                break
        i += 1
    return out


_NAME_FOLLOW = ("、", "，", ",", "为", "向", "给", "等", "共", "一起", "也", "还", "从", "和", "分别", "各")


def _bare_names(text: str, floor: int, end: int, ms: list[Mention]) -> list[Mention]:
    """Givers' names the mention list lacks, in a list of names right before the verb:
    X村党员A、B带着…, 侨胞C、D、E共捐赠, X村A为…送来 (A: surname + 1–2 characters)."""
    surnames = _words("surnames.txt")
    anchors = _words("events_roles.txt") + _words("events_titles.txt")
    out: list[Mention] = []
    covered = [(m.start, m.end) for m in ms]

    def name_at(i: int) -> int | None:
        sn = _startswith_any(text[i:end], surnames)
        if not sn or any(a <= i < b for a, b in covered):
            return None
        for n in (3, 2):
            j = i + n
            if j > end or n <= len(sn) or not all("\u4e00" <= c <= "\u9fff" for c in text[i:j]):
                continue
            if any(a < j and i < b for a, b in covered) or _endswith_any(text[i:j], anchors):
                continue
            if text[i:j] in _words("events_not_names.txt") or _endswith_any(text[i:j], _words("events_not_names.txt")):
                continue
            rest = text[j:end]
            if j == end or (_startswith_any(rest, _NAME_FOLLOW) and len(rest) <= 12
                            and not re.search(r"[，,；;。]", rest[1:])):
                return j
        return None

    starts: list[int] = []
    for m in ms:
        if m.type == "PER" and text.startswith("、", m.end):
            starts.append(m.end + 1)
        elif m.type in ("LOC", "ORG"):
            starts.append(m.end)
    for mm in re.finditer("|".join(map(re.escape, anchors)), text[floor:end]):
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


def _zero_subject(region: str) -> bool:
    """Whether a clause after ；has no subject of its own (…；还向X捐赠): only a few linking words."""
    r = re.sub(r"[\s，,、]", "", region)
    r = re.sub(r"^(?:\d{1,2}月\d{1,2}[日号])?", "", r)
    return len(r) <= 4 and not _startswith_any(r, _words("events_roles.txt"))


def _unnamed_subject(text: str, floor: int, end: int) -> int:
    """End of the last unnamed group of people that starts a clause before the verb
    (…，9名志愿者立即…将X送到; …，社区党员干部和志愿者…): names before it do not give."""
    roles = "|".join(map(re.escape, _words("events_roles.txt") + ("党员干部", "工作人员", "干部")))
    pat = re.compile(rf"(?:^|[，,；;])\s*(?:[0-9一二两三四五六七八九十几数多]+[名位个]?)?"
                     rf"(?:社区|村|镇|街道|乡)?(?:{roles})")
    out = -1
    for mm in pat.finditer(text, floor, end):
        out = mm.end()
    return out


def _subject_pronoun(region: str) -> str | None:
    """A pronoun standing as the subject in the last clause before the verb (此外，他还向X捐赠)."""
    clause = re.split(r"[，,：:“”]", region)[-1]
    for mp in re.finditer("|".join(map(re.escape, _PRONOUNS)), clause):
        p = mp.group()
        before, after = clause[:mp.start()], clause[mp.end():]
        if p == "其" and (after[:1] in ("中", "他", "它", "余", "实", "次") or before.endswith(("尤", "极"))):
            continue
        if _endswith_any(before, ("向", "为", "给", "对", "帮", "替", "让")):
            continue  # 为他们提供: the receiver
        return p
    return None


def _irrealis(text: str, t: _Trigger, floor: int) -> bool:
    window = text[max(floor, t.start - 6):t.start]
    for w in _words("events_irrealis.txt"):
        i = window.find(w)
        if i >= 0:
            wpos = max(floor, t.start - 6) + i
            if "响应" in text[max(floor, wpos - 8):wpos]:
                continue  # 响应号召，捐赠: the act is real
            return True
    return False


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


def _clause_events(text: str, c_start: int, c_end: int, ms: list[Mention],
                   last: list[_Draft], s_start: int) -> list[_Draft]:
    trigs = [t for t in _triggers(text, c_start, c_end) if not _irrealis(text, t, c_start)]
    drafts: list[_Draft] = []
    region_start = c_start
    cms = [m for m in ms if c_start <= m.start and m.end <= c_end]
    for k, t in enumerate(trigs):
        if t.start < region_start or t.role == "consumed":
            continue
        obj_end = trigs[k + 1].start if k + 1 < len(trigs) else c_end
        q_open = text.rfind("“", region_start, t.start)
        if q_open >= 0 and text.find("”", q_open, t.start) < 0:
            region_start = q_open + 1  # a verb inside a quotation: its giver is inside too
        region_ms = [m for m in cms if region_start <= m.start and m.end <= t.start]
        region_ms = sorted(region_ms + _bare_names(text, region_start, t.start, region_ms),
                           key=lambda m: m.start)
        tagged = _roles_in_region(text, region_ms, region_start, t.start)
        agents = _agent_chain(text, tagged)
        to_ms = _recipient_filter(text, [m for m, r in tagged if r == "to"])
        pos = t.end
        recips_after: list[Mention] = []
        if t.verb.endswith(("给", "到", "到了", "达", "往", "抵")) or text.startswith(("给", "到"), pos):
            if text.startswith(("给", "到"), pos):
                pos += 1
            recips_after = _mentions_after(text, pos, obj_end, cms)
            if recips_after:
                pos = recips_after[-1].end
                while pos < obj_end and text[pos] in "、，, ":
                    pos += 1
        floor = region_start
        givers: list[Mention] = []
        money_bare = t.role == "money"
        if t.role == "recv" and k + 1 < len(trigs) and trigs[k + 1].role in ("give", "money"):
            inner = trigs[k + 1]
            givers = [m for m in cms if t.end <= m.start and m.end <= inner.start]
            nxt = trigs[k + 2].start if k + 2 < len(trigs) else c_end
            pos, obj_end, money_bare = inner.end, nxt, inner.role == "money"
            trigs[k + 1] = _Trigger(inner.start, inner.start, "", inner.type, "consumed")
        parsed = _parse_items(text, pos, obj_end, money_bare=money_bare, floor=floor)
        relative = text.startswith("的", t.end)
        rule = f"event.{t.role}"
        items = parsed.items
        generic = tuple(resources.words("events_generic.txt"))
        if not parsed.clean_end and len(items) == 1 and items[0].name.endswith(generic) \
                and items[0].quantity is None:
            items = []  # 捐赠物资交接仪式: the class word is a modifier here
        value = parsed.value
        span_end = parsed.end
        # 将/把 X VERB (给) Y: the goods stand before the verb
        if not items:
            ba = max(text.rfind("将", region_start, t.start), text.rfind("把", region_start, t.start))
            if ba >= 0:
                bp = _parse_items(text, ba + 1, t.start, money_bare=False, floor=floor)
                if bp.items:
                    items, value, rule = bp.items, bp.value or value, "event.ba"
                    region_ms2 = [m for m in region_ms if m.end <= ba]
                    agents = _agent_chain(text, _roles_in_region(text, region_ms2, region_start, ba))
                    span_end = max(span_end, pos)
        elif t.role == "carry":
            items = []  # 送到X …: a transport verb alone opens no act
        # receivers after the goods: …给X / 送到X / 助力X抗疫
        tail = text[span_end:obj_end]
        mt = re.match(r"\s*(?:等)?(?:分别)?(?:给|送到|送往|送至|运到|到|助力|支持|用于支援)", tail)
        if mt:
            recips_after = recips_after or _mentions_after(text, span_end + mt.end(), obj_end, cms)
        recipients = [_name(m) for m in to_ms + recips_after]
        agent_names = [_name(m) for m in agents]
        if t.role in ("recv", "take"):
            recipients = agent_names + recipients
            agent_names = [_name(m) for m in givers]
            rule = f"event.{t.role}"
        if not items:
            # a verb without goods passes its receivers to the acts just before it
            # (X捐赠的Y …，分别捐赠给Z) or hands them on (…送到Z，分发到一线)
            prev = drafts[-1:] or [d for d in last[-1:] if d.start >= s_start]
            bare = re.match(r"[了]?(?:到|给|至|往|[，,。；、]|$)", text[t.end:obj_end]) is not None
            if drafts and drafts[-1].type == "procurement" and t.type == "donation" \
                    and (t.role != "carry" or recipients):
                # bought, then given: a second act with the same goods
                p = drafts[-1]
                drafts.append(_Draft("donation", list(agent_names or p.agents), recipients, list(p.items),
                                     None, t.start, obj_end, "event.bought_then_given"))
            elif recipients and drafts:
                for d in drafts:
                    if not d.recipients:
                        d.recipients = list(recipients)
            elif t.type == "distribution" and bare and prev and prev[0].type == "donation" \
                    and prev[0].recipients:
                p = prev[0]
                drafts.append(_Draft("distribution", list(p.recipients), [], list(p.items), None,
                                     t.start, obj_end, "event.pass_on"))
            continue
        if t.role == "carry" and rule != "event.ba":
            continue
        if not agent_names and t.role not in ("recv", "take"):
            region_text = text[region_start:t.start]
            unnamed = _unnamed_subject(text, region_start, t.start) >= 0
            region_ms = [m for m, r in tagged if r in ("agent", "by")]
            pron = _subject_pronoun(region_text) if last and not region_ms else None
            if pron and pron.startswith("该"):
                pron = None  # 该公司: the organisation branch below
            if pron:
                agent_names = list((drafts or last)[-1].agents)
                if pron in ("他", "她"):  # one person: the person among the last givers
                    pers = {_name(m) for m in ms if m.type == "PER"}
                    agent_names = [a for a in agent_names if a in pers] or agent_names
                rule += "+pronoun"
            elif (drafts or (last and last[-1].start >= s_start and _zero_subject(region_text))) \
                    and not region_ms and not unnamed:
                agent_names = list((drafts or last)[-1].agents)  # zero subject: the same giver goes on
                rule += "+same_subject"
            if not pron and any(p in region_text for p in ("该公司", "该企业", "该单位")) and not region_ms:
                orgs = [m for m in ms if m.type == "ORG" and m.end <= region_start]
                org_names = {_name(m) for m in orgs}
                # 该公司 → the last organisation that gave, else the nearest one named before
                prior = [a for d in reversed(last) for a in d.agents if a in org_names]
                if prior or orgs:
                    agent_names = [prior[0] if prior else _name(orgs[-1])]
                    rule += "+pronoun"

        d = _Draft(t.type, agent_names, recipients, items, value, t.start, max(span_end, t.end), rule,
                   by_relative=relative)
        drafts.append(d)
        region_start = max(span_end, t.end)
    return drafts


def _is_summary(text: str, d: _Draft, c_start: int) -> bool:
    """A tally of several acts (截至目前已捐赠价值173万元物资) is not an act."""
    generic = tuple(resources.words("events_generic.txt"))
    if not all(it.name.endswith(generic) and it.quantity is None for it in d.items):
        return False
    window = text[c_start:d.start]
    return any(w in window for w in _words("events_summary.txt"))


def _worth_keeping(d: _Draft) -> bool:
    """An act with no named party and no count is a general remark (群众纷纷捐赠物资)."""
    generic = tuple(resources.words("events_generic.txt"))
    if any(it.quantity is not None for it in d.items):
        return True
    if all(it.name.endswith(generic) for it in d.items):
        return bool(d.agents)  # 为学校捐赠防控物资 (a caption): nothing to tell without a giver
    return bool(d.agents or d.recipients)


def _same_act(a: SupplyEvent, d: _Draft) -> bool:
    """A later sentence retelling an act already extracted (same giver, same goods)."""
    if a.type != d.type or len(a.items) != len(d.items) or not any(it.quantity is not None for it in d.items):
        return False
    if not (set(a.agents) == set(d.agents) or not d.agents):
        return False
    key = lambda it: (it.quantity, it.unit)  # noqa: E731
    olds = sorted(a.items, key=lambda it: (key(it)[0] or 0, key(it)[1] or "", it.name))
    news = sorted(d.items, key=lambda it: (key(it)[0] or 0, key(it)[1] or "", it.name))
    # 10万个爱心医用口罩 … 10万个医用口罩: the same goods named more or less fully
    return all(key(x) == key(y) and (x.name.endswith(y.name) or y.name.endswith(x.name))
               for x, y in zip(olds, news))


def _fills_in(prev: SupplyEvent, s_start: int, text: str) -> bool:
    """Whether ``prev`` (collective goods only) sits in the sentence just before ``s_start``."""
    generic = tuple(resources.words("events_generic.txt"))
    if not all(it.name.endswith(generic) and it.quantity is None for it in prev.items):
        return False
    if prev.start >= s_start:
        return False  # one sentence: two acts (…送来慰问品；…送来10桶矿泉水)
    between = text[prev.end:s_start]
    return len(between.strip("。！？!?\n \u3000")) == 0


def extract_events(text: str, mentions: Sequence[Mention], *, article_date: str | None,
                   zones: Sequence[Span] | None = None) -> list[SupplyEvent]:
    """All supply events of a cleaned article, in text order."""
    ms = _prepare_mentions(mentions)
    out: list[SupplyEvent] = []
    history: list[_Draft] = []
    for s_start, s_end in _sentences(text):
        for c_start, c_end in _segments(text, s_start, s_end, _CLAUSE_END):
            drafts = _clause_events(text, c_start, c_end, ms, history, s_start)
            for d in drafts:
                if not d.items or _is_summary(text, d, c_start) or not _worth_keeping(d):
                    continue
                if any(_same_act(e, d) for e in out):
                    continue
                if out and not d.agents and not d.recipients and _fills_in(out[-1], s_start, text):
                    prev = out[-1]  # 收到…捐赠的物品。…物资包括：口罩500个… — one act
                    out[-1] = replace(prev, items=tuple(d.items), value_yuan=prev.value_yuan or d.value,
                                      rule=prev.rule + "+list")
                    continue
                if zones is not None and not any(z.start <= d.start < z.end for z in zones):
                    continue
                history.append(d)
                date = _date_of(text, s_start, s_end, d.start, article_date)
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
    return out


def _num(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def event_record(ev: SupplyEvent) -> dict:
    """The JSONL form of one event (schema of ANNOTATION.md)."""
    return {
        "type": ev.type,
        "agents": list(ev.agents),
        "recipients": list(ev.recipients),
        "items": [{"item": it.name, "quantity": _num(it.quantity), "unit": it.unit} for it in ev.items],
        "value_yuan": _num(ev.value_yuan),
        "date": ev.date,
    }
