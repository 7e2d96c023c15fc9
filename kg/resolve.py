"""Mentions → entities: one node per real thing.

Within an article, short and locale-relative forms join the fullest form
(万滩 → 万滩镇, 县红十字会 → 桃江县红十字会, 九佰超市 → 万滩九佰超市).  Places
are resolved into the administrative hierarchy with :mod:`kg.places`.
Entity keys derive from the resolved identity (a division's official code;
otherwise the name qualified by its place context), so the same organisation
or place gets the same IRI in every article while namesakes in different
places stay apart.
"""
from __future__ import annotations

import functools

from collections import defaultdict
from typing import Sequence

from . import resources
from .graph import place_key
from .model import Entity, Meta, Mention, PlaceInfo

ENTITY_ORDER = {"PER": 0, "ORG": 1, "LOC": 2}


@functools.lru_cache(maxsize=1)
def _place_suffixes() -> tuple[str, ...]:
    """Suffixes whose omission still names the same place (万滩镇 ~ 万滩)."""
    rows = resources.table("place_suffixes.tsv")
    key = "suffix" if rows and "suffix" in rows[0] else next(iter(rows[0]))
    # a zone is not its city's long form: 南宁 + 经开区 names a zone inside 南宁
    # nor is a station its town's long form: 新郑车站 is a station in 新郑
    return tuple(sorted({r[key] for r in rows if r[key] and r.get("level") != "zone" and not r[key].endswith("站")},
                        key=len, reverse=True))


def _is_short_form(short: str, full: str, suffixes: Sequence[str]) -> bool:
    """``short`` is ``full`` without its level suffix (万滩 / 万滩镇)."""
    if len(short) < 2 or not full.startswith(short):
        return False
    rest = full[len(short):]
    if rest == "州":
        return _prefecture_short(full)  # 凉山 / 凉山州 (凉山彝族自治州)
    return rest in suffixes


@functools.lru_cache(maxsize=4096)
def _prefecture_short(name: str) -> bool:
    """凉山州, 恩施州: the usual short name of an autonomous prefecture (X自治州)."""
    from . import places

    return any(d.name.endswith("自治州") for d in places.load().candidates(name))


# heads after which a company's brand may be cut short (华兴公司 for 华兴实业发展有限公司)
_COMPANY_HEADS = ("有限责任公司", "股份有限公司", "有限公司", "公司", "集团")


def _brand_short(short: str, full: str, place_names: set[str], suffixes: Sequence[str]) -> bool:
    """``short`` is brand + company head and ``full`` is (place +) brand + trade words + a company head."""
    head = next((h for h in _COMPANY_HEADS if short.endswith(h)), None)
    if head is None or not full.endswith(_COMPANY_HEADS) or short == full:
        return False
    brand = short[: -len(head)]
    if len(brand) < 2:
        return False
    k = full.find(brand)
    if k < 0 or k + len(brand) >= len(full) - 2:
        return False
    prefix = full[:k]
    return prefix == "" or prefix in place_names or any(
        _is_short_form(prefix, p, suffixes) or _is_short_form(p, prefix, suffixes) or p.endswith(prefix)
        for p in place_names) or _place_run(prefix, place_names)


def _place_run(prefix: str, place_names: set[str]) -> bool:
    """山东寿光: two or more place names of the article written one after another."""
    ends = {0}
    for i in range(len(prefix)):
        if i in ends:
            ends.update(i + len(p) for p in place_names if len(p) >= 2 and prefix.startswith(p, i))
    return len(prefix) in ends and len(prefix) > 0


# locale-relative short forms whose full name is not the place + the same words
_RELATIVE_LEVELS = "省市县区镇乡"


