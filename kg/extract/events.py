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


def _prepare_mentions(mentions: Sequence[Mention]) -> list[Mention]:
    """Outermost mentions only, sorted: a nested name is part of its container."""
    ms = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
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
    """Link role of the word right before ``pos`` (向/给/为 → to, 由 → by)."""
    links = _links()
    window = text[max(floor, pos - 5):pos]
    window = re.sub(r"(?:该|本|当地|全)(?:县|市|区|镇|乡|村|省)?$", "", window)
    for w in sorted(links, key=len, reverse=True):
        if links[w] in ("to", "by") and window.endswith(w):
            return links[w]
    if window.endswith(("从", "在", "于", "来自", "自")):
        return "place"
    return None


def _roles_in_region(text: str, ms: list[Mention], floor: int) -> list[tuple[Mention, str]]:
    """Assign each mention of a giver region a role: agent, to (receiver), by (giver), place."""
    out: list[tuple[Mention, str]] = []
    prev: tuple[Mention, str] | None = None
    for m in ms:
        mark = _marker_before(text, m.start, floor)
        role = {"to": "to", "by": "by", "place": "place"}.get(mark or "", "agent")
        if m.type == "LOC" and re.match(r"[0-9一二两三四五六七八九十几多各众]", text[m.end:m.end + 1]):
            role = "place"  # 新郑两家企业 / 万滩镇众多群众: the place only qualifies the givers
        if mark is None and prev is not None and _gap_role(text[prev[0].end:m.start]) == "coord" \
                and prev[1] in ("to", "by"):
            role = prev[1]
        out.append((m, role))
        prev = (m, role)
    return out


def _agent_chain(text: str, tagged: list[tuple[Mention, str]]) -> list[Mention]:
    """Rightmost giver and the givers coordinated with it (A、B、C等企业)."""
    cands = [i for i, (m, r) in enumerate(tagged) if r in ("agent", "by")]
    if not cands:
        return []
    by = [m for m, r in tagged if r == "by"]
    if by:
        return by
    i = cands[-1]
    chain = [tagged[i][0]]
    j = i - 1
    while j >= 0:
        m, r = tagged[j]
        if r not in ("agent",) or _gap_role(text[m.end:chain[0].start]) != "coord":
            break
        chain.insert(0, m)
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


def _irrealis(text: str, t: _Trigger, floor: int) -> bool:
    window = text[max(floor, t.start - 6):t.start]
    return any(w in window for w in _words("events_irrealis.txt"))


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
        region_ms = [m for m in cms if region_start <= m.start and m.end <= t.start]
        tagged = _roles_in_region(text, region_ms, region_start)
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
                    agents = _agent_chain(text, _roles_in_region(text, region_ms2, region_start))
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
            prev = drafts[-1:] or last[-1:]
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
            region_ms = [m for m, r in tagged if r in ("agent", "by")]
            if (drafts or (last and last[-1].start >= s_start)) and not region_ms:
                agent_names = list((drafts or last)[-1].agents)  # zero subject: the same giver goes on
                rule += "+same_subject"
            elif any(p in region_text for p in ("该公司", "该企业", "该单位")) and not region_ms:
                orgs = [m for m in ms if m.type == "ORG" and m.end <= region_start]
                org_names = {_name(m) for m in orgs}
                # 该公司 → the last organisation that gave, else the nearest one named before
                prior = [a for d in reversed(last) for a in d.agents if a in org_names]
                if prior or orgs:
                    agent_names = [prior[0] if prior else _name(orgs[-1])]
                    rule += "+pronoun"
            elif last and any(p in region_text for p in _PRONOUNS) and not region_ms:
                agent_names = list(last[-1].agents)
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
    key = lambda its: sorted((it.name, it.quantity, it.unit) for it in its)  # noqa: E731
    return a.type == d.type and key(a.items) == key(d.items) \
        and (set(a.agents) == set(d.agents) or not d.agents) \
        and any(it.quantity is not None for it in d.items)


def _fills_in(prev: SupplyEvent, s_start: int, text: str) -> bool:
    """Whether ``prev`` (collective goods only) sits in the sentence just before ``s_start``."""
    generic = tuple(resources.words("events_generic.txt"))
    if not all(it.name.endswith(generic) and it.quantity is None for it in prev.items):
        return False
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
