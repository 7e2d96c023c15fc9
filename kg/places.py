"""Offline gazetteer of China's administrative divisions and place resolution.

Why: kg runs on unseen articles from any province, so where a place sits
(province → prefecture city → county → township) must come from the
official division table (kg/data/admin, built from jionlp's data by
tools/build_admin_data.py), never from names seen in a corpus.

Conventions (those of the gold annotation):
* municipalities (北京, 天津, 上海, 重庆): city = the municipality's name;
* county-level cities directly under a province (仙桃市, 万宁市): city None;
* prefecture cities without counties (中山市, 东莞市): county None;
* development zones (黄冈高新区, 郑蒲港新区) are not counties: county None
  unless the zone is named after a county (新郑新区 → 新郑市).
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from . import resources
from .model import PlaceInfo

LEVELS: tuple[str, ...] = ("province", "city", "county", "town")
_RANK = {lvl: i for i, lvl in enumerate(LEVELS)}
MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})
# official county-level development zones keep level "county" in the table
_ZONE_DIV = re.compile(r"(开发区|管理区|示范区|园区|实验区|试验区|合作区)$")
# names of zones as written in news (郑蒲港新区, 南宁经开区, 新郑教育园区)
_ZONE_NAME = re.compile(r"(新区|开发区|高新区|经开区|园区|工业园|产业园|实验区|试验区|合作区|示范区|工业区|保税区|港区|管理区)$")
_PLACE_SUFFIX = re.compile(
    r"(高新区|经开区|开发区|新区|园区|工业园|产业园|实验区|试验区|示范区|工业区|港区|管理区|"
    r"街道|社区|居民区|小区|镇|乡|村|县|区|市)$"
)
_VILLAGE_NAME = re.compile(r"(村|社区|居民区|居委会|嘎查|村委会)$")
_COMPOUND_NAME = re.compile(r"(小区|花园|公寓|家园|华城|大院|公馆|新城|苑|府|庭|楼|大厦|广场)$")
# stems that make "X新区" a kind, not a name (新郑教育园区 is not 新郑 + 教育园区)
_GENERIC_STEMS = frozenset(
    "教育 工业 产业 科技 物流 经济 商务 文化 旅游 高新 创新 农业 生态 综合 保税 临空 公园 "
    "商业 中心 城市 示范 现代 健康 医药 电商 软件 金融 航空 开发 新城 老城".split()
)
_COUNTRY_CHINA = frozenset({"中国", "中华人民共和国", "我国", "祖国"})


_AUTONOMOUS = re.compile(r"(自治县|自治州|自治旗)$")


def _autonomous_forms(name: str, shorts: Sequence[str]) -> list[str]:
    """威宁自治县, 湘西州: an autonomous division written with its ethnic names dropped.

    Why: news writes 威宁彝族回族苗族自治县 as 威宁自治县 and 湘西土家族苗族自治州 as
    湘西州 or 湘西自治州; the official table lists only the full name and the bare stem.
    """
    m = _AUTONOMOUS.search(name)
    if m is None:
        return []
    out = []
    for s in shorts:
        if len(s) >= 3 and s[-1] in "县旗" and s[-1] == m.group(1)[-1] and name.startswith(s[:-1]):
            out.append(s[:-1])  # 东乡族自治县 → 东乡县 → 东乡: the place named after its people
    for s in list(shorts) + out:
        if len(s) >= 2 and not _AUTONOMOUS.search(s) and name.startswith(s) and s[-1] not in "县旗":
            out.append(s + m.group(1))
            out.append(s + m.group(1)[-1])  # 湘西州, 鄂温克旗, 察布查尔县
    return list(dict.fromkeys(f for f in out if f != name and f not in shorts))


@dataclass(frozen=True)
class Division:
    """One administrative division; towns carry a synthetic code (see SOURCE.md)."""

    code: str
    name: str
    level: str  # province|city|county|town
    parent_code: str | None


_TOWN_ENDS = ("镇", "乡", "街道", "苏木")


class Gazetteer:
    """Divisions by code plus lazily built name indices (load stays cheap)."""

    def __init__(self, rows: Iterable[dict[str, str]], world: Iterable[dict[str, str]]) -> None:
        self._by_code: dict[str, Division] = {}
        self._short: dict[str, tuple[str, ...]] = {}
        for r in rows:
            d = Division(r["code"], r["name"], r["level"], r["parent_code"] or None)
            self._by_code[d.code] = d
            if r["short"]:
                self._short[d.code] = tuple(r["short"].split("|"))
            bare = self._bare_town(d)
            if bare:
                self._short[d.code] = self._short.get(d.code, ()) + (bare,)
        self._world: dict[str, dict[str, str]] = {w["name"]: w for w in world}
        for w in list(self._world.values()):
            self._world.setdefault(w["full"], w)
        self._chains: dict[str, tuple[Division, ...]] = {}

    def _bare_town(self, d: Division) -> str | None:
        """额济纳旗东风镇 → 东风镇: a town listed under its county's name is called without it.

        Why: the source prefixes some townships with their county; articles never do."""
        parent = self._by_code.get(d.parent_code or "")
        if d.level != "town" or parent is None or not d.name.startswith(parent.name):
            return None
        rest = d.name[len(parent.name):]
        if len(rest) >= 3 and rest.endswith(_TOWN_ENDS) and not rest.endswith(("开发区", "园区")):
            return rest
        return None

    # -- lookups -------------------------------------------------------
    def by_code(self, code: str) -> Division | None:
        return self._by_code.get(code)

    def chain(self, code: str) -> list[Division]:
        """Ancestors of a division and itself, province first."""
        return list(self._chain(code))

    def _chain(self, code: str) -> tuple[Division, ...]:
        hit = self._chains.get(code)
        if hit is None:
            d = self._by_code.get(code)
            if d is None:
                hit = ()
            else:
                hit = (self._chain(d.parent_code) if d.parent_code else ()) + (d,)
            self._chains[code] = hit
        return hit

    def short_forms(self, code: str) -> tuple[str, ...]:
        """Short forms and former names of a division (马鞍山市 → 马鞍山)."""
        return self._short.get(code, ())

    @functools.cached_property
    def _index(self) -> dict[str, tuple[Division, ...]]:
        idx: dict[str, list[Division]] = defaultdict(list)
        for d in self._by_code.values():
            idx[d.name].append(d)
            for s in self._short.get(d.code, ()):
                idx[s].append(d)
            for s in _autonomous_forms(d.name, self._short.get(d.code, ())):
                idx[s].append(d)
        return {k: tuple(sorted(set(v), key=lambda d: (_RANK[d.level], d.code))) for k, v in idx.items()}

    def candidates(self, surface: str) -> list[Division]:
        """Divisions whose full name, short form or former name is ``surface``."""
        return list(self._index.get(_norm(surface), ()))

    def surface_forms(self, levels: Sequence[str] = LEVELS) -> Iterable[tuple[str, Division]]:
        """(surface, division) pairs for dictionary matching in text."""
        wanted = set(levels)
        for d in self._by_code.values():
            if d.level in wanted:
                yield d.name, d
                for s in self._short.get(d.code, ()):
                    yield s, d
                for s in _autonomous_forms(d.name, self._short.get(d.code, ())):
                    yield s, d

    @functools.cached_property
    def _villages(self) -> dict[str, tuple[str, ...]]:
        """Village/community name → codes of the towns (or counties) holding one."""
        idx: dict[str, list[str]] = defaultdict(list)
        for r in resources.table("admin/villages.tsv"):
            for n in r["names"].split("|"):
                idx[n].append(r["parent_code"])
        return {k: tuple(v) for k, v in idx.items()}

    def village_parents(self, name: str) -> list[Division]:
        """Towns (or counties) that have a village or community of this name."""
        return [self._by_code[c] for c in self._villages.get(_norm(name), ()) if c in self._by_code]

    def foreign(self, name: str) -> dict[str, str] | None:
        """The world-table row of a foreign country or city, if ``name`` is one."""
        w = self._world.get(_norm(name))
        return w if w and w["country"] != "中国" else None

    def is_china_place(self, name: str) -> bool | None:
        """True for a Chinese division/village or 中国, False for foreign places, None unknown."""
        n = _norm(name)
        if n in _COUNTRY_CHINA or self.candidates(n) or self._villages.get(n):
            return True
        if self.foreign(n):
            return False
        return None

    # -- PlaceInfo ------------------------------------------------------
    def is_zone(self, d: Division) -> bool:
        return d.level == "county" and bool(_ZONE_DIV.search(d.name))

    def place_info(self, d: Division, *, level: str | None = None, with_code: bool = True) -> PlaceInfo:
        """Full official names of a division's province/city/county."""
        chain = self._chain(d.code)
        prov = chain[0]
        city = next((x.name for x in chain if x.level == "city"), None)
        if prov.code in MUNICIPALITIES:
            city = prov.name
        county = next((x.name for x in chain if x.level == "county" and not self.is_zone(x)), None)
        lvl = level or ("zone" if self.is_zone(d) else d.level)
        return PlaceInfo(
            province=prov.name,
            city=city if d.level != "province" or prov.code in MUNICIPALITIES else None,
            county=county,
            code=d.code if with_code else None,
            level=lvl,
            name=d.name if with_code else None,  # a place *inside* d is not d
        )

    # -- helpers for resolution --------------------------------------------
    def affinity(self, a: Division, b: Division) -> int:
        """How deep two divisions share ancestry: 0 none … 4 same town."""
        ca, cb = self._chain(a.code), self._chain(b.code)
        depth = 0
        for x, y in zip(ca, cb):
            if x.code != y.code:
                break
            depth = _RANK[x.level] + 1
        return depth

    def leading_division(self, name: str) -> tuple[str, str] | None:
        """Longest province/city/county surface form that starts ``name`` (not all of it)."""
        n = _norm(name)
        for i in range(min(len(n) - 1, 12), 1, -1):
            if any(d.level != "town" for d in self._index.get(n[:i], ())):
                return n[:i], n[i:]
        return None