def _relative_full(short: str, full: str, place_names: set[str],
                   by_len: Sequence[str] | None = None) -> bool:
    """A locale-relative short form and the full name it stands for in the article:
    县政府 ~ 遂平县人民政府, 团区委 ~ 共青团某区委员会, 县疫情防控指挥部 ~ 桃江县（……）疫情（……）指挥部.

    ``by_len``: ``sorted(place_names, key=len, reverse=True)`` when the caller has it."""
    level = short[:1]
    if short.startswith("团") and len(short) == 3 and short.endswith("委") and short[1] in _RELATIVE_LEVELS:
        return full.startswith("共青团") and full.endswith(short[1] + "委员会")
    if level not in _RELATIVE_LEVELS:
        return False
    if by_len is None:
        by_len = sorted(place_names, key=len, reverse=True)
    place = next((p for p in by_len
                  if len(p) >= 2 and p.endswith(level) and full.startswith(p)), None)
    if place is None:
        return False
    if short[1:] == "政府":
        return full == place + "人民政府"
    if short.endswith("指挥部") and ("疫情" in short or short[1:] == "指挥部"):
        # 镇指挥部 ~ 仁义镇疫情防控指挥部: the bare head names the place's one COVID command
        return full.endswith("指挥部") and "疫情" in full[len(place):]
    return False


_OUTLET_APPS = ("客户端", "APP", "app", "手机台", "微信公众号")


def _party_norm(name: str) -> str:
    for lead in ("中国共产党", "中共"):
        if name.startswith(lead) and len(name) - len(lead) >= 3:
            name = name[len(lead):]
            break
    return name.replace("党工委", "工委")


def _class_inner_body(short: str) -> bool:
    """学校党总支, 公司工会: a class noun and an inner body, the short form of one named body."""
    inner = next((w for w in resources.words("events_sub_bodies.txt") if short.endswith(w)), None)
    return inner is not None and short[:-len(inner)] in _bare_classes()


@functools.lru_cache(maxsize=1)
def _bare_classes() -> frozenset[str]:
    return frozenset(r["word"] for r in resources.table("events_bare_bodies.tsv"))


def _same_body(short: str, full: str) -> bool:
    """Two spellings of one body: the Party prefix 中共 / 中国共产党 (中共X工委 ~ X党工委),
    or an outlet and its app."""
    if len(short) >= 3 and ("工委" in full or full.startswith(("中共", "中国共产党"))) and _party_norm(short) == _party_norm(full):
        return True
    return full.startswith(short) and full[len(short):] in _OUTLET_APPS and len(short) >= 2


def _place_variant(short: str, full: str, suffixes: Sequence[str]) -> bool:
    """埭头中心卫生院 ~ 埭头镇中心卫生院: the same body after a short and a full place name."""
    d = len(full) - len(short)
    if d not in (1, 2, 3):
        return False
    for k in range(2, len(short) - 1):
        if full.startswith(short[:k]) and full[k + d:] == short[k:] and full[k:k + d] in suffixes:
            return len(short) - k >= 3
    return False


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the longer (fuller) name becomes the representative; ties: lexical
            keep, drop = sorted((ra, rb), key=lambda s: (-len(s), s))
            self.parent[drop] = keep


_LEVEL_CHARS = "省市县区乡镇村州"
_LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "zone": 3, "town": 4, "village": 5}


@functools.lru_cache(maxsize=1)
def _suffix_levels() -> dict[str, str]:
    return {r["suffix"]: r.get("level", "") for r in resources.table("place_suffixes.tsv")}


@functools.lru_cache(maxsize=1)
def _stationed_heads() -> tuple[str, ...]:
    return tuple(r["suffix"] for r in resources.table("org_suffixes.tsv")
                 if r["kind"] == "team" and r["bare"] == "yes" and r["suffix"].startswith("驻"))


def _highest_level(short: str, fulls: Sequence[str]) -> list[str]:
    """绥芬河 with 绥芬河市 and 绥芬河镇: a bare short form is the higher division (the city),
    not the town named after it; one node each for the city and the town."""
    if len(fulls) < 2:
        return list(fulls)
    levels = _suffix_levels()
    rank = {f: _LEVEL_RANK.get(levels.get(f[len(short):], ""), 9) for f in fulls}
    best = min(rank.values())
    return [f for f in fulls if rank[f] == best]


def _stationed_teams(names: Sequence[str], uf: "_UnionFind") -> None:
    """驻村工作队 with 市交通运输局驻神山村工作队: the bare team is the article's one named team.

    Why: a stationed team is named in full once and called by its class word after; with two
    named teams the bare word stays apart."""
    heads = _stationed_heads()
    for short in names:
        if short not in heads:
            continue
        tail = short[2:]  # 驻村|工作队 → 工作队
        fulls = [f for f in names if f != short and "驻" in f and f.endswith(tail) and len(f) > len(short) - 1]
        if len(fulls) == 1:
            uf.union(short, fulls[0])


def _group(names: Sequence[str], fulls: dict[str, str], place_names: set[str],
           etype: str, suffixes: Sequence[str]) -> dict[str, list[str]]:
    """Union names of one type that denote one referent; representative → members."""
    uf = _UnionFind()
    for n in names:
        uf.find(n)
    for short, full in fulls.items():
        if full in uf.parent:
            uf.union(short, full)
    ordered = sorted(set(names), key=len)
    # a locale-relative short form (镇侨联) that several bodies of the article end with
    ambiguous = {short for short in ordered if short[:1] in _LEVEL_CHARS and
                 sum(1 for f in ordered if len(f) > len(short) and f.endswith(short)) > 1}
    org_names = set(ordered) if etype == "ORG" else set()
    if etype == "ORG":
        _stationed_teams(ordered, uf)
        places_by_len = sorted(place_names, key=len, reverse=True)  # (the set's order: as _relative_full sorts it)
        for short in ordered:
            rel = [f for f in ordered if len(f) > len(short) and _relative_full(short, f, place_names, places_by_len)]
            if len(rel) == 1:
                uf.union(short, rel[0])  # 县政府 ~ 遂平县人民政府: the one body it points at
    for i, short in enumerate(ordered):
        if etype == "LOC":
            longs = [f for f in ordered[i + 1:] if len(f) > len(short) and _is_short_form(short, f, suffixes)]
            for full in _highest_level(short, longs):
                uf.union(short, full)
            continue
        for full in ordered[i + 1:]:
            if len(full) <= len(short):
                continue
            if etype == "ORG" and (_same_body(short, full) or _place_variant(short, full, suffixes)):
                uf.union(short, full)  # 黄冈高新区工委 ~ 中共黄冈高新区工委, 荆楚网 ~ 荆楚网客户端
            elif etype == "ORG" and _brand_short(short, full, place_names, suffixes):
                if short.endswith("集团") and "集团" not in full and any(
                        "集团" in f and _brand_short(short, f, place_names, suffixes) for f in ordered if f != full):
                    continue  # 恒达集团 is 恒达石油装备集团有限公司, not its subsidiary 恒达物流有限公司
                uf.union(short, full)  # 华兴公司 ~ 湖南省华兴实业发展有限公司
            elif etype == "ORG" and len(short) >= 3 and full.endswith(short):
                prefix = full[: -len(short)]
                # 桃江县红十字会 ~ 县红十字会; 万滩九佰超市 ~ 九佰超市: the prefix is a place
                if prefix in place_names or any(_is_short_form(prefix, p, suffixes) or
                                                _is_short_form(p, prefix, suffixes)
                                                for p in place_names):
                    if short in ambiguous and fulls.get(short) != full:
                        continue  # 镇侨联 with 水头镇侨联 and 翔云镇侨联: only the one it points at
                    uf.union(short, full)
                elif _class_inner_body(short) and sum(1 for f in ordered if len(f) > len(short) and f.endswith(short)) == 1:
                    uf.union(short, full)  # 学校党总支 ~ 某某实验学校党总支: the one such body of the article
                elif (etype == "ORG" and prefix in org_names and short[:1] not in _LEVEL_CHARS
                      and sum(1 for f in ordered if len(f) > len(short) and f.endswith(short)) == 1):
                    # 某中学上海校友会 ~ 上海校友会: the prefix is another body of the article
                    # (the body the short one belongs to), and no second body ends the same way
                    uf.union(short, full)
    groups: dict[str, list[str]] = defaultdict(list)
    for n in sorted(set(names)):
        groups[uf.find(n)].append(n)
    return groups


def _context(places: dict[str, PlaceInfo]) -> str:
    """The article's place context for keys of names that are not self-qualifying."""
    provinces = {p.province for p in places.values() if p.province}
    cities = {p.city for p in places.values() if p.city}
    if len(provinces) == 1:
        prov = next(iter(provinces))
        city = next(iter(cities)) if len(cities) == 1 else ""
        return f"{prov}/{city}"
    return ""