_WS_RUN = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 14)
def _norm(s: str) -> str:
    return _WS_RUN.sub("", s.split("|", 1)[0])


@functools.lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    return Gazetteer(resources.table("admin/divisions.tsv"), resources.table("admin/world.tsv"))


def is_china_place(name: str) -> bool | None:
    return load().is_china_place(name)


def split_run_together(name: str) -> list[str]:
    """Split a leading division name off a run-together place (马鞍山郑蒲港新区 → [马鞍山, 郑蒲港新区])."""
    gaz = load()
    n = _norm(name)
    if gaz.candidates(n):
        return [n]
    lead = gaz.leading_division(n)
    if lead is None:
        return [n]
    head, rest = lead
    kind = _PLACE_SUFFIX.search(rest)
    if kind is not None and kind.start() == 0:
        return [n]  # 黄冈高新区: the rest is a bare kind, not a name
    if any(d.level != "town" or (d.name == rest and len(rest) >= 3) for d in gaz.candidates(rest)):
        return [head, *split_run_together(rest)]
    m = _PLACE_SUFFIX.search(rest)
    if m is None or rest[0] in "市县区省州":
        return [n]
    stem = rest[: m.start()]
    if len(stem) < 2 or stem in _GENERIC_STEMS:
        return [n]
    return [head, *split_run_together(rest)]