_GRASSROOTS_ENDS = ("村", "社区", "嘎查", "居民区")


def _village_level_name(name: str, place_names: set[str], by_len: Sequence[str] | None = None) -> str | None:
    """花垣县雅酉镇高务村党支部 is also called 高务村党支部: a village's or community's body
    written after its county and town goes by the village-level name too.

    ``by_len``: ``sorted(place_names, key=len, reverse=True)`` when the caller has it."""
    if by_len is None:
        by_len = sorted(place_names, key=len, reverse=True)
    k = 0
    while k < len(name):
        nxt = next((p for p in by_len if p and name.startswith(p, k)), None)
        if nxt is None:
            return None
        if k > 0 and nxt.endswith(_GRASSROOTS_ENDS) and len(name) > k + len(nxt):
            return name[k:]
        k += len(nxt)
    return None


def _places_before(locs: Sequence[Mention]) -> dict[str, str]:
    """Each place name -> the place written right before its first such occurrence
    (陈埭镇|鸿晟工业园): the division that introduces it."""
    by_end = {m.end: m for m in sorted(locs, key=lambda m: (m.start, m.end), reverse=True)}
    out: dict[str, str] = {}
    for m in sorted(locs, key=lambda m: m.start):
        prev = by_end.get(m.start)
        if prev is not None and prev.text != m.text:
            out.setdefault(m.text, prev.text)
    return out


def _resolve_places(names: Sequence[str], hints: Sequence[str],
                    before: dict[str, str] | None = None) -> dict[str, PlaceInfo]:
    try:
        from .places import resolve_places
    except ImportError:  # gazetteer not available: places stay unresolved
        return {}
    return resolve_places(list(names), hints=list(hints), before=before)


def resolve_entities(mentions: Sequence[Mention], meta: Meta, doc_id: str) -> tuple[Entity, ...]:
    by_type: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_type[m.type].append(m)
    suffixes = _place_suffixes()
    loc_names = {m.text for m in by_type["LOC"]}
    place_info = _resolve_places(sorted(loc_names), meta.sources, _places_before(by_type["LOC"]))
    context = _context(place_info)
    entities: list[Entity] = []
    locs_by_len = sorted(loc_names, key=len, reverse=True)  # (the same set every time: the same order)
    for etype in ("PER", "ORG", "LOC"):
        ms = by_type.get(etype, [])
        fulls = {m.text: m.full for m in ms if m.full and m.full != m.text}
        names = [m.text for m in ms] + [f for f in fulls.values()]
        groups = _group(names, fulls, loc_names, etype, suffixes)
        at_text: dict[str, list[int]] = defaultdict(list)  # text -> indexes of its mentions in ms
        for k, m in enumerate(ms):
            at_text[m.text].append(k)
        for rep, members in groups.items():
            extra = _village_level_name(rep, loc_names, locs_by_len) if etype == "ORG" else None
            if extra is not None and extra not in members:
                members = [*members, extra]
            aliases = tuple(sorted((n for n in members if n != rep), key=lambda s: (-len(s), s)))
            # the mentions whose text is a member, in ms order (as filtering ms gave), then sorted
            idx = sorted({k for n in members for k in at_text.get(n, ())})
            its = tuple(sorted((ms[k] for k in idx), key=lambda m: (m.start, m.end)))
            if not its:
                continue
            place = None
            if etype == "LOC":
                place = next((place_info[n] for n in (rep, *aliases) if n in place_info), None)
                if place is not None and (place.code or place.province):
                    key = place_key(place, rep)
                else:
                    key = f"LOC:{context}/{rep}" if context else f"LOC:{doc_id}/{rep}"
            elif etype == "ORG":
                key = f"ORG:{context}/{rep}"
            else:
                # one name in two provinces is two people unless evidence joins them
                key = f"PER:{context or doc_id}/{rep}"
            entities.append(Entity(key=key, type=etype, name=rep, aliases=aliases,
                                   mentions=its, place=place))
    entities.sort(key=lambda e: (ENTITY_ORDER[e.type], e.mentions[0].start, e.name))
    return tuple(entities)