# street and community names repeat from city to city (中山路街道, 锦绣社区)
_REPEATED_UNITS = ("街道", "社区")


def _kind(name: str) -> str:
    if _ZONE_NAME.search(name):
        return "zone"
    if _VILLAGE_NAME.search(name):
        return "village"
    if _COMPOUND_NAME.search(name):
        return "compound"
    return "other"


def _reduce(gaz: Gazetteer, cands: Sequence[Division]) -> list[Division]:
    """Drop candidates nested in another candidate (南昌 → 南昌市, not 南昌县)."""
    codes = {c.code for c in cands}
    return [c for c in cands if not any(a.code in codes for a in gaz._chain(c.code)[:-1])]


def _unsupported_pick(cands: Sequence[Division]) -> Division | None:
    """A name without contextual support resolves only to a clear top-level reading."""
    top = min(_RANK[c.level] for c in cands)
    best = [c for c in cands if _RANK[c.level] == top]
    if len(best) != 1 or top == _RANK["town"]:
        return None
    if best[0].level == "county" and any(c.level != "town" for c in cands if c is not best[0]):
        return None
    return best[0]


def _hint_divisions(gaz: Gazetteer, hints: Sequence[str]) -> list[Division]:
    """Divisions named inside outlet names (中山日报 → 中山市), unambiguous ones only."""
    out: list[Division] = []
    for hint in hints:
        for h in (hint or "").split("|"):
            h = _norm(h)
            i = 0
            while i < len(h) - 1:
                for j in range(min(len(h), i + 12), i + 1, -1):
                    cands = [d for d in gaz.candidates(h[i:j]) if d.level != "town"]
                    if cands:
                        red = _reduce(gaz, cands)
                        pick = red[0] if len(red) == 1 else _unsupported_pick(red)
                        if pick is not None:
                            out.append(pick)
                        i = j - 1
                        break
                i += 1
    return out


def _score(gaz: Gazetteer, c: Division, anchors: Sequence[Division], hints: Sequence[Division]) -> tuple[int, int, int]:
    text = [gaz.affinity(c, a) for a in anchors]
    hint = max((gaz.affinity(c, h) for h in hints), default=0)
    best = max(text, default=0)
    return best, hint, sum(1 for t in text if t and t == best)


def _common(gaz: Gazetteer, divs: Sequence[Division]) -> Division | None:
    """Deepest division that contains all of ``divs``."""
    chains = [gaz._chain(d.code) for d in divs]
    common = None
    for level in zip(*chains):
        if len({x.code for x in level}) != 1:
            break
        common = level[0]
    return common


def _partial(gaz: Gazetteer, d: Division | None, level: str) -> PlaceInfo:
    """What is certain about a place inside ``d`` (nothing when d is None)."""
    if d is None:
        return PlaceInfo(level=level, name=None)
    return gaz.place_info(d, level=level, with_code=False)


def resolve_places(names: Sequence[str], hints: Sequence[str] = (),
                   before: Mapping[str, str] | None = None) -> dict[str, PlaceInfo]:
    """Resolve all place names of one article jointly (each helps place the others).

    ``before`` maps a name to the place written right before it in the text
    (晋江市陈埭镇|鸿晟工业园, 孙家集街道|三元朱村): a place that is no division sits
    inside the division that introduces it, whatever else the article is about.
    """
    before = before or {}
    gaz = load()
    keys = list(dict.fromkeys(n for n in names if n and _norm(n)))
    out: dict[str, PlaceInfo] = {}
    cands: dict[str, list[Division]] = {}
    others: list[str] = []
    for k in keys:
        n = _norm(k)
        if n in _COUNTRY_CHINA:
            out[k] = PlaceInfo(level="country", name="中国")
            continue
        c = gaz.candidates(n)
        if c:
            cands[k] = _reduce(gaz, c)
        elif gaz.foreign(n):
            w = gaz.foreign(n)
            out[k] = PlaceInfo(level="country" if w["kind"] == "country" else "other", name=n)
        else:
            others.append(k)
    hint_divs = _hint_divisions(gaz, hints)

    # run-together and zone names contribute their leading division as a mention
    lead_of: dict[str, str] = {}
    for k in others:
        parts = split_run_together(k)
        lead = gaz.leading_division(k)
        if len(parts) > 1:
            lead_of[k] = parts[-2]
        elif lead and _ZONE_NAME.search(lead[1]):
            lead_of[k] = lead[0]
    lead_cands = {k: _reduce(gaz, [d for d in gaz.candidates(p) if d.level != "town"]) for k, p in lead_of.items()}

    # 1. joint resolution of division names: unique readings first, then support
    resolved: dict[str, Division] = {}
    pending = dict(cands)
    pending.update({"\x00" + k: v for k, v in lead_cands.items() if v})
    for k, c in list(pending.items()):
        if len(c) == 1:
            resolved[k] = c[0]
            del pending[k]
    while pending:
        changed = False
        for k, c in list(pending.items()):
            anchors = [d for kk, d in resolved.items() if kk != k]
            scored = sorted(((_score(gaz, d, anchors, hint_divs), d) for d in c), key=lambda x: x[0], reverse=True)
            (s0, d0) = scored[0]
            if (s0[0] or s0[1]) and (len(scored) == 1 or s0 > scored[1][0]):
                resolved[k] = d0
                del pending[k]
                changed = True
        if not changed:
            for k, c in list(pending.items()):
                pick = _unsupported_pick(c)
                if pick is not None:
                    resolved[k] = pick
                    del pending[k]
                    changed = True
                    break  # one at a time: it may support the rest
        if not changed:
            break
    for k in cands:
        if k in resolved:
            out[k] = gaz.place_info(resolved[k])
        else:
            c = pending[k]
            out[k] = _partial(gaz, _common(gaz, c), c[0].level)

    # a division name right after a county or town of another province is a landmark inside
    # it that shares a name with a division elsewhere (栾川县|老君山 is no town of 云南)
    for k in cands:
        host = resolved.get(before.get(k, "\x00"))
        d = resolved.get(k)
        if (host is not None and d is not None and host.level in ("county", "town") and d.level == "town"
                and gaz.affinity(host, d) == 0):
            out[k] = gaz.place_info(host, level="other", with_code=False)
            del resolved[k]

    # 1b. a street (街道) or community (社区) read only in provinces the article never mentions, with no county
    # of its own before it (中山路街道, 胜利街街道): street names repeat from city to city, so
    # it is a street of the article's own place that the table lacks or spells otherwise
    upper = [d for d in resolved.values() if d.level != "town"]
    provs = {gaz._chain(d.code)[0].code for d in upper}
    ctx_up = _Context(gaz, upper, hint_divs)
    home = ctx_up.best()
    if home is not None and home.level in ("county", "city"):
        for k, c in cands.items():
            name = _norm(k.split("|")[0])
            if (c and all(d.level == "town" for d in c) and name.endswith(_REPEATED_UNITS)
                    and resolved.get(before.get(k, "\x00")) is None
                    and not any(gaz._chain(d.code)[0].code in provs for d in c)):
                out[k] = _partial(gaz, home, "town" if name.endswith("街道") else _kind(name))
                resolved.pop(k, None)
                pending.pop(k, None)

    # 2. context: dominant county / city / province of the resolved divisions
    divs = [d for d in resolved.values()]
    ctx = _Context(gaz, divs, hint_divs)

    # 3. non-division names: leading division, then village table, then context
    for k in others:
        kind = _kind(_norm(k))
        lead = resolved.get("\x00" + k)
        if lead is not None:
            out[k] = gaz.place_info(lead, level=kind, with_code=False)
            continue
        host = resolved.get(before.get(k, "\x00"))
        if host is not None and host.level in ("county", "town") and not gaz.is_zone(host):
            out[k] = gaz.place_info(host, level=kind, with_code=False)
            if kind == "village":
                ctx.add_village(host)
            continue
        where = _village_place(gaz, _norm(k), ctx)
        if where is not None:
            out[k] = gaz.place_info(where, level="village", with_code=False)
            ctx.add_village(where)
            continue
    for k in others:
        if k not in out:
            where = ctx.best()
            out[k] = _partial(gaz, where, _kind(_norm(k)))
    return {k: out[k] for k in keys if k in out}


class _Context:
    """Votes for the article's county/city/province from its resolved places."""

    def __init__(self, gaz: Gazetteer, divs: Sequence[Division], hints: Sequence[Division]) -> None:
        self.gaz = gaz
        self.votes: dict[str, Counter[str]] = {lvl: Counter() for lvl in ("province", "city", "county")}
        self.hint_votes: dict[str, Counter[str]] = {lvl: Counter() for lvl in ("province", "city", "county")}
        for d in divs:
            self._vote(d, self.votes)
        for h in hints:
            self._vote(h, self.hint_votes)

    def _vote(self, d: Division, votes: dict[str, Counter[str]]) -> None:
        for x in self.gaz._chain(d.code):
            if x.level in votes and not self.gaz.is_zone(x):
                votes[x.level][x.code] += 1
        prov = self.gaz._chain(d.code)[0]
        if prov.code in MUNICIPALITIES and d.code != prov.code:
            votes["city"][prov.code] += 1  # the municipality is the article's city

    def add_village(self, d: Division) -> None:
        self._vote(d, self.votes)

    def weight(self, d: Division) -> tuple[int, int]:
        """Text and hint votes for a division (how much the article is about it)."""
        lvl = d.level if d.level in self.votes else "city"
        return self.votes[lvl][d.code], self.hint_votes[lvl][d.code]

    def counties(self) -> set[str]:
        return set(self.votes["county"])

    def cities(self) -> set[str]:
        return set(self.votes["city"])

    def _top(self, level: str) -> str | None:
        def key(code: str) -> tuple[int, int, int]:
            prov = self.gaz._chain(code)[0].code
            return (self.votes[level][code], self.hint_votes[level][code],
                    self.votes["province"][prov] + self.hint_votes["province"][prov])

        codes = sorted(set(self.votes[level]) | set(self.hint_votes[level]), key=key, reverse=True)
        if not codes or (len(codes) > 1 and key(codes[0]) == key(codes[1])):
            return None
        return codes[0]

    def top_city(self) -> str | None:
        return self._top("city")

    def best(self) -> Division | None:
        """The county when one dominates (inside the dominant city), else the city, else the province."""
        city = self._top("city")
        county = self._top("county")
        if county is not None:
            c = self.gaz.by_code(county)
            if city is None or any(x.code == city for x in self.gaz._chain(county)):
                return c
        if city is not None:
            d = self.gaz.by_code(city)
            return d
        prov = self._top("province")
        return self.gaz.by_code(prov) if prov else None


def _village_place(gaz: Gazetteer, name: str, ctx: _Context) -> Division | None:
    """County (or town's county) of a village/community, when the article's context pins it."""
    forms = [name] if _VILLAGE_NAME.search(name) else [name, name + "村", name + "社区"]
    parents: list[Division] = []
    for f in forms:
        parents.extend(gaz.village_parents(f))
    if not parents:
        return None
    best = ctx.best()
    if best is not None and best.level == "county":
        scopes = [ctx.counties()]  # elsewhere in the city: trust the article's county over the table
    else:
        city = ctx.top_city()
        scopes = [ctx.counties(), {city} if city else ctx.cities()]
    for scope in scopes:
        inside = [p for p in parents if any(x.code in scope for x in gaz._chain(p.code))]
        if inside:
            # the county (not the town): many towns share a village name
            counties = {next((x for x in gaz._chain(p.code) if x.level == "county"), p) for p in inside}
            if len(counties) == 1:
                return counties.pop()
            # several: the one the article is most about, if it stands out
            ranked = sorted(counties, key=lambda c: ctx.weight(c), reverse=True)
            if ctx.weight(ranked[0]) > ctx.weight(ranked[1]):
                return ranked[0]
            return _common(gaz, ranked)
    return None
