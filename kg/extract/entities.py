"""PER / ORG / LOC mentions from clean simplified article text.

Rules (all dictionaries live in ``kg/data``):

* ``loc.gazetteer`` – known divisions (``kg.places`` when present, plus the
  province / country list ``entities_regions.tsv``), matched over characters.
* ``loc.suffix`` / ``loc.zone`` – specific part + place suffix (村 镇 县 社区 …),
  the left edge found by walking back to a stop word, a verb, punctuation
  or the end of the previous place (which splits run-together places).
* ``loc.village`` – a village or community the segmenter cuts (三元|朱|村), read
  from the official village table when the article names its county or town.
* ``loc.nested`` – a place inside an org's name that no other rule sees
  (北京华|康…有限公司, 重庆|歌乐山|实业集团).
* ``loc.landmark`` – a named mountain, lake or island in a place context.
* ``loc.waterside`` – a river or lake the story stands beside or follows (X河畔, 沿着X河);
  a WeChat poster location (发表于新疆) is dropped as platform noise.
* ``org.suffix`` – (places / orgs)* + specific part + org head (医院, 党支部 …);
  what it absorbs on the left stays listed as nested LOC/ORG.  A company's
  coined brand cut by the segmenter is bridged back to the place before it
  (绵阳|鑫|达|建材有限公司).
* ``org.locale`` – a level character + a locale-relative body (县红十字会).
  A bare stationed team (驻村工作队) is the village's own team.
* ``org.quoted_shop`` – a quoted shop name + 店 (“春晓”烧饼店; before 店主 the name stops).
* ``org.national`` – 党中央, 国务院 …
* ``org.media`` – outlets from their ending (日报, 电视台; 网/客户端 only in
  source or byline context; an account name such as 宜昌发布 only opening a line).
* ``per.byline``, ``per.title``, ``per.context``, ``per.enum``, ``per.repeat``, ``per.bare`` –
  surname + given name confirmed by a byline marker, a title or role word,
  a speech verb, an enumeration with a confirmed name, or another mention.
* ``per.byline.translit``, ``per.title.translit`` – a name with no Han surname
  (Mongolian, Tibetan, Yi) read as a run of transliteration syllables in a
  byline or title slot.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Iterable, NamedTuple, Sequence

import ahocorasick

from .. import resources
from ..model import Mention, Span
from ..segment import get_segmenter, given_name_chars, word_pos
from .registry import resolve_overlaps, rule

# ---------------------------------------------------------------------------
# resources
# ---------------------------------------------------------------------------
_CJK = re.compile(r"[\u4e00-\u9fff]")
_COVID_PHRASE = re.compile(r"新型冠状病毒(?:感染)?(?:的)?肺炎|新冠肺炎|新型冠状病毒|新冠病毒")
LEVEL_CHARS = "省市县区乡镇村州"
BAD_POS = {"d", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "rr", "rz", "q", "t", "tg",
           "f", "y", "e", "o", "ad", "vd", "zg", "m", "mq", "z", "v", "vg", "vi", "vq"}


_CLOSE = {"”": "“", "」": "「", "』": "『", ")": "(", "）": "（"}
_ORDINAL_END = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}$")
_PARTY_PREFIX = ("中共", "中国共产党", "共青团")
_TOWN_SHORT = "town-short"  # automaton value of a town short form (matched only after its county)
_NATIONAL_AFTER = ("记者", "报道", "消息", "讯", "客户", "发布", "评论", "通讯", "电", "官方", "微博", "微信", "和", "、")
_OUTLET_NAMES = {"红网", "央视", "人民网", "新华网", "光明网", "央广网"}
_PREP = set("的在和与向给到从为及是了对将把由于等各该全本我其个名位")
_NUMERALS = set("一二两三四五六七八九十百千几")
# a classifier after a demonstrative or a numeral (这支, 那家, 每个) opens no name (org.suffix edge)
_CLASSIFIERS = set("支个家座位名批只间")
_DEMONSTRATIVES = set("这那该此每各哪")
_MONEY_DIGITS = set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿一二两三四五六七八九十百千")
_CHAR_STOP_POS = {"v", "p", "d", "c", "u", "r", "vg", "ug", "uj", "ul", "uz"}


_BAR = "丨"  # U+4E28, a CJK ideograph that headlines use as a bar (“疫”线有我丨临江街道)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" and ch != _BAR


def _automaton(words: Iterable[tuple[str, object]]) -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for w, v in words:
        if w:
            a.add_word(w, (w, v))
    a.make_automaton()
    return a


class _PrefixMatcher:
    """``Automaton.iter(text, start, end)`` of a large automaton, answered by dict lookups.

    pyahocorasick's step per character is slow on the 62k-word gazetteer automaton (≈ 0.5 µs,
    0.17 ms per synthetic article; this: 0.08 ms).  Here every word (all of length >= 2) is
    found from its first two characters (a dict of the lengths of the words they start), and
    the matches come in the automaton's order: by end, longer first at one end.  Same
    (end index, value) pairs, checked against the automaton."""

    def __init__(self, ac: ahocorasick.Automaton) -> None:
        self.words: dict[str, object] = dict(ac.items())
        by2: dict[str, set[int]] = {}
        for w in self.words:
            if len(w) < 2:
                raise ValueError("_PrefixMatcher needs words of two or more characters")
            by2.setdefault(w[:2], set()).add(len(w))
        self.by2 = {k: tuple(sorted(v)) for k, v in by2.items()}

    def iter(self, text: str, start: int, end: int) -> list[tuple[int, object]]:
        get = self.by2.get
        words = self.words
        found = []
        for s in range(start, end - 1):
            lens = get(text[s:s + 2])
            if lens is None:
                continue
            for n in lens:
                e = s + n
                if e > end:
                    break
                v = words.get(text[s:e])
                if v is not None:
                    found.append((e, -n, v))
        if len(found) > 1:
            found.sort(key=lambda t: (t[0], t[1]))
        return [(e - 1, v) for e, _, v in found]


def _short_form_ok(surface: str, level: str, full: str, seg) -> bool:
    """A short form (隆回 for 隆回县) is matched alone unless it is mostly a common word.

    jieba's dictionary frequency is the signal: a rare word is a name whatever its
    tag (余庆, 武定, 碣石); a frequent one must be tagged a place (上海, 延安), and a
    district's short form (河东, 城中) is written bare only when it is rare.  Cities
    and provinces are written short much more than they occur as words (海口).
    """
    f = seg.freq(surface)
    pos = word_pos(surface) or ""
    if f < 100 and not full.endswith("区"):
        return True
    if level in ("province", "city"):
        # 桂林 (nr), 孝感 (n), 大连 (d): a city's short form is the city unless it is mostly a verb (开封)
        return not pos.startswith("v") or f < 1000
    if full.endswith("区"):
        return pos.startswith("ns") and f < 300  # 河东, 城中, 华龙: districts go by their full name
    return pos.startswith("ns")


@functools.lru_cache(maxsize=1)
def _res() -> dict:
    """All word lists and automata, built once per process."""
    surnames = resources.words("surnames.txt")
    titles = {r["title"]: r for r in resources.table("titles.tsv")}
    org_suf = {r["suffix"]: r for r in resources.table("org_suffixes.tsv")}
    shops = set(resources.words("entities_shop_heads.txt"))
    for w in shops:  # 便利店, 面馆: a shop head is a company head
        org_suf.setdefault(w, {"suffix": w, "kind": "company", "bare": "no"})
    place_suf = {r["suffix"]: r for r in resources.table("place_suffixes.tsv")}
    media = {r["ending"]: r["context"] for r in resources.table("media_patterns.tsv")}
    stop = set(resources.words("entity_stopwords.txt"))
    places: dict[str, str] = {r["surface"]: r["level"] for r in resources.table("entities_regions.tsv")}
    town_short: dict[str, set[str]] = {}
    splitter = None
    gaz = None
    try:  # the administrative gazetteer, when another stage has it ready
        from .. import places as _places  # type: ignore

        gz = _places.load()
        seg = get_segmenter()
        for surface, div in gz.surface_forms():
            level = getattr(div, "level", "division") or "division"
            if len(surface) < 2 or surface in stop:
                continue  # 街道, 新区: a class word, whatever a division is called
            if level == "town" and surface != div.name:
                # town short forms (发展, 安全) are ordinary words: only right after their
                # own county or city (陆丰市碣石人)
                if seg.freq(surface) < 300 and div.parent_code:
                    parents = town_short.setdefault(surface, set())
                    for anc in gz.chain(div.parent_code):
                        if anc.level in ("city", "county") or anc.code in _places.MUNICIPALITIES:
                            # 上海|罗泾: a municipality is its towns' city
                            parents.add(anc.name)
                            parents.update(gz.short_forms(anc.code))
                continue
            if surface != div.name and not _short_form_ok(surface, level, div.name, seg):
                continue  # a short form that is mostly a common word (会同, 联合, 河东)
            places.setdefault(surface, level)
        for row in getattr(gz, "_world", {}).values():
            # foreign countries (秘鲁, 乌拉圭): general knowledge, unless the name is mostly a word (中非, 多哥)
            name = row.get("name", "")
            if row.get("kind") != "country" or len(name) < 2 or name in places or name in stop:
                continue
            if not _is_cjk(name[-1]) or (seg.freq(name) >= 50 and not (word_pos(name) or "").startswith(("ns", "nr"))):
                continue
            places[name] = "country"
        splitter = getattr(_places, "split_run_together", None)
        gaz = gz
    except Exception:  # noqa: BLE001 - gazetteer optional: suffix rules still find places
        pass
    suffixes = [(s, ("PLACE", r)) for s, r in place_suf.items()] + [(s, ("ORG", r)) for s, r in org_suf.items()]
    boiler = [(re.compile(r["pattern"]), r["kind"]) for r in resources.table("entities_boilerplate.tsv")]
    out = {
        "surnames": set(surnames),
        "compound_set": {s for s in surnames if len(s) > 1},
        "compound": sorted((s for s in surnames if len(s) > 1), key=len, reverse=True),
        "compound_re": re.compile("|".join(re.escape(s) for s in sorted((s for s in surnames if len(s) > 1),
                                                                         key=len, reverse=True))),
        "weak": set(resources.words("entities_weak_surnames.txt")),
        "titles": titles,
        "title_ac": _automaton((t, None) for t in titles),
        "org_suf": org_suf,
        "shops": shops,
        "place_suf": place_suf,
        "suffix_ac": _automaton(suffixes),
        "media": media,
        "places": places,
        "place_ac": _automaton(list(places.items()) + [(w, _TOWN_SHORT) for w in town_short if w not in places]),
        "town_short": town_short,
        "gaz": gaz,
        "national": {r["name"]: r["enum"] == "yes" for r in resources.table("entities_national_bodies.tsv")},
        "stopwords": set(resources.words("entity_stopwords.txt")),
        "trade_words": frozenset(resources.words("entities_trade_words.txt")),
        "trade_verbs": frozenset(resources.words("entities_trade_verbs.txt")),
        "left_stop": set(resources.words("entities_left_stop.txt")),
        "left_stop_long": tuple(w for w in resources.words("entities_left_stop.txt") if len(w) >= 2),
        "per_ctx": {(r["word"], r["side"]) for r in resources.table("entities_per_context.tsv")},
        "boiler": boiler,
        # does any boilerplate pattern occur (one search: most lines match none of them)
        "boiler_any": re.compile("|".join(f"(?:{p.pattern})" for p, _ in boiler)),
        "title_tuple": tuple(t for t in titles if len(t) >= 2),
        "title_tuple3": tuple(t for t in titles if len(t) >= 3),
        "byline_tuple": tuple(t for t in titles if titles[t]["kind"] == "byline" and len(t) > 1),
        "per_ctx_tuple": tuple(w for w, side in {(r["word"], r["side"]) for r in resources.table("entities_per_context.tsv")}
                               if side == "right"),
        "per_ctx_re": re.compile("|".join(sorted((re.escape(w) for w, side in
                                                 {(r["word"], r["side"]) for r in resources.table("entities_per_context.tsv")}
                                                 if side == "right"), key=len, reverse=True))),
        "national_re": re.compile("|".join(re.escape(n) for n in sorted(
            (r["name"] for r in resources.table("entities_national_bodies.tsv")), key=len, reverse=True))),
        "splitter": splitter,
        "generic_mod": set(resources.words("entities_generic_modifiers.txt")),
        "given": given_name_chars(),
        "address": set(resources.words("entities_address_terms.txt")),
        "enum_follow": tuple(resources.words("entities_enum_follow.txt")),
        "translit": set("".join(resources.words("entities_translit_chars.txt")).replace(" ", "")),
        "not_name_end": set("村镇乡区县市省州路街巷岭堂网栋园厂店馆站所院校局部委办处队组会社") | {
            k for k in place_suf if len(k) == 1} | {k for k in org_suf if len(k) == 1},
    }
    try:  # place_ac.iter without its per-char cost
        out["place_match"] = _PrefixMatcher(out["place_ac"])
    except ValueError:  # a one-char place name: the automaton itself
        out["place_match"] = out["place_ac"]
    return out


# ---------------------------------------------------------------------------
# zones and boilerplate guard
# ---------------------------------------------------------------------------
def article_lines(text: str, zones: Sequence[Span] | None) -> list[tuple[int, int]]:
    """Line spans inside the zones, minus obvious navigation / footer lines."""
    res = _res()
    spans = zones or [Span(0, len(text))]
    out: list[tuple[int, int]] = []
    for z in spans:
        pos = z.start
        for line in text[z.start:z.end].split("\n"):
            s, e = pos, pos + len(line)
            pos = e + 1
            stripped = line.strip()
            if not stripped:
                continue
            kind = None
            for pat, k in (res["boiler"] if res["boiler_any"].search(stripped) else ()):
                if pat.search(stripped):
                    kind = k if kind != "tail" else kind
                    if k == "tail":
                        break
            if kind == "tail" and len(stripped) < 40:
                break
            if kind == "line" and not (len(stripped) >= 60 and "。" in stripped):
                continue  # a long line of sentences is body text that mentions 公众号 / 微博
            parts = stripped.split()
            if (len(parts) >= 5 and all(len(p) <= 4 for p in parts)
                    and not any(p in res["titles"] and res["titles"][p]["kind"] == "byline" for p in parts)):
                continue  # a row of menu links (but 记者 刘晓峰 通讯员 钟雨萱 is a byline)

            out.append((s, e))
    return out


# ---------------------------------------------------------------------------
# per-line context
# ---------------------------------------------------------------------------
class _Tok(NamedTuple):
    """A token with article offsets (a tuple: ~3x cheaper to build than the frozen ``Token``)."""

    text: str
    start: int
    end: int


class _Doc:
    """Article-wide token index: every article line is tokenised once (jieba, no HMM)."""

    def __init__(self, text: str, lines: Sequence[tuple[int, int]]) -> None:
        self.text = text
        seg = get_segmenter()
        self.doubtful: set[tuple[int, int]] = set()
        self.tokens: list = []
        # index of the token covering each offset (-1: outside the article lines); a flat list
        # filled by slices is much cheaper per article than a dict filled char by char
        self.tok_at: list[int] = [-1] * len(text)
        self.tok_start: set[int] = set()
        self.tok_end: set[int] = set()
        self.seen_places: set[str] = set()  # LOC texts found so far (the article's divisions)
        tokens, tok_at = self.tokens, self.tok_at
        new_tok = tuple.__new__  # _Tok(w, s, e) without the NamedTuple's Python-level __new__
        starts: list[int] = []
        for ls, le in lines:
            s = ls
            for w in seg.words(text[ls:le]):
                e = s + len(w)
                if e - s == 1:
                    tok_at[s] = len(tokens)
                else:
                    tok_at[s:e] = [len(tokens)] * (e - s)
                tokens.append(new_tok(_Tok, (w, s, e)))
                starts.append(s)
                s = e
        self.tok_start.update(starts)
        self.tok_end.update(t[2] for t in tokens)

    def index_at(self, pos: int) -> int | None:
        """Index of the token covering ``pos``, or None."""
        if pos < 0 or pos >= len(self.tok_at):
            return None
        i = self.tok_at[pos]
        return None if i < 0 else i

    def token_at(self, pos: int):
        i = self.index_at(pos)
        return None if i is None else self.tokens[i]

    def words(self, start: int, end: int) -> list[str]:
        """Token texts covering [start, end), clipped to the range."""
        out = []
        p = start
        while p < end:
            t = self.token_at(p)
            if t is None:
                out.append(self.text[p])
                p += 1
                continue
            out.append(self.text[p:min(t.end, end)])
            p = min(t.end, end)
        return out


class _Line:
    """One line with its tokens and the entities accepted so far (for chaining)."""

    def __init__(self, doc: _Doc, start: int, end: int) -> None:
        self.doc = doc
        self.text = doc.text
        self.start = start
        self.end = end
        self.tok_start = doc.tok_start
        self.tok_end = doc.tok_end
        self.opaque: list[tuple[int, int]] = [
            (m.start(), m.end()) for m in _COVID_PHRASE.finditer(self.text, start, end)
        ] if "新" in self.text[start:end] else []
        self.ent_end: dict[int, Mention] = {}  # end offset -> longest accepted LOC/ORG ending there
        self.mentions: list[Mention] = []

    def token(self, pos: int):
        return self.doc.token_at(pos)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if m.type == "LOC":
            self.doc.seen_places.add(m.text)
        old = self.ent_end.get(m.end)
        if old is None or old.start > m.start:
            self.ent_end[m.end] = m


def _stop_token(tok_text: str, res: dict) -> bool:
    if tok_text in res["left_stop"]:
        return True
    if len(tok_text) >= 2 and tok_text[-1] == "给" and _is_cjk(tok_text[0]):
        return True  # 转赠给, 交给: a verb + 给 hands something over, whatever the dictionary tags it
    if len(tok_text) == 1:
        return not _is_cjk(tok_text)
    pos = word_pos(tok_text)
    if pos is None:
        return not all(_is_cjk(c) for c in tok_text)
    if pos in ("i", "l") and len(tok_text) >= 4:
        return True  # 坚决贯彻, 社会各界: an idiom or set phrase is part of the sentence, not of a name
    return pos in BAD_POS


def _walk_left(line: _Line, p: int, mode: str, max_chars: int, res: dict,
               zone: bool = False) -> tuple[int, list[Mention], int]:
    """Left edge of the name whose head starts at ``p``.

    Returns (start, absorbed entities, count of specific chars).  ``mode`` is
    'LOC' (stop at a previous place: run-together split) or 'ORG' (absorb
    places and orgs on the left: 新郑市 + 公立人民医院 + 党支部).
    """
    text = line.text
    start = p
    absorbed: list[Mention] = []
    spec = 0
    i = p
    saved = None  # state before a verb crossed inside a long name (联防联控, 禁毒, 成长)
    signal = False  # after the crossing: a place, the COVID phrase or a name-like word (莹, 霖)
    strong = False  # the COVID phrase: names of the temporary bodies run long (防控包保指导领导小组)
    crossings = 0
    while i > line.start:
        ent = line.ent_end.get(i)
        if ent is not None and ent.type in ("LOC", "ORG"):
            if mode == "LOC":
                short = ent.text[-1] not in "省市县区州镇乡村旗道" and ent.rule == "loc.gazetteer"
                urban = spec == 0 and ((text[p:p + 2] in ("社区", "小区") and ent.text[-1] in "路街巷里村")
                                       or (text[p:p + 2] == "小区" and ent.rule == "loc.suffix"
                                           and ent.text[-2:] in res["place_suf"]
                                           and res["place_suf"][ent.text[-2:]]["level"] == "compound"))
                if (ent.type == "ORG" and spec == 0 and not absorbed
                        and res["place_suf"].get(text[p:p + 2], {}).get("level") == "compound"):
                    absorbed.append(ent)  # 市委|大院: a compound named after a body
                    start = i = ent.start
                    break
                glued = (short and spec == 1 and len(ent.text) == 2
                         and res["places"].get(ent.text) not in ("province", "country", "region"))
                if ent.type == "LOC" and ((spec == 0 and (zone or short)) or urban or glued):
                    # 黄冈 + 高新区: a generic zone needs its place; 万滩 + 镇: short form + suffix
                    absorbed.append(ent)
                    if short and spec == 0 and not zone and not urban:
                        spec += len(ent.text)  # 吉水 + 县 is whole: 老家 before it is no part of it
                    start = i = ent.start
                    continue
                park = (zone and text[p:p + 3].rstrip("区").endswith("园")
                        and all(len(w) >= 2 and word_pos(w) in ("n", "vn") for w in line.doc.words(i, p)))
                if (ent.type == "LOC" and zone and spec >= 2 and not absorbed
                        and (park or _generic_urban(line.doc.words(i, p), res))):
                    # 新郑 + 教育园区: a class-word zone takes the place before it; so does a park
                    # named by its trade in common nouns (寿光|农产品物流园, 闽宁镇|菌草产业园),
                    # not by a brand (陈埭镇|鸿|晟|工业园, 宝盖镇|鸿达(nz)|工业园)
                    absorbed.append(ent)
                    start = i = ent.start
                    continue
                break
            if mode == "ORG" and ent.type == "ORG" and i < p:
                vt = line.token(i)
                if (vt is not None and vt.start == i and vt.end < p and vt.text not in ("驻",)
                        and (word_pos(vt.text) or "") in ("v", "vg")
                        and (text[vt.end] in LEVEL_CHARS
                             or any(m.type == "LOC" and m.start == vt.end for m in line.mentions))):
                    # 县红十字会|交|县指挥部, 红十字会|转交|区指挥部: a verb between two bodies is the
                    # sentence handing something over, not part of the second body's name (which
                    # opens with its level char or place; 医院|感染科 is a department of the first)
                    spec -= vt.end - i
                    start = vt.end
                    break
            absorbed.append(ent)
            start = i = ent.start
            continue
        op = next((ab for ab in line.opaque if ab[1] == i), None)
        if op is not None:
            if mode != "ORG":
                break
            spec += 2  # the COVID phrase counts as one word, whatever its spelling
            start = i = op[0]
            signal = strong = True
            continue
        ch = text[i - 1]
        if mode == "ORG" and ch in _CLOSE:
            # “网格守卫”志愿服务队, 蓝天自愿者(义工)协会: a quoted or bracketed part of the name
            k = text.rfind(_CLOSE[ch], max(line.start, i - 10), i - 1)
            inner_txt = text[k + 1:i - 1] if k >= 0 else ""
            if (k >= 0 and inner_txt and all(_is_cjk(c) for c in inner_txt)
                    and (ch in "”」』" or (k - 2 >= line.start and _is_cjk(text[k - 1]) and _is_cjk(text[k - 2])
                                          and text[k - 1] not in res["left_stop"]
                                          and inner_txt not in res["place_suf"]))):
                spec += i - k - (2 if ch in "”」』" else 0)
                start = i = k
                if ch in "”」』":
                    break_after = k > line.start and _is_cjk(text[k - 1]) and text[k - 1] not in res["left_stop"]
                    if not break_after:
                        break
                continue
        if not _is_cjk(ch):
            break
        tok = line.token(i - 1)
        t_start = max(tok.start, line.start)
        t_end = tok.end
        for k in range(t_start + 1, i):
            kent = line.ent_end.get(k)
            if kent is not None and kent.type == "LOC" and kent.start >= line.start:
                t_start = k  # 高沙镇|长青村 glued as 镇长|青|村: cut the token at the place's end
        if t_end != i or t_start != tok.start:
            # the walk is inside a token: take the token's left part char by char
            piece = text[t_start:i]
        else:
            piece = tok.text
        if (mode == "ORG" and len(piece) == 2 and piece[0] in "和与及" and piece[1] in LEVEL_CHARS
                and line.ent_end.get(t_start) is not None):
            start = i - 1  # 县红十字会 和县 慈善总会: a conjunction glued to the next body's level char
            spec += 1
            break
        if (mode == "ORG" and spec == 0 and not absorbed and piece in ("省", "市", "县", "区") and t_end == i
                and text[p:p + 1] not in LEVEL_CHARS
                and tok.start == t_start and t_start > line.start and _is_cjk(text[t_start - 1])
                and not _is_place_end(line, t_start) and res["gaz"] is not None):
            start = t_start  # 个人积极响应|县|红十字会: a lone level char after no place is the locale's body
            spec = 1
            break
        if mode == "ORG":
            m_ord = _ORDINAL_END.search(text, max(line.start, i - 5), i)
            if m_ord is not None and m_ord.end() == i:
                spec += i - m_ord.start()  # 莆田|第十一|中学, 市|第三|人民医院
                start = i = m_ord.start()
                continue
        if (mode == "LOC" and spec == 0 and piece == "里" and t_start > line.start and _is_cjk(text[t_start - 1])
                and res["place_suf"].get(text[p:p + 2], {}).get("level") in ("compound", "village")):
            spec += 1  # 桃源|里|小区, 幸福|里|社区: 里 (a lane) ends many compound names
            start = i = t_start
            continue
        if mode == "LOC" and piece in _PARTY_PREFIX:
            break  # 中共|黄冈高新区工委: the Party, not part of the place
        if mode == "LOC" and all(c in _NUMERALS for c in piece):
            boundary = (t_start == line.start or not _is_cjk(text[t_start - 1]) or text[t_start - 1] in res["left_stop"]
                        or _is_place_end(line, t_start))
            if spec == 0 or len(piece) > 1 or not (spec >= 2 or boundary) or (
                    t_start > line.start and text[t_start - 1] in _NUMERALS):
                break  # 禄劝|两县, 3个村: a count, not a name; 长丰镇|七甲村 is a name
            spec += len(piece)  # 十里|店村, 八里|庄村: a numeral inside a village name
            start = i = t_start
            continue
        if mode == "LOC" and spec >= 1 and len(piece) == 2 and piece[0] in _NUMERALS and piece[1] in "里道岔":
            spec += 2
            start = i = t_start
            continue
        if (mode == "ORG" and piece == "和" and t_end == i and spec >= 3 and _is_place_end(line, t_start)
                and i in line.tok_start and i + 1 in line.tok_end):
            spec += 1  # 吉林省|和|润|农业发展有限公司: 和 after a place opens a brand (和润)
            start = i = t_start
            continue
        if piece == "和" and t_end == i and (spec == 0 or mode == "ORG") and _split_he(line, t_start, res):
            # 丰|和|社区, 海宁市|丰|和|食品有限公司: a name ending in 和 that jieba cut as the conjunction
            spec += 2
            start = i = t_start - 1
            if mode == "LOC":
                break
            continue
        trade = mode == "ORG" and t_end == i and (
            (i == p and len(piece) >= 4 and word_pos(piece) == "l") or piece in res["trade_verbs"]
        ) and _company_head_at(text, p, res)
        if (mode == "LOC" and spec == 1 and t_end == i and len(piece) == 2 and piece[0] in _PREP
                and piece[0] in res["left_stop"] and _is_cjk(piece[1]) and piece[1] not in res["left_stop"]
                and piece[1] not in _NUMERALS):
            # loc.prep_glued: 向|下栅乡 cut as 向下|栅乡: the preposition took the name's first char
            spec += 1
            start = i = t_start + 1
            break
        if (mode == "ORG" and len(piece) == 1 and t_end == i and spec >= 2 and piece not in _PREP
                and (piece in res["left_stop"] or _stop_token(piece, res))
                and _lone_brand_char(line, t_start, p, res)):
            spec += 2  # 鑫|达|汽车零部件有限公司: two lone chars at a clean edge are the brand
            start = t_start - 1
            break
        if t_end == i and not trade and piece not in res["trade_words"] and _stop_token(piece, res):
            # a verb right after a place may still belong to an org name (新郑市 公立 人民医院)
            prev = line.ent_end.get(t_start)
            pos = word_pos(piece)
            stationed = (mode == "ORG" and piece == "驻" and prev is not None and prev.type == "ORG"
                         and absorbed and absorbed[-1].type == "LOC")
            if stationed:  # 省侨联 驻 铁炉村 青年志愿服务队: a body stationed in a place
                spec += 1
                start = i = t_start
                continue
            if (mode == "LOC" and len(piece) == 1 and spec == 1 and _is_cjk(piece) and piece not in res["left_stop"]
                    and piece not in _PREP and get_segmenter().freq(text[t_start:t_start + 2]) == 0
                    and (t_start == line.start or not _is_cjk(text[t_start - 1]) or _is_place_end(line, t_start))):
                spec += 1  # 歙县|练|江|花园: a two-char name split into single chars by the segmenter
                start = i = t_start
                continue
            brand = (piece not in res["left_stop"] or (piece not in _PREP and spec >= 2 and len(piece) == 1))
            if mode == "ORG" and pos == "v" and len(piece) >= 2 and _division_starts(line, absorbed, i):
                break  # 街道|收到|吉林福源商贸集团: a verb before a place-led name is the sentence
            if not (mode == "ORG" and prev is not None and pos in ("v", "vn") and brand
                    and (prev.type == "LOC" or len(piece) == 2)):
                if (mode == "ORG" and (len(piece) >= 2 or saved is not None) and (pos or "").startswith("v")
                        and piece not in res["left_stop"] and spec + len(piece) <= max_chars and crossings < 4):
                    # tentatively inside the name; kept only if a clear left edge follows
                    if saved is None:
                        saved = (start, list(absorbed), spec, len(absorbed), t_start)
                    crossings += 1
                    spec += len(piece)
                    start = i = t_start
                    continue
                break
        if (mode == "ORG" and t_end == i and absorbed and absorbed[-1].type == "LOC" and absorbed[-1].start == i
                and (absorbed[-1].text[-1] in "省市县区州" or absorbed[-1].rule == "loc.gazetteer")
                and _common_noun_before_place(piece)):
            break  # 会员企业|河南华鼎建材有限公司, 定向|平江县人民医院: a common noun before a place-led name
        if len(piece) == 1 and piece in res["left_stop"] and not (
                mode == "ORG" and spec >= 2 and piece not in _PREP and _is_place_end(line, t_start)):
            break  # but 深圳|达|实智能股份有限公司: a brand char after a place
        if len(piece) == 1 and t_start > line.start and text[t_start - 1].isdigit():
            break  # 18支|志愿服务队: a classifier after a number
        if (mode == "ORG" and len(piece) == 1 and piece in _CLASSIFIERS and t_start > line.start
                and (text[t_start - 1] in _DEMONSTRATIVES or text[t_start - 1] in _NUMERALS)):
            break  # 这|支|志愿服务队, 那|家|超市: a demonstrative + classifier points at a body, names none
        if (mode == "ORG" and len(piece) == 1 and piece in LEVEL_CHARS and not absorbed and spec == 0
                and text[p:p + 1] in LEVEL_CHARS):
            break  # 省|市委: two levels coordinated (省市委, 市县委), not one body
        if spec + len(piece) > max_chars:
            break
        if mode == "LOC" and spec >= 2 and len(piece) >= 2:
            if (spec == p - i and _second_name_word(line, piece, t_start, p, res)):
                spec += len(piece)  # 和|阳光|水岸|小区: a two-word compound name at a clean left edge
                start = t_start
            break  # the specific part of a place is one word: 送达 | 西湖社区
        if saved is not None and not signal:
            pp = word_pos(piece) or ""
            signal = pp.startswith(("nr", "ns", "nz", "g", "ng", "j")) or get_segmenter().freq(piece) == 0
        spec += len(piece)
        start = i = t_start
    if saved is not None:
        s0, ab0, spec0, n_ab, verb_at = saved
        crossed_ok = ((spec > spec0 + 2 or len(absorbed) > n_ab) and not any(a.type == "ORG" for a in absorbed[n_ab:])
                      and (signal or len(absorbed) > n_ab) and (crossings == 1 or strong))
        edge = (start == line.start or not _is_cjk(text[start - 1]) or text[start - 1] in res["left_stop"]
                or (len(absorbed) > n_ab and absorbed[-1].start == start)
                or any(op[0] == start for op in line.opaque))
        if crossed_ok and edge and start > line.start and text[start - 1] in "·•":
            crossed_ok = False  # 叶尔兰·哈力别克|带领|驻村工作队: a transliterated name doing something
        person = _name_ending_at(text, verb_at, start, res, line.doc)
        if person is not None and any(a.type == "LOC" and a.end == person[0] and a.rule == "loc.gazetteer"
                                      for a in absorbed):
            person = None  # 扬州|金泽|包装有限公司: a name glued right after a division is a brand
        if person is not None and len(person[1]) == 3 and get_segmenter().freq(person[1][1:]) >= 10000 \
                and not (word_pos(person[1][1:]) or "").startswith(_NAME_POS):
            person = None  # 田园|鲜农业|开发: a "name" whose given part is a very frequent word
        if crossed_ok and edge and (person is not None
                                    or any(w in res["titles"] for w in line.doc.words(start, verb_at))
                                    or _post_title_in(text, start, verb_at, res)):
            crossed_ok = False  # 书记王强|组织|志愿服务队: a person doing something, not a name
        if not (crossed_ok and edge):
            return s0, ab0, spec0
    return start, absorbed, spec


def _lone_brand_char(line: "_Line", t_start: int, p: int, res: dict) -> bool:
    """鑫|达|汽车零部件有限公司 at a clean left edge: two single characters before a firm's
    trade are its brand, though the second is a verb char (达, 抵) the walk stops at."""
    text = line.text
    b = t_start - 1
    if b < line.start or not _is_cjk(text[b]) or text[b] in res["left_stop"] or text[b] in _NUMERALS:
        return False
    tok = line.token(b)
    if tok is None or tok.start != b or tok.end != t_start:
        return False  # the char before is part of a longer word: 抵达, 到达
    if line.ent_end.get(b) is not None:
        return False  # 成都|蜀|汇: a place before the chars; the walk goes on over it
    clean = b == line.start or not _is_cjk(text[b - 1]) or text[b - 1] in res["left_stop"]
    return clean and _company_head_at(text, p, res)


def _company_head_at(text: str, p: int, res: dict) -> bool:
    """A company head (有限公司, 公司, 集团 …) starts at ``p``."""
    return any(res["org_suf"].get(text[p:p + n], {}).get("kind") == "company" for n in range(2, 9))


def _post_title_in(text: str, s: int, e: int, res: dict) -> bool:
    """A post title (two chars or more) written inside ``text[s:e]``, whatever the segmenter
    glued it to (党委书记, 书记扎西): the span holds a person's post, so a verb after it is
    that person's act (书记扎西次仁|身兼|防控专班), not part of a body's name."""
    for end_idx, (w, _) in res["title_ac"].iter(text, s, e):
        if len(w) >= 2 and res["titles"][w]["kind"] == "post":
            return True
    return False


_NAME_WORD_POS = ("n", "nr", "ns", "nz", "s")
_CLEAN_LEFT = set("和与及、的在到至")


def _second_name_word(line: "_Line", piece: str, t_start: int, p: int, res: dict) -> bool:
    """A compound's or village's name may be two words (阳光|水岸|小区) when the first is a
    noun-like word that no class list holds and a clean edge (a break, 和 / 、, a place's
    end) lies right before it."""
    text = line.text
    level = next((res["place_suf"][text[p:p + n]]["level"] for n in (3, 2, 1)
                  if text[p:p + n] in res["place_suf"]), None)
    if level not in ("compound", "village") or len(piece) != 2:
        return False
    if ((word_pos(piece) or "x") not in _NAME_WORD_POS or piece in res["generic_mod"] or piece in res["place_suf"]
            or piece in res["titles"] or piece in res["stopwords"] or piece in res["org_suf"]):
        return False
    return (t_start == line.start or not _is_cjk(text[t_start - 1]) or text[t_start - 1] in _CLEAN_LEFT
            or _is_place_end(line, t_start))


def _split_he(line: "_Line", t: int, res: dict) -> bool:
    """The 和 at ``t`` ends a two-char name (丰和, 嘉和) rather than joining two nouns:
    a lone unknown-pair char before it, at a clear left edge (、丰和社区, 家住丰和社区)."""
    text = line.text
    x = t - 1
    if x < line.start or not _is_cjk(text[x]):
        return False
    tok = line.token(x)
    c = text[x]
    if (tok is None or tok.start != x or tok.end != t or c in res["left_stop"] or c in _PREP or c in _NUMERALS
            or c in res["not_name_end"]):
        return False
    if get_segmenter().freq(c + "和") > 0:
        return _is_place_end(line, x)  # 广东|兴|和|建设集团: a word pair right after a place is the brand
    if x == line.start or not _is_cjk(text[x - 1]) or text[x - 1] in res["left_stop"] or _is_place_end(line, x):
        return True
    before = line.token(x - 1)
    return before is not None and len(before.text) >= 2 and (word_pos(before.text) or "").startswith("v")


def _division_starts(line: "_Line", absorbed: Sequence[Mention], i: int) -> bool:
    """The name absorbed so far starts at ``i`` with a gazetteer division (吉林, 宁波).

    Why: names start with their place; a verb right before it (收到, 捐赠) belongs
    to the sentence, while a verb after a place (新郑市|公立|医院) may be the name's."""
    if not absorbed or absorbed[-1].start != i:
        return False
    if absorbed[-1].type == "LOC":
        return absorbed[-1].rule == "loc.gazetteer"
    return any(m.type == "LOC" and m.start == i and m.rule == "loc.gazetteer" for m in line.mentions)


def _common_noun_before_place(piece: str) -> bool:
    """A frequent common noun (企业, 定向) before a 市/县/区-led body is the sentence, not the name.

    Why: names start with their place (平江县人民医院); what precedes the place is
    a class word of the sentence.  Party prefixes (中共) and proper-noun tags stay.
    """
    if len(piece) < 2 or piece in _PARTY_PREFIX:
        return False
    pos = word_pos(piece) or ""
    seg = get_segmenter()
    if pos in ("n", "vn", "v", "a", "ad", "an", "b") and seg.freq(piece) >= 300:
        return True
    # 合作伙伴|四会市…有限公司: a rarer compound headed by a frequent common noun (伙伴)
    head = piece[-2:]
    return (len(piece) >= 3 and pos.startswith("n") and not pos.startswith(("nr", "ns", "nt", "nz"))
            and (word_pos(head) or "") == "n" and seg.freq(head) >= 300)


def _is_place_end(line: _Line, pos: int) -> bool:
    ent = line.ent_end.get(pos)
    return ent is not None and ent.type == "LOC"


def _aligned_end(line: _Line, q: int) -> bool:
    return q in line.tok_end or q == line.end


# ---------------------------------------------------------------------------
# rules
# ---------------------------------------------------------------------------
@rule("loc.gazetteer", priority=10)
def _inside_name(line: _Line, s: int, e: int, res: dict) -> bool:
    """A two-char short form at ``s``-``e`` is the given name of a strong surname at ``s - 1``."""
    text = line.text
    p = s - 1
    if p < line.start or text[p] not in res["surnames"] or text[p] in res["weak"] or p not in line.tok_start:
        return False
    after_ok = (_hard_end(text, e) or text[e] in _AFTER_NAME or text.startswith(res["per_ctx_tuple"], e))
    if not after_ok:
        return False
    before = text[max(line.start, p - 6):p]
    return (p == line.start or not _is_cjk(text[p - 1]) or text[p - 1] in res["left_stop"]
            or any(before.endswith(t) for t in res["titles"] if len(t) >= 2 and len(t) <= len(before)))


_GLUED_PREP = set("至到在向从往赴于")


@functools.lru_cache(maxsize=1)
def department_end_chars() -> frozenset[str]:
    """Last characters of a department or team word (also read by positions)."""
    return frozenset(resources.words("entities_department_ends.txt"))


_ORIGIN_HEADS = ("商会", "同乡会")  # 北仑区|温岭|商会: a chamber of people from another place


def _glued_verb(line: _Line, s: int, w: str) -> bool:
    """运|抵达|来呼布镇: a town's full name whose first char jieba glued to the verb before it."""
    tok = line.token(s)
    return (tok is not None and tok.start < s < tok.end and w[-1] in "镇乡"
            and (word_pos(tok.text) or "").startswith("v"))


_LEVEL_COMMITTEES = ("市委", "县委", "区委", "州委", "旗委")  # 丹江口|市委: the full name is the place


def _gazetteer(line: _Line, res: dict) -> None:
    text = line.text
    for end_idx, (w, level) in res["place_match"].iter(text, line.start, line.end):
        e = end_idx + 1
        s = e - len(w)
        if level is _TOWN_SHORT:
            prev = line.ent_end.get(s)
            if (prev is not None and prev.type == "LOC" and prev.text in res["town_short"][w]
                    and s in line.tok_start and e in line.tok_end):
                line.add(Mention(w, "LOC", s, e, "loc.gazetteer"))  # 陆丰市|碣石: a town after its county
            continue
        full_form = w[-1] in "省市县区州" and len(w) >= 3
        if full_form and e not in line.tok_end and e != line.end:
            tok = line.token(e - 1)
            if (tok is not None and tok.start == e - 1 and tok.end > e and w[:-1] in res["places"]
                    and not text.startswith(_LEVEL_COMMITTEES, e - 1)):
                continue  # 海口|市民: the level char starts the next word, the short form names the place
        glued_prep = (level == "town" and len(w) >= 4 and s not in line.tok_start and s > line.start
                      and (text[s - 1] in _GLUED_PREP or _glued_verb(line, s, w))
                      and (e in line.tok_end or e == line.end))
        town_run = (level == "town" and w.endswith(("街道", "镇", "乡")) and s in line.tok_start
                    and _grassroots_ahead(line, e))
        glued_suffix = (level == "town" and len(w) >= 3 and w[-1] in "镇乡" and s in line.tok_start
                        and (e - 1) in line.tok_end and text[e - 1:e + 1] != "乡村")
        # (河田|镇定|向: the town's class char glued by the segmenter to the next char)
        if not full_form and not glued_prep and not town_run and not glued_suffix and not (
                s in line.tok_start and (e in line.tok_end or e == line.end or _suffix_at(text, e, res))):
            continue  # (至阳|三石街道: a town's full name glued by the segmenter to 至 / 到 is still it)
        if not full_form and len(w) == 2 and _inside_name(line, s, e, res):
            continue  # 刘|长海|向: a short form starting inside a surname + given-name candidate
        if (len(w) == 2 and w[0] in "和与及" and w[1] in LEVEL_CHARS and s > line.start
                and _is_cjk(text[s - 1]) and _suffix_at(text, e, res)):
            continue  # 县红十字会和|县慈善总会: a conjunction + a level char, not 和县
        prev = line.ent_end.get(s)
        if (prev is not None and prev.type == "LOC" and w[-1] not in "省市县区州" and prev.text[-1:] not in "镇乡村"
                and not _related(prev.text, w, res) and not text.startswith(_ORIGIN_HEADS, e)
                and not (level in ("province", "country") and e in line.tok_end and _suffix_at(text, e, res))):
            continue  # 新郑市|永泰禽业, 余庆|泰和集团: a run of places goes down the hierarchy
        if full_form and level in ("county", "city") and w not in res["place_suf"] and _common_stem(w[:-1]):
            line.doc.doubtful.add((s, e))  # 将|会同县|防控办: kept only if the article is near it
        line.add(Mention(w, "LOC", s, e, "loc.gazetteer"))


@functools.lru_cache(maxsize=4096)
def _related_cached(a: str, b: str) -> bool:
    gz = _res()["gaz"]
    if gz is None:
        return True
    ca, cb = gz.candidates(a), gz.candidates(b)
    if not ca or not cb:
        return True
    codes_a = {d.code for d in ca}
    codes_b = {d.code for d in cb}
    for d in cb:
        if codes_a & {x.code for x in gz.chain(d.code)}:
            return True
    for d in ca:
        if codes_b & {x.code for x in gz.chain(d.code)}:
            return True
    return False


def _related(a: str, b: str, res: dict) -> bool:
    """``b`` right after ``a`` is the same place or one inside it (or its parent)."""
    return _related_cached(a, b)


@functools.lru_cache(maxsize=4096)
def _common_stem(stem: str) -> bool:
    """会同 (县), 通道 (县): the name of a place is also a frequent ordinary word."""
    f = get_segmenter().freq(stem)
    return f >= 300 and not (word_pos(stem) or "").startswith(("ns", "nr", "nz", "s"))


@functools.lru_cache(maxsize=4096)
def _provinces(name: str) -> frozenset[str]:
    gz = _res()["gaz"]
    if gz is None:
        return frozenset()
    out = set()
    for d in gz.candidates(name):
        chain = gz.chain(d.code)
        if chain:
            out.add(chain[0].code)
    return frozenset(out)


_ENUM_ITEM = re.compile(r"、([\u4e00-\u9fff]{2,4})、")


def _enumerated_places(text: str, cands: list[Mention], res: dict) -> list[Mention]:
    """A村、B、C村: a bare name listed between two villages (or communities) is one too."""
    by_end = {m.end: m for m in cands if m.type == "LOC"}
    by_start = {m.start: m for m in cands if m.type == "LOC"}
    out = []
    for m in _ENUM_ITEM.finditer(text):
        a, b = by_end.get(m.start()), by_start.get(m.end())
        if a is None or b is None:
            continue
        name = m.group(1)
        tail = next((t for t in ("社区", "村") if a.text.endswith(t) and b.text.endswith(t)), None)
        if tail is None or _generic(name, res) or name[-1] in res["not_name_end"]:
            continue
        if get_segmenter().freq(name) >= 50 and not (word_pos(name) or "").startswith("ns"):
            continue
        out.append(Mention(name, "LOC", m.start(1), m.end(1), "loc.enum"))
    for m in _ENUM_FULL.finditer(text):
        a, b = by_end.get(m.start() - 1), by_start.get(m.end() + 1)
        name = m.group()
        if a is None or b is None or m.start() in by_start or name[:-len(m.group(1))] in res["stopwords"]:
            continue
        if a.text.endswith(m.group(1)) and b.text.endswith(m.group(1)) and not _generic_spec([name[:-len(m.group(1))]], res):
            out.append(Mention(name, "LOC", m.start(), m.end(), "loc.enum"))  # A社区、振兴社区和B社区
    return out


_ENUM_FULL = re.compile(r"(?<=[、和及与])[一-鿿]{2,4}?(社区|村)(?=[、和及与])")


_COMPOUND_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,6})等[\d一二三四五六七八九十两几多]+个(?:住宅小区|小区|居民区)")
_LIST_LEFT = set("给到往至向在与和及的了")


@rule("loc.list", priority=36)
def _listed_compounds(text: str, cands: list[Mention], res: dict) -> list[Mention]:
    """锦绣花园、涪江苑等15个小区: the named items of a list closed by 等N个小区 are compounds.

    Why: compound names (X苑, X新城, X园) often carry no class word of their own;
    the list's head noun says what they are.  The first item's left edge is a
    mention ending there or the last preposition / verb particle before it.
    """
    taken = {(m.start, m.end) for m in cands}
    ends = {m.end: m for m in cands if m.type in ("LOC", "ORG")}
    out = []
    for m in _COMPOUND_LIST.finditer(text):
        pos = m.start(1)
        for k, item in enumerate(m.group(1).split("、")):
            s, e = pos, pos + len(item)
            pos = e + 1
            if k == 0:
                prev = ends.get(e)
                if prev is not None:
                    continue  # already a mention (锦绣花园)
                cut = max((i for i, c in enumerate(item) if c in _LIST_LEFT), default=-1)
                s = s + cut + 1
            name = text[s:e]
            if not (2 <= len(name) <= 6) or (s, e) in taken or _generic(name, res) or name in res["stopwords"]:
                continue
            if any(c in _NUMERALS for c in name) or res["gaz"] is not None and res["gaz"].candidates(name):
                continue
            out.append(Mention(name, "LOC", s, e, "loc.list"))
    return out


def _drop_unsupported(cands: list[Mention], doubtful: set[tuple[int, int]]) -> list[Mention]:
    """A doubtful place (会同县 in 将会同县防控办) needs another place of its province in the article;
    without one the level char starts a locale-relative body (县防控办)."""
    locs = [m for m in cands if m.type == "LOC" and (m.start, m.end) not in doubtful]
    out: list[Mention] = []
    drop = set()
    for s, e in doubtful:
        m = next((c for c in cands if c.type == "LOC" and (c.start, c.end) == (s, e)), None)
        if m is None:
            continue
        provs = _provinces(m.text)
        if not provs or any(_provinces(o.text) & provs for o in locs if o.text != m.text):
            continue
        drop.add((s, e))
    if not drop:
        return cands
    for c in cands:
        span = (c.start, c.end)
        if c.type == "LOC" and span in drop:
            continue
        cut = next((d for d in drop if c.type == "ORG" and c.start == d[0] and c.end > d[1]), None)
        if cut is not None:
            ns = cut[1] - 1
            if c.end - ns >= 3:
                out.append(Mention(c.text[ns - c.start:], "ORG", ns, c.end, "org.locale"))
            continue
        out.append(c)
    return out


def _suffix_at(text: str, pos: int, res: dict) -> bool:
    """A place or org head starts at ``pos`` (马鞍山|郑蒲港新区, 新郑|市委)."""
    for n in (1, 2, 3, 4):
        if text[pos:pos + n] in res["place_suf"] or text[pos:pos + n] in res["org_suf"]:
            return True
    return False


_GRASSROOTS_AHEAD = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:村|社区|居民区|小区)")


def _grassroots_ahead(line: _Line, e: int) -> bool:
    """八廓街道|德吉社区 cut as 八廓街|道德|吉|社区: a town's full name whose end the segmenter
    glued to the next word is still the town when a village, community or compound follows."""
    m = _GRASSROOTS_AHEAD.match(line.text, e, line.end)
    return m is not None and (m.end() in line.tok_end or m.end() == line.end or _suffix_at(line.text, m.end(), _res()))


_PLACE_AHEAD = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:村|镇|乡|社区|街道)")


def _place_follows(line: _Line, e: int, res: dict) -> bool:
    """A place suffix glued to the next word by the segmenter is still an end when another place follows."""
    tok = line.token(e - 1)
    if tok is not None and get_segmenter().freq(tok.text) == 0 and len(tok.text) <= 3:
        return True  # 村守: not a word
    m = _PLACE_AHEAD.match(line.text, e, line.end)
    return m is not None and (m.end() in line.tok_end or m.end() == line.end)


def _glued_end(line: _Line, s: int, e: int, res: dict, kind: str) -> bool:
    """A head glued by the segmenter to a title or another head is still an end.

    党委|书记 (党委书记), 村|主任 (村主任), 镇|长 (镇长), 长青村|村支部 (村村|支部).
    """
    tok = line.token(e - 1)
    if tok is None or tok.end <= e:
        return False
    rest = line.text[e:tok.end]
    titles = res["titles"]
    if kind == "PLACE" and e - s >= 2 and rest in ("内", "里") and tok.start > s:
        return True  # 小|区内: a two-char head glued to a following 内 / 里
    if kind == "PLACE" and e - s >= 2 and tok.start == s and rest in _COMPOUND_AFTER:
        return True  # 小区业主, 小区居民: the segmenter's compound word after a compound's name
    if tok.text in titles and tok.start < s:
        return False  # 省|人大代表: the title word as a whole
    if (kind != "PLACE" and tok.start > s and tok.text in titles and titles[tok.text]["kind"] == "post"
            and tok.text.startswith(line.text[tok.start:e]) and e - tok.start >= 2):
        return True  # 家庭|农场主: the head's last word opens the holder's title (农场 + 农场主)
    if rest in titles and titles[rest]["kind"] == "post":
        return True
    if (tok.start == s and e - s == 1 and tok.text in titles and titles[tok.text]["kind"] == "post"
            and s > line.start and line.text[s - 1] != line.text[s] and line.text[s] in LEVEL_CHARS):
        return True  # 高沙镇长青村: 镇长 is the segmenter's guess
    if kind != "PLACE" or tok.start < s:
        return False
    return any(line.text[e:e + n] in res["org_suf"] for n in (2, 3, 4))  # 长青村|村支部


def _suffix_matches(line: _Line, res: dict) -> list[tuple[int, int, str, dict]]:
    """Head words ending on a token end, longest per end position, in text order."""
    best: dict[int, tuple[int, int, str, dict]] = {}
    for end_idx, (w, (kind, row)) in res["suffix_ac"].iter(line.text, line.start, line.end):
        e = end_idx + 1
        s = e - len(w)
        if not _aligned_end(line, e) and not (kind == "ORG" and row["kind"] == "media" and line.text[e:e + 1] == "讯"):
            if not (kind == "PLACE" and len(w) == 1 and _place_follows(line, e, res)) and not _glued_end(line, s, e, res, kind):
                continue
        old = best.get(e)
        if old is None or old[0] > s:
            best[e] = (s, e, kind, row)
    # org.suffix.inner: a head overlapping a longer compound head that ends later (中心|学校 in
    # 中心学校, 村支部 against 支部委员会) ends no name of its own
    spans = [(s, e) for s, e, kind, _ in best.values() if kind == "ORG"]
    return [best[e] for e in sorted(best)
            if not (best[e][2] == "ORG" and any(s2 < e < e2 for s2, e2 in spans))]


def _generic_spec(words: Sequence[str], res: dict) -> bool:
    """A specific part made only of class words (城市|社区, 党员|先锋队, 小区|疫情|防控|临时|党支部)."""
    words = [w for w in words if w]
    if not words:
        return True
    seg = get_segmenter()
    has_mod = False
    for w in words:
        if w in res["generic_mod"]:
            has_mod = True
            continue
        if len(w) >= 2 and seg.freq(w) >= 50 and not (word_pos(w) or "x").startswith(("ns", "nr", "nz", "j", "nt")):
            continue  # an ordinary word
        return False
    return has_mod


def _generic_urban(words: Sequence[str], res: dict) -> bool:
    """城市社区, 物业小区, 严格控制社区: a class word or a verb / adjective before 社区 / 小区."""
    seg = get_segmenter()
    words = [w for w in words if w]
    if not words:
        return True
    for k, w in enumerate(words):
        if w in res["generic_mod"] or w in res["titles"] or (w in res["place_suf"] and not w.endswith("站")
                                                              and w not in _BOUND_COMPOUND):
            return True  # 城市社区, 社区小区, 干部包小区 (but 车站社区, 嘉园社区 are names)
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if (len(w) == 1 and len(nxt) == 1 and k == 0 and seg.freq(w + nxt) == 0 and _is_cjk(nxt)
                and (word_pos(nxt) or "x").startswith(("n", "ns", "nr")) and nxt not in res["place_suf"]):
            continue  # 练|江 小区: a two-char name the segmenter split into single chars
        if len(w) == 1 and (word_pos(w) or "x").startswith("v"):
            return True  # 领导包社区
        if len(w) >= 4 and any(_generic_urban([w[k:k + 2]], res) for k in range(0, len(w) - 1, 2)):
            return True  # 严格控制
        if len(w) >= 2 and seg.freq(w) >= 50 and (word_pos(w) or "x").startswith(("v", "a", "d", "r")):
            return True
    return False


def _generic(name: str, res: dict) -> bool:
    return name in res["stopwords"] or name[:1] in "各该本全我此其" or name[:2] in ("有关", "相关", "辖区", "所属", "周边")


_BOUND_COMPOUND = {"华府", "华庭", "名苑", "雅苑", "花苑", "嘉园", "雅居", "名居", "家园"}
_COMPOUND_AFTER = ("小区", "居民", "业主", "住户", "社区", "门口", "门前", "内", "里", "楼", "栋", "片区", "一带", "附近", "周边", "入口")


def _one_char_village(line: _Line, start: int, s: int, e: int, res: dict) -> bool:
    """余村, 东村: a one-char stem + 村 at a clean left edge, closed by a break or an org head."""
    text = line.text
    if text[s:e] != "村" or start + 1 != s:
        return False
    c = text[start]
    if not _is_cjk(c) or c in _PREP or c in _NUMERALS or c in LEVEL_CHARS or c in res["left_stop"] or c in "每邻本全各该此某":
        return False
    if (word_pos(c) or "x") in _CHAR_STOP_POS or (word_pos(c) or "x").startswith("v"):
        return False
    whole = text[start:e]
    seg = get_segmenter()
    if seg.freq(whole) > 20 and not (word_pos(whole) or "").startswith("ns"):
        return False  # 山村, 农村: words
    if not (start == line.start or not _is_cjk(text[start - 1]) or text[start - 1] in res["left_stop"]):
        return False
    return _hard_end(text, e) or text[e] in "，,、。；;的和与" or text.startswith(("党支部", "党总支", "村委", "两委", "委会"), e)


def _stem_after_town(line: _Line, start: int, s: int, e: int, spec: int, res: dict) -> bool:
    """龙塘镇|仁|新村: a compound suffix ending in 村 (新村) whose stem is one char is still a
    village (stem + 新 + 村) right after a town's full name."""
    text = line.text
    suffix = text[s:e]
    if spec != 1 or len(suffix) < 2 or not suffix.endswith("村") or start + 1 != s:
        return False
    c = text[start]
    if (not _is_cjk(c) or c in _PREP or c in _NUMERALS or c in LEVEL_CHARS or c in res["left_stop"]
            or (word_pos(c) or "x") in _CHAR_STOP_POS or (word_pos(c) or "x").startswith("v")):
        return False
    prev = line.ent_end.get(start)
    return prev is not None and prev.type == "LOC" and prev.text.endswith(("镇", "乡", "街道"))


_VILLAGE_EXTRA = 4  # chars a village name may reach left of where the walk stopped


@functools.lru_cache(maxsize=8192)
def _local_codes(name: str) -> frozenset[str]:
    """Codes of the counties and towns a place name can denote."""
    gz = _res()["gaz"]
    return frozenset(d.code for d in gz.candidates(name) if d.level in ("county", "town")) if gz else frozenset()


def _context_codes(line: _Line, res: dict) -> set[str]:
    """Codes of the county/town divisions the article has named so far."""
    out: set[str] = set()
    for name in line.doc.seen_places:
        out |= _local_codes(name)
    return out


@rule("loc.village", priority=30)
def _village_from_table(line: _Line, s: int, e: int, res: dict) -> bool:
    """三元朱村, 原隆村, 鲁家村: the segmenter cuts a village name into a numeral, a single
    char or a word glued to the place before it, so the walk finds only 朱村 (or nothing).
    The official village table decides: the longest name ending at ``e`` that is a
    village or community of a county or town the article names."""
    gz = res["gaz"]
    if gz is None:
        return False
    text = line.text
    ctx = None
    for x in range(max(line.start, s - _VILLAGE_EXTRA - 1), s - 1):
        name = text[x:e]
        if not all(_is_cjk(c) for c in name) or any(c in _NAME_BREAK for c in name):
            continue
        parents = gz.village_parents(name)
        if not parents:
            continue
        edge = (x == line.start or not _is_cjk(text[x - 1]) or x in line.tok_start
                or _is_place_end(line, x) or text[x - 1] in _PREP)
        if not edge:
            continue
        if ctx is None:
            ctx = _context_codes(line, res)
        if not any(any(a.code in ctx for a in gz.chain(p.code)) for p in parents):
            continue
        line.add(Mention(name, "LOC", x, e, "loc.village"))
        return True
    return False


_UNIT_AFTER_DIVISION = ("镇", "乡", "街道", "区", "县", "市", "旗")


@rule("loc.suffix.after_division", priority=30)
def _unit_after_division(line: _Line, s: int, e: int, res: dict) -> bool:
    """白土镇|新村|社区, 东昌区|民兴|社区, 松林镇|前屯|村: two chars between a town's or
    district's name and 村 / 社区 are the village's or community's own name, however the
    segmenter cut them (镇前|屯村) and whatever else the two chars mean as a word.

    Why: a division named in full right before a village-level head is that unit's parent;
    class words (各, 农村, 城市, 重点) are still refused."""
    text = line.text
    x = s - 2
    if x <= line.start:
        return False
    prev = line.ent_end.get(x)
    if prev is None or prev.type != "LOC" or not prev.text.endswith(_UNIT_AFTER_DIVISION) or len(prev.text) < 3:
        return False
    stem = text[x:s]
    if not all(_is_cjk(c) for c in stem) or any(c in _PREP or c in _NUMERALS or c in "各全本该某每其所"
                                              or (c in LEVEL_CHARS and stem != "新村") for c in stem):
        return False
    if stem in res["generic_mod"] or (stem in res["place_suf"] and stem != "新村") or _generic(stem, res):
        return False
    seg = get_segmenter()
    pos = word_pos(stem) or ""
    if seg.freq(stem) >= 50 and not pos.startswith(("ns", "nr", "nz")):
        return False  # 农村, 城市, 重点: an ordinary word is a class of units
    line.add(Mention(text[x:e], "LOC", x, e, "loc.suffix.after_division"))
    return True


@rule("loc.suffix", priority=30)
def _place_by_suffix(line: _Line, s: int, e: int, row: dict, res: dict) -> None:
    n = len(line.mentions)
    _place_by_suffix_walk(line, s, e, row, res)
    if (len(line.mentions) == n and row["level"] == "village" and line.text[s:e] in ("村", "社区")
            and not any(m.end == e for m in line.mentions)):
        _unit_after_division(line, s, e, res)  # the walk found nothing: 白土镇|新村|社区


def _place_by_suffix_walk(line: _Line, s: int, e: int, row: dict, res: dict) -> None:
    if row["level"] == "village" and _village_from_table(line, s, e, res):
        return
    tok = line.token(s)
    tok_s = tok.start
    if tok_s < s:  # suffix inside a word: 农村, 城市 are words, 张村 is a name
        whole = line.text[tok_s:e]
        pos = word_pos(whole)
        if pos is not None and pos not in ("ns", "nr", "nz", "nt") and get_segmenter().freq(whole) > 20:
            return
    start, absorbed, spec = _walk_left(line, s, "LOC", int(row["max_left"]), res, zone=row["level"] == "zone")
    while start < s and line.text[start] in res["left_stop"] and not absorbed:
        tok0 = line.token(start)
        if tok0 is not None and tok0.start == start and len(tok0.text) >= 2 and (word_pos(tok0.text) or "").startswith(("nr", "ns", "nz")):
            break  # 向阳|村: the char starts a name word
        start += 1  # 向|岩口镇: a function char glued to the name by jieba
        spec -= 1
    if not absorbed and start < s:
        cut = max((start + k + len(w) for w in res["left_stop_long"]
                   for k in [line.text.rfind(w, start, s)] if k >= 0), default=start)
        if cut > start:  # 任晓|军代表|街道: jieba glued a stop word (代表, 通过) into the stem's token
            start, spec = cut, spec - (cut - start)
            if s - start < int(row["min_left"]):
                return
    if row["level"] == "compound" or line.text[s:e] == "社区":
        # urban units take any noun (包保小区, 城市社区): the specific part must look like a name
        if not absorbed and _generic_urban(line.doc.words(start, s), res):
            return
    name = line.text[start:e]
    if line.text[s:e] in _BOUND_COMPOUND and not line.text.startswith(_COMPOUND_AFTER, e):
        run = ""
        for ch in line.text[e:min(line.end, e + 10)]:
            if not _is_cjk(ch) or ch in "的和与等及":
                break
            run += ch
        if any(run[k:k + n] in res["org_suf"] for n in (2, 3, 4) for k in range(len(run) - n + 1)):
            return  # 阳光家园|康复中心: a compound-like word inside a body's name is no place
    if spec < int(row["min_left"]) and not absorbed and not (spec == 1 and _one_char_village(line, start, s, e, res)):
        if not _stem_after_town(line, start, s, e, spec, res):
            return
        rule_name = "loc.suffix.village"  # 龙塘镇|仁|新村: 仁新 + 村 after its town
        line.add(Mention(line.text[start:e], "LOC", start, e, rule_name))
        return
    if e - s == 1 and line.text[e:e + 1] in "外内域级" and not absorbed:
        return  # 排查县外返乡人员: outside / inside a level, not a place
    if line.text[s:e] == "乡" and line.text[e:e + 1] in "贤亲" and line.text[s - 1:s] == "籍" and not absorbed:
        return  # 杨岗籍|乡贤: a native of a place and a role word, no township
    if s - start >= 2 and line.text[s - 1] == "之" and not absorbed:
        return  # 中国皮草之乡, 苹果之乡: an honorary title of a place, not a place
    if not absorbed and row["level"] in ("county", "zone") and line.text[s:e] != "县" and _generic_urban(line.doc.words(start, s), res):
        return  # 部门包片区, 高速公路服务区: a class of area
    if line.text[s:e] == "省" and not absorbed:
        return  # provinces are a closed list (the gazetteer has them): 落实|省
    if (row["level"] in ("town", "village") and not absorbed and name not in res["places"]
            and _generic_spec(line.doc.words(start, s), res)):
        return  # 重点镇, 村级: a class of towns or villages, not a name
    if line.text[s:e] in ("县", "市") and not absorbed and res["gaz"] is not None and name not in res["places"]:
        return  # so are counties and cities: 积极响应|县 (红十字会) is no county
    inner = line.text[start + sum(len(a.text) for a in absorbed):e]
    if _generic(name, res) or (len(inner) > e - s and _generic(inner, res)):
        return
    rule_name = "loc.suffix"
    if absorbed:
        if row["level"] == "zone":
            rule_name = "loc.zone"
        else:  # the short form was the start of this name: drop it as a separate mention
            line.mentions = [m for m in line.mentions if m is not absorbed[0]]
            if line.ent_end.get(absorbed[0].end) is absorbed[0]:
                del line.ent_end[absorbed[0].end]
    line.add(Mention(name, "LOC", start, e, rule_name))


_LEVEL_RANK = {"country": 0, "region": 0, "province": 1, "city": 2, "county": 3, "town": 4}
_BRAND_GAP_MAX = 4  # 新疆|丝路恒达|商贸有限公司: coined brands run to four chars


def _brand_bridge(line: _Line, start: int, absorbed: list[Mention], spec: int,
                  res: dict) -> tuple[int, list[Mention], int]:
    """A company or association name is place + brand + trade + head (绵阳|鑫达|建材|有限公司,
    雁塔区|青年|企业家商会): the segmenter cuts a coined brand into verbs and single chars
    that stop the walk, so a short gap back to a division is bridged when nothing in it
    reads as a sentence word (a stop word, a frequent verb, punctuation)."""
    text = line.text
    if absorbed and absorbed[-1].start == start:
        return start, absorbed, spec
    if start == line.start or not _is_cjk(text[start - 1]) or text[start - 1] in _PREP:
        return start, absorbed, spec  # a clean left edge: nothing to bridge
    seg = get_segmenter()
    for j in range(start - 1, max(line.start, start - _BRAND_GAP_MAX) - 1, -1):
        ent = line.ent_end.get(j)
        if ent is None or ent.type != "LOC" or ent.rule != "loc.gazetteer":
            continue
        gap = text[j:start]
        if not all(_is_cjk(c) and c not in _NAME_BREAK and c not in _PREP for c in gap):
            return start, absorbed, spec
        for w in line.doc.words(j, start):
            pos = word_pos(w) or ""
            if ((len(w) >= 2 and w in res["left_stop"]) or w in res["titles"] or w in res["place_suf"]
                    or w in res["org_suf"]):
                return start, absorbed, spec
            if len(w) >= 2 and pos.startswith("v") and seg.freq(w) >= 500:
                return start, absorbed, spec  # 支援, 组织: a verb of the sentence, not a brand
        absorbed = list(absorbed) + [ent]
        spec += len(gap)
        start = ent.start
        while True:  # 天津|津南|鑫达: the places before the first one belong to the name too
            prev = line.ent_end.get(start)
            if prev is None or prev.type not in ("LOC", "ORG") or prev.start >= start:
                break
            absorbed.append(prev)
            start = prev.start
        return start, absorbed, spec
    return start, absorbed, spec


def _down_the_hierarchy(line: _Line, start: int, s: int, absorbed: list[Mention],
                        res: dict) -> tuple[int, list[Mention]]:
    """Places in a name run down the hierarchy (河北|金穗…, 西安市|雁塔区…); a province or city
    after a county (正定县|河北金穗农业科技有限公司) starts the name: the county before it is
    where the article is, not part of the name."""
    locs = sorted((m for m in line.mentions if m.type == "LOC" and start <= m.start and m.end <= s
                   and m.rule == "loc.gazetteer" and m.text in res["places"]), key=lambda m: m.start)
    for a, b in zip(locs, locs[1:]):
        ra, rb = _LEVEL_RANK.get(res["places"][a.text]), _LEVEL_RANK.get(res["places"][b.text])
        if ra is not None and rb is not None and rb < ra and rb <= _LEVEL_RANK["city"] and b.start == a.end:
            return b.start, [m for m in absorbed if m.start >= b.start]
    return start, absorbed


_NAMED_FEATURE_END = "山湖岛峰岭"


@rule("loc.nested", priority=32)
def _places_in_name(line: _Line, start: int, head: int, absorbed: list[Mention], res: dict) -> None:
    """Places nested in an organisation's name are listed too (ANNOTATION): a province glued
    by the segmenter to the brand (北京华|康…有限公司), and a named mountain or lake right
    after the name's places (重庆|歌乐山|实业集团, 栾川县|老君山|森林康养有限公司)."""
    text = line.text
    p0 = start
    while True:
        ent = next((a for a in absorbed if a.type == "LOC" and a.start == p0), None)
        if ent is None:
            break
        p0 = ent.end
    if p0 == start:
        for n in (3, 2):
            w = text[start:start + n]
            if (start + n < head and res["places"].get(w) == "province" and start + n not in line.tok_end
                    and line.ent_end.get(start + n) is None):
                line.add(Mention(w, "LOC", start, start + n, "loc.nested"))  # 北京华|康
                p0 = start + n
                break
    inner = text[p0:head]
    unit = next((u for u in ("居民区", "社区", "小区", "村") if inner.endswith(u)), None)
    clean = start == line.start or not _is_cjk(text[start - 1]) or text[start - 1] in res["left_stop"]
    if ((p0 > start or clean) and unit is not None and len(inner) - len(unit) >= 2 and all(_is_cjk(c) for c in inner)
            and line.ent_end.get(head) is None and not _generic(inner, res)
            and head - len(unit) in line.tok_start  # (农业|农村|局: the unit char inside a word)
            and not any(m.type in ("LOC", "ORG") and p0 <= m.start < head and m.end <= head for m in line.mentions)):
        # 辛庄镇|润|和|园|社区|党委: the community the walk crossed inside the body's name
        line.add(Mention(inner, "LOC", p0, head, "loc.nested"))
        return
    tok = line.token(p0)
    if (p0 > start and tok is not None and tok.start == p0 and 3 <= len(tok.text) <= 4 and tok.end < head
            and tok.text[-1] in _NAMED_FEATURE_END and not (word_pos(tok.text) or "x").startswith(("v", "a", "d"))):
        line.add(Mention(tok.text, "LOC", tok.start, tok.end, "loc.nested"))


_STUDY_VERBS = set("读上考念")
_ORG_CUT_VERBS = ("响应", "代表", "通过", "委托", "前往", "来到", "走进", "看望", "得知", "捐赠给", "捐给",
                  "送到", "送往", "运往", "运抵", "交到", "送达", "回到", "返回", "发往", "转赠",
                  "发动", "带领", "号召", "动员")


@rule("org.suffix", priority=20)
def _org_by_suffix(line: _Line, s: int, e: int, row: dict, res: dict) -> None:
    text = line.text
    suffix = text[s:e]
    kind = row["kind"]
    if kind == "media":
        _media(line, s, e, res)
        return
    inside = next((m for m in line.mentions if m.type == "LOC" and m.start < s < m.end < e
                   and text[m.end:e] in res["org_suf"]), None)
    if inside is not None:  # 郑村镇|党委, not 郑村|镇党委: the head starts where the place ends
        s = inside.end
        suffix = text[s:e]
        row = res["org_suf"][suffix]
        kind = row["kind"]
    if len(suffix) == 1:
        tok = line.token(s)
        if tok is not None and tok.start == s - 1 and tok.end == e and tok.text != "邮局":
            pos = word_pos(tok.text)
            if pos is not None and pos[:2] not in ("ns", "nt", "nz", "nr") and get_segmenter().freq(tok.text) > 20:
                return  # 工作|格局: the head char ends a common word (格局, 布局), no body's head
    start, absorbed, spec = _walk_left(line, s, "ORG", 14, res)
    cut = max((k + len(w) for w in _ORG_CUT_VERBS for k in [text.rfind(w, start, s)] if k >= 0), default=start)
    if cut > start:  # X党支部积极响应|市委: a verb of the sentence is no part of the body's name
        absorbed = [a for a in absorbed if a.start >= cut]
        spec = max(0, spec - (cut - start))
        start = cut
    if (kind == "school" and s - 1 > start and text[s - 1] in _STUDY_VERBS
            and text[start:s - 1] == "".join(a.text for a in absorbed)):
        return  # org.suffix: 在郑州|读|大学 is where someone studies, no school's name
    if kind in ("company", "social") and spec >= 2:
        start, absorbed, spec = _brand_bridge(line, start, absorbed, spec, res)
    if kind == "company":  # (not 大理市|福建商会: a chamber of those from a province)
        start, absorbed = _down_the_hierarchy(line, start, s, absorbed, res)
    if (len(suffix) == 2 and suffix[0] in LEVEL_CHARS and suffix[1] == "委" and spec == 0 and absorbed
            and absorbed[0].type == "LOC" and absorbed[0].end == s and absorbed[0].text.endswith(("社区", "村", "镇", "乡", "街道"))):
        line.add(Mention(suffix, "ORG", s, e, "org.locale"))  # 万隆社区|市委大院: a city's committee is no part of a community
        return
    if spec == 0 and not absorbed:
        # bare head: a locale-relative body (县红十字会, 市委) or nothing
        if row["bare"] != "yes":
            return
        prev = text[s - 1] if s > line.start else ""
        if (suffix[:1] in "省市县区乡镇州" and len(suffix) >= 3
                and (not prev or not _is_cjk(prev) or prev in res["left_stop"])):
            line.add(Mention(suffix, "ORG", s, e, "org.locale"))  # 镇党委书记
            return
        if (len(suffix) >= 3 and (kind in ("gov", "social") or (kind == "party" and prev == "、"))
                and not suffix.startswith("人民")
                and suffix[:1] not in LEVEL_CHARS and (not prev or not _is_cjk(prev) or prev in "和与及")):
            # ,退役军人事务局捐款 / 县防控办、商务局 / 区委常委、组织部部长
            line.add(Mention(suffix, "ORG", s, e, "org.locale"))
            return
        if kind == "team" and len(suffix) >= 4 and (not prev or not _is_cjk(prev) or prev in "和与及"):
            line.add(Mention(suffix, "ORG", s, e, "org.locale"))  # 、驻村工作队队长: the village's own team
            return
        if prev in LEVEL_CHARS and s - 2 >= line.start and text[s - 2] == "该":
            line.add(Mention(suffix, "ORG", s, e, "org.locale"))  # 该区|纪工委: the body, named bare
            return
        if suffix[:1] in "省市县区乡镇州" and len(suffix) == 2 and suffix[1] in "委":
            if prev and prev in "省市县区乡镇州":
                return  # 省市委, 市县委: coordinated levels, not one body
            start = s
        elif prev and prev in LEVEL_CHARS and (s - 1 == line.start or not _is_cjk(text[s - 2])
                                                or text[s - 2] in res["left_stop"] or text[s - 2] == "团"):
            start = s - 1
        else:
            return
        name = text[start:e]
        if name in ("省委", "市委", "县委", "区委") or start < s or suffix[1:] == "委":
            line.add(Mention(name, "ORG", start, e, "org.locale"))
        return
    name = text[start:e]
    inner = text[start + sum(len(a.text) for a in absorbed if a.start == start):e] if absorbed else name
    if _generic(name, res) or (len(inner) > len(suffix) and _generic(inner, res)):
        return
    if spec and spec <= 1 and not absorbed and len(suffix) <= 1:
        return
    if spec == 1 and not absorbed and text[s - 1] not in LEVEL_CHARS and (word_pos(text[s - 1]) or "x")[:1] in "vdpcura":
        return  # 都见|先锋队, 组建|突击队, 老|超市: a verb, function char or adjective, not a name
    if spec == 1 and not absorbed and row["bare"] != "yes" and get_segmenter().freq(name) >= 50 and not (word_pos(name) or "x").startswith(("nt", "ns")):
        return  # 市中心, 县城: a level char + head that is an ordinary word
    quoted = start > line.start and text[start - 1] == "“" and text[e:e + 1] == "”"
    if not absorbed and not quoted and "“" not in name:
        # 公共单位|烟草局: class words in front of a name are not part of it
        words = line.doc.words(start, s)
        k = max((i for i, w in enumerate(words) if w in res["generic_mod"]), default=-1)
        rest = "".join(words[k + 1:])
        if 0 <= k < len(words) - 1 and len(rest) >= 2 and not _generic_spec(words[k + 1:], res):
            start = s - len(rest)
            name = text[start:e]
        elif k == len(words) - 1 and row["bare"] == "yes" and len(suffix) >= 3 and kind in ("gov", "social"):
            line.add(Mention(suffix, "ORG", s, e, "org.locale"))  # 公共单位|烟草局
            return
    if (not absorbed and kind in ("team", "party", "gov", "unit") and "“" not in name and not quoted
            and not _own_body(line, start, s, res)
            and _generic_spec(line.doc.words(start, s), res)):
        return  # 党员先锋队, 刑警中队, 小区疫情防控临时党支部: classes, not names
    if not absorbed and s - start == 2 and text[start] in _NUMERALS and text[start + 1] in LEVEL_CHARS:
        return  # 送到|两镇|政府, 三村党支部: a count of localities' bodies, not one named body
    if kind in ("company", "hospital") and not quoted and "“" not in name and _class_of_firm(line, start, s, absorbed, suffix):
        return  # 蔬菜|批发市场, 家乡|卫生院, 主要|超市, 一家|外贸|公司, 东莞|开|厂: a class, not a name
    if "“" in name or "”" in name:
        name = name.replace("“", "").replace("”", "")  # “网格守卫”志愿服务队 → 网格守卫志愿服务队
    line.add(Mention(name, "ORG", start, e, "org.suffix:shop" if suffix in res["shops"] else "org.suffix"))
    _places_in_name(line, start, s, absorbed, res)
    inner_org = absorbed[-1] if absorbed else None
    if (inner_org is not None and inner_org.type == "ORG" and inner_org.end == s and inner_org.text.endswith("中心")
            and any(m.type == "LOC" and m.start == inner_org.start and m.end == inner_org.end - 2 for m in line.mentions)):
        # 上栗县中心|幼儿园: a place + 中心 glued to the next head is no body of its own
        line.mentions = [m for m in line.mentions if m is not inner_org]
    if (inner_org is not None and inner_org.type == "ORG" and inner_org.end == s and suffix in _GROUP_HQ_HEADS
            and inner_org.text.endswith(_GROUP_HEADS)):
        # 某县疫情防控工作领导小组|指挥部: the leading group's headquarters is the body named,
        # the group is not listed a second time
        line.mentions = [m for m in line.mentions if m is not inner_org]
    if (suffix in ("政府", "人民政府") and inner_org is not None and inner_org.type == "ORG"
            and inner_org.text.endswith("委") and s - inner_org.end <= 1):
        # 遂平县委县政府, 乡党委政府: the joint Party and government leadership is one body
        joint = replace(inner_org, full=name)
        line.mentions = [joint if m is inner_org else m for m in line.mentions]
        if line.ent_end.get(inner_org.end) is inner_org:
            line.ent_end[inner_org.end] = joint


_GROUP_HEADS = ("领导小组",)
_GROUP_HQ_HEADS = ("指挥部",)
_CLASS_WORD_POS = ("n", "vn", "a", "an", "b", "d", "ad")
# heads that name a kind of establishment (a 漆业 / 实业 / 科技 head is a trade: what precedes it is a brand)
_RUN_VERBS = {"开", "经营", "开设", "开办", "承包", "打理"}
_SHOP_CLASS_HEADS = {"超市", "商店", "药店", "药房", "酒店"}
_ESTABLISHMENT_HEADS = {"公司", "有限公司", "超市", "厂", "工厂", "医院", "卫生院", "批发市场", "农贸市场",
                        "商店", "药店", "药房", "酒店", "诊所", "银行", "合作社"}
# heads of a trade class: a run of up to four common words names what is made or grown
# (医疗|防疫|物品|生产|厂, 蔬菜|合作社), not a firm
_TRADE_CLASS_HEADS = {"厂", "工厂", "合作社"}


def _class_of_firm(line: _Line, start: int, s: int, absorbed: Sequence[Mention], suffix: str) -> bool:
    """A company or hospital head after only frequent common words (no place, no brand) is a
    class of firm (外贸公司, 家乡卫生院); so is a place + one verb char + 厂 (在东莞|开|厂)."""
    text = line.text
    seg = get_segmenter()
    if suffix not in _ESTABLISHMENT_HEADS and suffix not in _res()["shops"]:
        return False
    if suffix in _SHOP_CLASS_HEADS or suffix in _res()["shops"]:
        before = line.doc.words(start, s)
        if before and before[-1] in _RUN_VERBS:
            return True  # 在西宁|经营|餐馆, 在县城|开|超市: where one runs a shop, not its name
    if absorbed:
        last = absorbed[-1]
        return (len(suffix) == 1 and last.type == "LOC" and s - last.end == 1
                and (word_pos(text[s - 1]) or "x").startswith("v"))
    words = [w for w in line.doc.words(start, s) if w]
    if not words or len(words) > (4 if suffix in _TRADE_CLASS_HEADS else 2):
        return False
    return all(len(w) >= 2 and seg.freq(w) >= 50 and (word_pos(w) or "x") in _CLASS_WORD_POS for w in words)


_OWN_HEADS = ("集团",)


def _own_body(line: _Line, start: int, s: int, res: dict) -> bool:
    """集团机关党支部, 集团工会: a group head word opening a clause names the article's own
    group (like 院党委), so the body inside it is that group's, not a class."""
    text = line.text
    words = line.doc.words(start, s)
    edge = start == line.start or not _is_cjk(text[start - 1]) or text[start - 1] in res["left_stop"]
    return edge and bool(words) and words[0] in _OWN_HEADS


# 原创　芦溪发布　芦溪发布　2020-02-21: a WeChat post header, the account after 原创 (and once more)
_WECHAT_HEAD = re.compile(r"^[ \u3000\t]*原创[ \u3000\t]+(?:[\u4e00-\u9fff]{2,10}[ \u3000\t]+)?$", re.M)


@rule("org.media", priority=15)
def _media(line: _Line, s: int, e: int, res: dict) -> None:
    text = line.text
    ending = text[s:e]
    ctx = res["media"].get(ending, "any")
    start = s
    absorbed_media = None
    while start > line.start and _is_cjk(text[start - 1]) and s - start < 6:
        prev = line.ent_end.get(start)
        if prev is not None and prev.type == "LOC" and prev.end == s:
            start = prev.start  # 驻马店 + 网: a place name that starts with a stop char
            continue
        if prev is not None and prev.type == "ORG":
            if prev.rule in ("org.media", "org.national") and prev.end == s and ending in ("客户端", "APP", "app"):
                absorbed_media = prev  # 海南日报 + 客户端: the app is the outlet
                start = prev.start
            break
        start -= 1
        if text[start] in res["left_stop"] and start < s - 1:
            start += 1
            break
    # trim to a token start
    while start < s and start not in line.tok_start and line.ent_end.get(start) is None:
        start += 1
    vt = line.token(start) if start < s else None
    if (vt is not None and vt.start == start and len(vt.text) >= 2 and vt.end < s
            and (word_pos(vt.text) or "") == "v" and line.ent_end.get(vt.end) is not None):
        start = vt.end  # 打开|北京日报|客户端: a verb before the outlet is the sentence's
    if start == line.start and s - start >= 4:
        # 陈鹏市场星报: an editor's name glued to the outlet at the start of a byline line
        nm = name_at(text, start, res, strict=False, doc=line.doc)
        if nm and s - start - len(nm) >= 2 and get_segmenter().freq(text[start:start + 2]) == 0:
            line.mentions.append(Mention(nm, "PER", start, start + len(nm), "per.byline"))
            start += len(nm)
    if s - start < 2:
        bare = res["org_suf"].get(ending, {}).get("bare") == "yes"
        lvl = text[s - 1:s]
        if not (bare and s - start == 1 and lvl in LEVEL_CHARS
                and (s - 1 == line.start or not _is_cjk(text[s - 2]) or text[s - 2] in res["left_stop"])):
            return  # 县融媒体中心, 市电视台: a level char + a bare outlet head is the locale's outlet
    name = text[start:e]
    if ctx == "head":
        if not (start == line.start or re.search(r"来源[:：\s]*$", text[max(line.start, start - 4):start])
                or _WECHAT_HEAD.search(text, line.start, start)):
            return
        if text.lstrip(" \u3000\t\r\n\ufeff").startswith(name):
            return  # 某某发布 as the page's first line, above the title: the header portal, page furniture
    if ctx == "byline":
        after = text[e:e + 3]
        before = text[max(line.start, start - 3):start]
        ok = (re.match(r"讯|消息|记者|通讯员|客户端|[-/·—)）]|\d+月|[\u4e00-\u9fff]{2}\d+月\d+日电|$|\s|、", after) is not None
              or re.search(r"来源[:：\s]*$|[-/·(（]$", before) is not None)
        if not ok:
            return
    if absorbed_media is not None:
        line.mentions = [m for m in line.mentions if m is not absorbed_media]
        if line.ent_end.get(absorbed_media.end) is absorbed_media:
            del line.ent_end[absorbed_media.end]
    line.add(Mention(name, "ORG", start, e, "org.media"))


@rule("org.national", priority=12)
def _national(line: _Line, res: dict) -> None:
    text = line.text
    for m in res["national_re"].finditer(text, line.start, line.end):
            name = m.group()
            needs_enum = res["national"][name]
            s, e = m.start(), m.end()
            if needs_enum and not (text[e:e + 1] == "、" or text[s - 1:s] == "、"):
                continue
            if s > line.start and _is_cjk(text[s - 1]) and text[s - 1] not in "落实贯彻和与及据":
                continue
            if e < line.end and _is_cjk(text[e]) and text[e:e + 2] not in _NATIONAL_AFTER and name in _OUTLET_NAMES:
                continue  # 红网 + 格员: an outlet name inside another word
            line.add(Mention(name, "ORG", s, e, "org.national"))


@rule("loc.code", priority=40)
def _road_codes(line: _Line, res: dict) -> None:
    """National / provincial road numbers (G107, S312)."""
    for m in re.finditer(r"(?<![A-Za-z0-9])[GS]\d{2,4}(?![0-9])", line.text[line.start:line.end]):
        line.add(Mention(m.group(), "LOC", m.start() + line.start, m.end() + line.start, "loc.code"))


_LANDMARK_BEFORE = {"在", "到", "位于", "前往", "登上", "来到", "赴", "游览", "走进", "地处", "坐落在", "地处"}
_LANDMARK_AFTER = ("景区", "风景区", "风景名胜区", "脚下", "山脚", "景点", "山下", "湖畔", "岛上", "边", "畔", "沿岸")


@rule("loc.landmark", priority=35)
def _landmarks(line: _Line, res: dict) -> None:
    """A named mountain, lake or island (歌乐山, 千岛湖) in a place context: after 在 / 位于 / 前往
    or before 景区 / 脚下.  The word must be a place name to the segmenter, not a common word."""
    doc = line.doc
    text = line.text
    if all(text.find(c, line.start, line.end) < 0 for c in "山湖岛海"):
        return  # no token of the line can end in a landmark char
    i = doc.index_at(line.start)
    if i is None:
        return
    toks = doc.tokens
    while i < len(toks) and toks[i].start < line.end:
        t = toks[i]
        w = t.text
        if 2 <= len(w) <= 4 and w[-1] in "山湖岛海" and (word_pos(w) or "").startswith("ns") and w not in res["stopwords"]:
            prev = toks[i - 1].text if i > 0 and toks[i - 1].end == t.start and t.start > line.start else ""
            if prev in _LANDMARK_BEFORE or text.startswith(_LANDMARK_AFTER, t.end):
                if line.ent_end.get(t.end) is None:
                    line.add(Mention(w, "LOC", t.start, t.end, "loc.landmark"))
        i += 1


# “敖包山牛肉干”店主, “阿娜尔汗”馕坑店: a quoted brand, up to three class chars, then 店
_QUOTED_SHOP = re.compile(r"“([^“”，。、\s]{2,8})”([\u4e00-\u9fff]{0,3}?)店")
_SHOP_TITLE = ("主", "员", "长")  # 店主, 店员, 店长: the 店 belongs to the title


@rule("org.quoted_shop", priority=30)
def _quoted_shop(line: _Line, res: dict) -> None:
    """A quoted shop name with the class word 店 is the shop (ORG, written without quotes).

    Why: shop names are invented words (a brand, a person's name) that no suffix list holds;
    the quotes and 店 mark them.  Before 店主 the 店 is part of the title, so the name stops."""
    text = line.text
    for m in _QUOTED_SHOP.finditer(text, line.start, line.end):
        brand, mid = m.group(1), m.group(2)
        if any(not _is_cjk(c) for c in brand):
            continue
        if text.startswith(_SHOP_TITLE, m.end()):
            name, end = brand + mid, m.end() - 1
        else:
            name, end = brand + mid + "店", m.end()
        if line.ent_end.get(end) is None:
            line.add(Mention(name, "ORG", m.start(), end, "org.quoted_shop"))


_WATER = "河江湖海"
_WATERSIDE = re.compile(r"[河江湖海](?=畔|边|岸|东岸|西岸|南岸|北岸|沿岸)")
_ALONG = ("沿着", "沿")
_ALONG_FIRST = re.compile("[" + "".join(sorted({re.escape(w[:1]) for w in _ALONG if w})) + "]")
# 清水河畔两个小区, 清水河畔、蓝天花园: the waterside word is itself a compound's name
_WATERSIDE_COMPOUND = re.compile(r"[畔边岸](?:[、和]|[两二三四五六七八九十\d]+个小区)")


def _water_stem_ok(stem: str, res: dict) -> bool:
    """The part before 河/江/湖/海 is a name: Chinese, 1-3 chars, no common word or verb."""
    if not (1 <= len(stem) <= 3 and all(_is_cjk(c) for c in stem)) or stem in res["stopwords"]:
        return False
    pos = word_pos(stem) or ""
    return not pos.startswith(("v", "p", "d", "r", "c", "u", "m", "q", "a", "f", "t"))


@rule("loc.waterside", priority=35)
def _waterside(line: _Line, res: dict) -> None:
    """A named river or lake where the text stands beside it or follows it (吐曼河边, 沿着尼洋河).

    Why: small rivers and lakes are in no dictionary, but 畔 / 边 / 岸 after X河 and 沿着 before it
    mark X河 as a place; the stem must be its own word(s), so 在河边 / 小河边 give nothing."""
    doc = line.doc
    text = line.text
    found: list[tuple[int, int]] = []
    for m in _WATERSIDE.finditer(text, line.start, line.end):
        tok = doc.token_at(m.start())
        if m.end() in doc.tok_end or (tok is not None and tok.start == m.start() and tok.text[1:] in ("畔", "边")):
            found.append((m.end(), 0))  # 尼洋河|畔, 吐曼|河边; not 金|海岸 (a word of its own)
    # (the offsets where an _ALONG word starts: its first character found by one regex scan)
    for i in (range(line.start, line.end - 2) if "" in _ALONG else
              (mf.start() for mf in _ALONG_FIRST.finditer(text, line.start, max(line.start, line.end - 2)))):
        if text.startswith(_ALONG, i):
            k = i + (2 if text.startswith("沿着", i) else 1)
            for e in range(k + 2, min(k + 5, line.end) + 1):
                if text[e - 1] in _WATER and (e in doc.tok_end or _WATERSIDE.match(text, e - 1)):
                    found.append((e, k))
                    break
    seg = get_segmenter()
    for e, fixed in found:
        for s in ([fixed] if fixed else [e - 4, e - 3, e - 2]):
            if s < line.start or s not in doc.tok_start:
                continue
            stem = text[s:e - 1]
            if len(stem) < 2 and not fixed:
                continue  # 小河边: a one-char stem is a plain word
            if not _water_stem_ok(stem, res) or any(_stop_token(w, res) for w in doc.words(s, e - 1)):
                continue
            name = text[s:e]
            if seg.freq(name) >= 50 and not (word_pos(name) or "").startswith("ns"):
                break  # 护城河, 运河: a common noun, not a name
            if line.ent_end.get(e) is not None:
                break
            end = e + 1 if _WATERSIDE_COMPOUND.match(text, e) else e
            line.add(Mention(text[s:end], "LOC", s, end, "loc.waterside"))
            break


# ---------------------------------------------------------------------------
# persons
# ---------------------------------------------------------------------------
_NAME_BREAK = set("的在和与向给到从为等说是也将把被对带来去于及、,，。;；:：!！?？“”\"'()（）《》 \t\n丨")
# function characters that still occur as the first given-name character (白和平, 柯为明)
_SOFT_BREAK = set("和为来与从于将")
# characters that typically follow a name in running text (王刚等, 李明说, 潘福共捐赠)
_AFTER_NAME = set("等说表在向和带均也都共分为给将于从把被对捐送到已还就同一各们先及与跟率以是两")
_VERBISH = ("v", "p", "d", "c", "r", "i", "l", "a")
_NAME_POS = ("nr", "ns", "nz")
# speech verbs that close a name after a title (书记纳文清说, 经理万志军表示)
_SPEECH = ("说", "表示", "介绍", "告诉", "指出", "强调", "坦言", "认为", "说道", "笑着说", "感慨")


def _hard_end(text: str, pos: int) -> bool:
    return pos >= len(text) or not _is_cjk(text[pos])


def name_at(text: str, pos: int, res: dict, strict: bool = False, doc: "_Doc | None" = None,
            closed: bool = False, titled: bool = False) -> str | None:
    """A surname-led 2-3 (compound 3-4) char name starting at ``pos``, or None.

    ``strict`` (a title or context word, not a byline, confirms the name)
    also rejects weak surnames that the segmenter does not see as a name.
    ``titled`` (a full post title right before ``pos``) lets a weak surname
    through when the name is closed by a speech verb (总经理万志军说).
    """
    mc = res["compound_re"].match(text, pos)  # the compound surnames, longest first
    sur = mc.group() if mc else None
    if sur is None:
        if pos < len(text) and text[pos] in res["surnames"]:
            sur = text[pos]
        else:
            return None
    g = pos + len(sur)
    if g >= len(text) or not _is_cjk(text[g]) or text[g] == "某":
        return None  # 曾某, 姜某某: anonymised, not a name
    seg = get_segmenter()
    c2_ok = g + 1 < len(text) and _is_cjk(text[g + 1]) and text[g + 1] not in _NAME_BREAK
    if (not c2_ok and (strict or titled) and text[g + 1:g + 2] in ("来", "和")
            and (_hard_end(text, g + 2) or text.startswith(_TITLED_CLOSE, g + 2)
                 or text.startswith(res["per_ctx_tuple"], g + 2))
            and text[g] not in _NAME_BREAK and res["given"].get(text[g], 0) >= _GIVEN_MIN):
        # 乡贤杨春来，/ 董事长孙永和带领 / 退伍军人赵春来自费: 来 or 和 closed by punctuation, a leading
        # verb or a context word after a confirmed name is its last given char
        c2_ok = True
    if text[g] in _NAME_BREAK:
        # 白和平、 / 柯为明: only as a full three-char name closed by punctuation
        titled_speech = (titled and text[g] in _SOFT_BREAK | {"向"} and c2_ok and sur not in res["weak"]
                         and text.startswith(_SPEECH, g + 2) and res["given"].get(text[g + 1], 0) >= _GIVEN_MIN)
        # (书记马向阳说: a full post title before and a speech verb after confirm 向 as a given char)
        titled_speech = titled_speech or (
            strict and text[g] == "向" and c2_ok and sur not in res["weak"]
            and res["given"].get(text[g + 1], 0) >= _GIVEN_MIN
            and (text.startswith(_SPEECH, g + 2) or text.startswith(res["per_ctx_tuple"], g + 2)))
        # (企业家刘向东捐赠: a title or role before and a context word after confirm it too)
        if not titled_speech and (text[g] not in _SOFT_BREAK or not c2_ok or not _hard_end(text, g + 2)
                                  or sur in res["weak"]):
            return None
        n = 2
    elif not c2_ok:
        n = 1
    elif text[g + 1] in _NUMERALS and text[g + 2:g + 3] in ("人", "名", "位"):
        n = 1  # 李帅、赵磊|三人: a count of the people named, not a given char
    else:
        n = 2
        nxt = text[g + 2:g + 4]
        verb_after = (text.startswith(res["per_ctx_tuple"], g + 2) or text.startswith(_SPEECH, g + 2)
                      or text.startswith(_TITLED_CLOSE, g + 2)  # 谭志明|代表: not 明代
                      or text.startswith(_LEADS, g + 2)  # 高建军|委托: not 军委
                      or (seg.freq(nxt) >= 1000 and (word_pos(nxt) or "x").startswith("v"))
                      or (text[g + 2:g + 3] in _AFTER_NAME and seg.freq(text[g:g + 2]) >= 1000))
        # (王建设|在: a given name that is a common word, then a char that follows names)
        w4 = text[g + 1:g + 5]
        if len(w4) == 4 and seg.freq(w4) >= 1 and (word_pos(w4) or "x")[:1] in "vil":
            n = 1  # 司徒明|自掏腰包, 王伟|自告奋勇: a set phrase starts after the first given char
        for w in (text[g + 1:g + 4], text[g + 1:g + 3]):
            f = seg.freq(w)
            if verb_after and len(w) == 2:
                continue  # 欧阳振华|表示, 黎文博|得知: 华表, 博得 straddle the name's end and a verb
            if len(w) >= 2 and f >= 20 and ((word_pos(w) or "x").startswith(_VERBISH) or f >= 300):
                n = 1  # 李玮|满怀信心, 向长江|得知
        if text.startswith(res["title_tuple"], g + 1) or text[g + 1:g + 3] in res["titles"]:
            n = 1
        if n == 2 and text[g + 1] in _AFTER_NAME and res["given"].get(text[g + 1], 0) < 10 \
                and not (word_pos(text[pos:g + 2]) or "").startswith("nr"):
            n = 1  # 王强|捐出: a char that follows names and is almost never a given name
        if n == 1 and text[g + 2:g + 3] == "说" and text[g + 3:g + 4] in (":", "：", ",", "，", "“", ""):
            n = 2  # 刘盼学|说: a three-char name before a quotation
        if (n == 2 and text[g + 2:g + 3] in ("着", "了", "过") and seg.freq(text[g + 2:g + 4]) < 50
                and res["given"].get(text[g + 1], 0) < _GIVEN_MIN):
            n = 1  # 蒋涛|拎着: a verb with its aspect particle (not 王建设|了解: 了解 is a word)
        if (len(sur) == 2 and n == 2 and not _hard_end(text, g + 2) and text[g + 2] not in _AFTER_NAME
                and (res["given"].get(text[g + 1], 0) < _GIVEN_MIN or res["given"].get(text[g], 0) < _GIVEN_MIN)):
            n = 1  # compound surnames take one given char unless the name is closed or both chars are given-like
    if (len(sur) == 1 and sur not in res["weak"] and text[g] in res["surnames"] and text[g] not in res["weak"]
            and g + 3 <= len(text) and all(_is_cjk(c) and c not in _NAME_BREAK for c in text[g + 1:g + 3])
            and res["given"].get(text[g + 1], 0) >= _GIVEN_MIN and res["given"].get(text[g + 2], 0) >= _GIVEN_MIN
            and (_hard_end(text, g + 3) or text[g + 3] in _AFTER_NAME or text.startswith(res["per_ctx_tuple"], g + 3))
            and seg.freq(text[pos:g + 1]) == 0 and seg.freq(text[g + 1:g + 3]) < 300
            and text[g + 1:g + 3] not in res["titles"]
            and not (seg.freq(text[g + 2:g + 4]) >= 1000 and (word_pos(text[g + 2:g + 4]) or "x")[:1] in "vn")):
        # (赵卫平|代表: the last char and the next one make a frequent word, so 卫平 is the given name)
        return text[pos:g + 3]  # 黄陈秀英: a married woman's two surnames and a two-char given name
    if text.startswith(res["title_tuple3"], g):
        return None  # 任|网格长: a post title, not a given name, follows the surname
    name = text[pos:g + n]
    given = name[len(sur):]
    if given[-1] in "了着过":
        return None  # 都写了: an aspect particle ends no given name
    if any(c in _MONEY_DIGITS for c in given) and ("元" in given or text[g + n:g + n + 1] in ("元", "圆")):
        return None  # 伍万元, 陆仟元: an amount in capital numerals, not 伍/陆 + a given name
    if len(name) >= 3 and name[-1] in "村镇乡县省路街巷":
        return None  # 和|驻村: a name does not end in a place's class char
    if ((given in res["titles"] and not (len(given) == 1 and res["titles"][given]["kind"] == "byline"))
            or (given, "right") in res["per_ctx"] or given in ("女士", "先生", "某某")
            or given in res["address"]):
        return None  # 罗女士, 王老师, 李大妈: a surname with a title or a form of address
    if (closed and len(name) == 2 and _hard_end(text, pos + 2) and given not in _NAME_BREAK
            and res["given"].get(given, 0) >= _GIVEN_MIN and seg.freq(name) < 1000):
        return name  # 责任编辑:高洁 — a byline name closed by the line is a name even if it is a word
    # a common word is not a name (党员, 全体, 和村, 应尽)
    if len(name) == 2:
        f = seg.freq(name)
        if f >= 3 and not (word_pos(name) or "").startswith("nr"):
            return None
    else:
        head = name[:2]
        hp = word_pos(head) or ""
        if len(sur) == 1 and seg.freq(head) >= 30 and not hp.startswith(_NAME_POS):
            closed_by_verb = (_hard_end(text, pos + 3) or text[pos + 3] in _AFTER_NAME
                              or text.startswith(_SPEECH, pos + 3) or text.startswith(_TITLED_CLOSE, pos + 3))
            led_on = text.startswith(_TITLED_CLOSE, pos + 3) or text.startswith(_SPEECH, pos + 3)
            if not (titled and seg.freq(head) < (2000 if led_on else 300) and seg.freq(name) < 5 and closed_by_verb
                    and res["given"].get(name[-1], 0) >= _GIVEN_MIN):
                # (院长王家明|代表: a full title before and a leading verb after outweigh a word 王家)
                if strict or seg.freq(name) >= 5:
                    return None  # (队长方志刚带领: a title before and a verb after confirm 方志|刚)
        if seg.freq(name) >= 5 and not (word_pos(name) or "").startswith("nr"):
            return None
    if sur in res["weak"] and strict:
        tok = doc.token_at(pos) if doc is not None else None
        if tok is None:
            toks = seg.tokens(text[pos:pos + 6], hmm=False)
            first = toks[0].text if toks else ""
            tstart = pos
        else:
            first, tstart = tok.text, tok.start
        rest = name[len(sur):]
        rest_pos = word_pos(rest) or ""
        ok = tstart == pos and first in (name, name[:2])
        if not ok and len(name) == 3 and (rest_pos == "" or rest_pos.startswith(_NAME_POS)) and seg.freq(rest) < 50000:
            # 向|长江|得知, 于|骏新: surname + a name-like given part, then a verb or a break
            nxt = pos + 3
            after = next((text[nxt:nxt + k] for k in (2, 3) if seg.freq(text[nxt:nxt + k]) >= 20), "")
            # (单|红梅|每天: a given part that is itself a name word may follow a rare bigram)
            head_ok = seg.freq(name[:2]) == 0 or (rest_pos.startswith("nr") and seg.freq(name[:2]) < 5)
            ok = head_ok and (_hard_end(text, nxt) or text[nxt] in _AFTER_NAME
                              or (word_pos(after) or "x").startswith(("v", "p", "d", "r")))
        if not ok and titled and len(name) == len(sur) + 2 and seg.freq(name[:2]) == 0 \
                and (text.startswith(_SPEECH, pos + len(name)) or _titled_close(text, pos + len(name), res)) \
                and all(res["given"].get(c, 0) >= _GIVEN_MIN for c in rest) \
                and (seg.freq(rest) < 1000 or rest_pos.startswith(_NAME_POS)):
            ok = True  # 总经理万志军说: a full title before and a speech verb after confirm the name
        if not ok and titled and len(name) == len(sur) + 2 \
                and text.startswith(_SPEECH + _TITLED_CLOSE + _LEADS, pos + len(name)) \
                and all(res["given"].get(c, 0) >= _GIVEN_MIN for c in rest) \
                and sur not in _NAME_BREAK and not rest_pos.startswith(("r", "p", "d", "c", "u", "m")):
            # (主任向大家介绍: a surname that is also a preposition needs more than a title)
            ok = True  # 董事长云天福带领, 书记元海军带领: a full title and a leading verb close the name
        if (not ok and len(name) == len(sur) + 2 and seg.freq(rest) == 0 and seg.freq(name[:2]) == 0
                and all(res["given"].get(c, 0) >= _GIVEN_WEAK_OK for c in rest)):
            ok = True  # 村民左秀兰托人: a title or role before, and no word but a name's chars after the surname
        if not ok:
            return None
    return name


_TITLED_CLOSE = ("带领", "带队", "代表", "一行", "率领")
_LEADS = ("发动", "组织", "号召", "动员", "带着", "委托", "托", "拜托")


def _titled_close(text: str, e: int, res: dict) -> bool:
    """After a weak-surname name that a full title precedes: a list comma, a clause break or
    a leading verb (董事长云天福带领, 党工委书记高建军、主任…) closes the name as a speech verb does."""
    return e >= len(text) or text[e] in "、，,。；;：:" or text.startswith(_TITLED_CLOSE, e)


def _name_ending_at(text: str, end: int, lo: int, res: dict, doc: "_Doc | None") -> tuple[int, str] | None:
    comp = res["compound_set"]
    order = [n for n in (4, 3) if end - n >= lo and text[end - n:end - n + 2] in comp] + [3, 2, 4]
    for n in order:
        s = end - n
        if s < lo:
            continue
        nm = name_at(text, s, res, strict=False, doc=doc)
        if nm and s + len(nm) == end:
            return s, nm
    return None


def _slot_closed(text: str, e: int, res: dict) -> bool:
    """A name may end at ``e``: a break, a char that follows names, a speech verb, a title or a verb."""
    if text[e:e + 1] in ("·", "•"):
        return False  # 阿娜尔汗|·吾守尔: the dotted name goes on
    if _strong_close(text, e, res):
        return True
    seg = get_segmenter()
    for k in (2, 3):
        w = text[e:e + k]
        if len(w) == k and seg.freq(w) >= 50 and (word_pos(w) or "x")[:1] in "vdpctr":
            return True  # 扎西次仁|身兼, 达瓦|自费, 萨仁高娃|每天
    return False


def _strong_close(text: str, e: int, res: dict) -> bool:
    """A break, a char that follows names, a speech verb, a title or a preposition at ``e``."""
    if _hard_end(text, e) or text[e] in _AFTER_NAME or text.startswith(_SPEECH, e):
        return True
    if text.startswith(res["per_ctx_tuple"], e) or text.startswith(res["title_tuple"], e):
        return True
    return (word_pos(text[e]) or "x")[:1] == "p" and get_segmenter().freq(text[e:e + 2]) < 300  # 吉伍文艺|用这笔钱


def _slot_name(text: str, j: int, le: int, res: dict) -> str | None:
    """A name with no Han surname in a name slot (after a post or byline title).

    Mongolian, Tibetan and Uyghur names are runs of transliteration syllables
    (斯琴毕力格, 扎西次仁); Yi names may be a two-syllable clan name + a Han given
    name that is a common word (阿苏|建设). The longest closed reading wins; the
    name may not end in a char that usually follows names (巴特尔|和).
    """
    tr = res["translit"]
    seg = get_segmenter()
    run = 0
    while j + run < le and run < 6 and text[j + run] in tr:
        run += 1
    if run < 2:
        return None
    head = text[j:j + 2]
    if (word_pos(text[j]) or "x")[:1] in "dcu" and seg.freq(text[j]) >= 30000:
        return None  # 才让村民, 都不能少: an adverb or conjunction opens no name
    if seg.freq(head) >= 1000 and not (word_pos(head) or "").startswith(_NAME_POS):
        return None  # 都是, 克服: a common word, not a name
    given = res["given"]
    readings = list(range(run, 1, -1))
    if (run == 2 and j + 4 <= le and all(_is_cjk(c) and c not in _NAME_BREAK and given.get(c, 0) >= 10
                                         for c in text[j + 2:j + 4]) and _strong_close(text, j + 4, res)):
        readings.insert(0, 4)  # 阿苏|建设|告诉, 阿说|红军: a Yi clan name + a Han given name (not 达瓦|自费|购买)
    for n in readings:
        name = text[j:j + n]
        if n > 2 and name[-1] in _AFTER_NAME and not _he_ends_name(text, j + n, name):
            continue
        if name in res["places"] or name[1:] in res["titles"] or (seg.freq(name) >= 50
                                                                  and not (word_pos(name) or "").startswith("nr")):
            continue
        if _slot_closed(text, j + n, res):
            return name
    return None


def _he_ends_name(text: str, e: int, name: str) -> bool:
    """巴图孟和|与妻子: 和 ends a transliterated name (孟和, 宝音和) when what follows it
    cannot follow the conjunction 和 (another joiner, 、 or a break) (per.title.translit)."""
    return len(name) >= 4 and name[-1] == "和" and (_hard_end(text, e) or text[e] in "与及、")


def _slot_pick(text: str, j: int, le: int, res: dict, nm: str | None) -> tuple[str | None, bool]:
    """Choose between the surname reading ``nm`` and a transliterated reading at ``j``.

    The surname reading stays when it is closed (马海波|说); a longer closed
    transliterated reading replaces it when it is not (斯琴毕|力格), or when the
    surname reading is closed only by a 和 that ends the longer one (巴图孟|和与).
    """
    if nm is not None and _slot_closed(text, j + len(nm), res):
        if text[j + len(nm):j + len(nm) + 1] == "和":
            sl = _slot_name(text, j, le, res)
            if sl is not None and len(sl) == len(nm) + 1 and _he_ends_name(text, j + len(sl), sl):
                return sl, True
        return nm, False
    sl = _slot_name(text, j, le, res)
    el = _element_name(text, j, le, res)
    if el is not None and (sl is None or len(el) > len(sl)):
        sl = el  # 才让扎西, 格桑多杰: Tibetan / Mongolian name elements (per.title.element)
    if sl is not None and (nm is None or len(sl) > len(nm)):
        return sl, ("element" if sl == el else True)
    return nm, False


@functools.lru_cache(maxsize=1)
def _name_elements() -> tuple[frozenset[str], int]:
    elems = frozenset(w for line in resources.words("entities_minority_given.txt") for w in line.split())
    return elems, max(len(w) for w in elems)


@rule("per.title.element", priority=50)
def _element_name(text: str, j: int, le: int, res: dict) -> str | None:
    """A name with no Han surname made of Tibetan / Mongolian given-name elements
    (才让|扎西, 格桑|多杰, 额尔敦|巴雅尔), in a name slot (after a post, role or byline title).

    Why: such names open with elements that are also common words or adverbs (才让,
    更松) or hold characters outside the transliteration syllables (多杰, 昂文), so the
    syllable run misses them; a curated list of name elements is specific enough. The
    reading must be closed (a break, a verb, a title); a lone element needs a strong close
    (a break, a speech verb, a char that follows names), and no place or place suffix."""
    elems, longest = _name_elements()
    ends: list[int] = []
    frontier = [j]
    while frontier:
        p = frontier.pop()
        for n in range(min(longest, le - p), 1, -1):
            if text[p:p + n] in elems and p + n - j <= 8 and p + n not in ends:
                ends.append(p + n)
                frontier.append(p + n)
    for e in sorted(ends, reverse=True):
        name = text[j:e]
        single = name in elems
        if name in res["places"] or _suffix_at(text, e, res) or text[e:e + 1] in ("·", "•"):
            continue
        if res["gaz"] is not None and res["gaz"].candidates(name):
            continue  # 巴音, 乌兰: also a place's name
        if _strong_close(text, e, res) if single else _slot_closed(text, e, res):
            return name
    return None


_LEAD_BY = re.compile(r"的(?:带领|帮助|组织|号召|倡议|指导|协调)下")
_SPACED_BYLINE = re.compile(r"(?:作\s者|记\s者|编\s辑|责\s*任\s*编\s*辑|通\s*讯\s*员)\s*[:：]?\s*")
_PAREN_NAMES = re.compile(r"(?:电|讯|报道)\s*[(（]([\u4e00-\u9fff]{2,4}(?:[ \u3000、][\u4e00-\u9fff]{2,4})*)[)）]")
_DOT_NAMES = re.compile(r"[·•]([\u4e00-\u9fff]{4,8})[·•]")


def _minority_name(text: str, d: int, ls: int, le: int, res: dict) -> tuple[int, str] | None:
    """The name around the dot at ``d`` (艾尔肯·吐尔逊), bounded by a title or a break on the
    left and a break, a verb-like character or a title on the right."""
    left = None
    for n in (2, 3, 4, 5, 6):
        s0 = d - n
        if s0 > ls and all(_is_cjk(c) for c in text[s0:d]) and text.endswith(res["title_tuple"], ls, s0):
            left = s0  # 书记|艾尔肯, 理事长|买买提江: the nearest title bounds the name
            break
    for n in () if left is not None else (5, 4, 3, 2):
        s0 = d - n
        if s0 < ls or not all(_is_cjk(c) for c in text[s0:d]) or text[s0] in _PREP:
            continue  # (社区的|帕提古丽: a particle starts no name)
        if (s0 == ls or not _is_cjk(text[s0 - 1]) and text[s0 - 1] not in "·•" or text[s0 - 1] in res["left_stop"]
                or text.endswith(res["title_tuple"], ls, s0)
                or (s0 - 2 >= ls and get_segmenter().freq(text[s0 - 2:s0]) >= 100
                    and (word_pos(text[s0 - 2:s0]) or "x")[:1] in "n")):  # 种植大户|买买提江
            left = s0
            break
    if left is None:
        return None
    seg = get_segmenter()
    best = None  # the longest closed reading (阿不都拉|开着, not 阿不|都), up to 4 chars
    for n in (2, 3, 4, 5, 6):
        e0 = d + 1 + n
        if e0 > le or not all(_is_cjk(c) for c in text[d + 1:e0]):
            break
        if n > 4 and not all(c in res["translit"] for c in text[d + 1:e0]):
            break  # 阿不都热合曼: past four chars only transliteration syllables
        if text[e0:e0 + 1] in ("·", "•"):
            return None
        nxt = text[e0:e0 + 2]
        closed = (_hard_end(text, e0) or text[e0] in _AFTER_NAME or text.startswith(res["title_tuple"], e0)
                  or (seg.freq(nxt) >= 500 and (word_pos(nxt) or "x")[:1] in "vtdpcr") or _dot_tail_closed(text, e0))
        tail = text[e0 - 2:e0]
        if not closed or (seg.freq(tail) >= 500 and (word_pos(tail) or "x")[:1] in "vtdpcrm"):
            continue  # (努尔兰|今年: a frequent function word is no end of a transliterated name)
        if n > 2 and text[e0 - 1] in _AFTER_NAME:
            continue  # 吐尔逊|是: the char that follows names is not their end
        if _suffix_at(text, e0 - 1, res) or _suffix_at(text, e0 - 2, res):
            return None
        best = (left, text[left:e0])
    if best is not None and (text[best[0]:d] in res["places"] or text[d + 1:best[0] + len(best[1])] in res["places"]):
        return None  # 战疫·松江: a headline column tag with a place, not a transliterated name
    return best


# adverbs that open a predicate right after its subject (买买提·艾力|正忙着, |又来到, |仍坚守)
_PREDICATE_ADVERBS = set("正又仍便曾刚才")


def _dot_tail_closed(text: str, e: int) -> bool:
    """艾力|正忙着: a dotted name's second part is closed by an adverb that opens the predicate
    (these characters do not occur in transliterated Uyghur / Kazakh name syllables)."""
    return text[e:e + 1] in _PREDICATE_ADVERBS and _is_cjk(text[e + 1:e + 2] or "a") and text[e + 1:e + 2] != "是"


def _split_names(chunk: str, res: dict) -> list[str] | None:
    """汪亚清柯为 → [汪亚清, 柯为]: a run of names, each surname-led, 2-3 chars."""
    best = None
    def rec(i: int, acc: list[str]) -> None:
        nonlocal best
        if i == len(chunk):
            score = sum(1 for n in acc if n[0] not in res["weak"]) * 10 - len(acc)
            if best is None or score > best[0]:
                best = (score, list(acc))
            return
        for n in (3, 2):
            part = chunk[i:i + n]
            if len(part) == n and part[0] in res["surnames"] and (part[1] not in _NAME_BREAK or part[1] in _SOFT_BREAK):
                rec(i + n, acc + [part])
    rec(0, [])
    return best[1] if best and len(best[1]) >= 2 else None


# 刘小平、刘小安兄弟: a kin or group noun closes the last name of a list
_KIN_GROUP = ("兄弟", "姐妹", "兄妹", "姐弟", "夫妇", "夫妻", "父子", "母女", "父女", "母子", "二人", "两人", "三人", "一家")
# 4.陆海燕（城关镇居民）：额温枪20支 — a numbered item of a donor list opens with the donor's name
_LIST_ITEM_NAME = re.compile(r"^[ \u3000\t]*\d{1,3}[.．、][ \u3000]*([\u4e00-\u9fff]{2,4})(?=[（(])", re.M)

_GIVEN_MIN = 20  # a given-name char seen at least this often in jieba's person names
_GIVEN_VERB_MIN = 60  # per.bare: a given part that is a verb needs both chars at least this name-like
_GIVEN_WEAK_OK = 100  # given chars this common let a weak surname lead a confirmed name


@rule("per.bare", priority=60)
def _bare_names(text: str, lines: list[tuple[int, int]], res: dict, others: list[Mention],
                doc: "_Doc", add, out: dict) -> None:
    """A three-char name with no title or speech verb nearby (…负责人林海青是汕尾人, 郑某某一家).

    Every signal must agree: a strong (not weak) surname starting a token, two
    given chars that jieba's person names use often, the three chars not a
    dictionary word (unless tagged nr) nor starting with one, and a verb,
    particle or break right after.
    """
    seg = get_segmenter()
    given = res["given"]
    covered = set()
    for m in others:
        if m.type in ("LOC", "ORG"):
            covered.update(range(m.start, m.end))
    surnames = res["surnames"]
    tok_start, tok_end = doc.tok_start, doc.tok_end
    strong_re = _strong_surname_chars()
    for ls, le in lines:
        k = doc.index_at(ls)
        # token starts of the line (a name starts a token) where a strong surname starts a
        # three-char token run: far fewer than its chars
        starts = []
        if k is not None:
            # (a strong surname char found by one regex scan of the line, then the token tests)
            starts = [i for i in (mc.start() for mc in strong_re.finditer(text, ls, max(ls, le - 2)))
                      if i in tok_start and (i + 3) in tok_end]
        for i in starts:
            if (i, i + 3) in out or i in covered or (i + 2) in covered:
                continue
            pt = doc.token_at(i - 1) if i > ls else None
            if (pt is not None and len(pt.text) == 1 and _is_cjk(pt.text) and pt.text not in res["left_stop"]
                    and pt.text not in _PREP and given.get(pt.text, 0) >= _GIVEN_MIN
                    and i - 2 >= ls and text[i - 2] in surnames):
                continue  # 左|秀|兰托人: surname + given char before: the end of another name
            nm = text[i:i + 3]
            g1, g2 = nm[1], nm[2]
            if g1 in _MONEY_DIGITS and (g2 == "元" or text[i + 3:i + 4] == "元"):
                continue  # 伍万元: an amount in capital numerals
            if not (_is_cjk(g1) and _is_cjk(g2)) or g1 in _NAME_BREAK or g2 in _NAME_BREAK or "之" in nm:
                continue
            if given.get(g1, 0) < _GIVEN_MIN or given.get(g2, 0) < _GIVEN_MIN or g2 in res["not_name_end"]:
                continue
            if nm[1:] in res["titles"] or (nm[1:], "right") in res["per_ctx"] or nm[1:] in res["address"]:
                continue
            if seg.freq(nm) and not (word_pos(nm) or "").startswith("nr"):
                continue
            if seg.freq(nm[:2]) >= 30 and not (word_pos(nm[:2]) or "").startswith("nr"):
                continue
            if g1 == nm[0]:
                continue  # 蒙蒙亮, 冷冷清: a reduplicated word, not surname + given name
            if g2 in _LOCATIVE and seg.freq(nm[:2]) >= 3 and (word_pos(nm[:2]) or "x")[:1] == "n" \
                    and not (word_pos(nm[:2]) or "").startswith("nr"):
                continue  # 冷库|前, 冷库|里: a noun and a locative, not a name
            if seg.freq(nm[1:]) >= 10000 and not (word_pos(nm[1:]) or "").startswith(_NAME_POS):
                continue  # 鲜|农业: the given part is a very frequent word (建国, 海军 stay names)
            if (seg.freq(nm[1:]) >= 3 and (word_pos(nm[1:]) or "x")[:1] in "vdmacpu"
                    and min(given.get(g1, 0), given.get(g2, 0)) < _GIVEN_VERB_MIN):
                continue  # 齐|上阵, 钱|不多: a verb or adverb phrase whose chars are rare in names (振兴 stays)
            if res["gaz"] is not None and res["gaz"].candidates(nm):
                continue  # 沙坪坝: a division's name (whatever the matcher made of it) is no person
            nt = doc.token_at(i + 3)
            if not (_hard_end(text, i + 3) or text[i + 3] in _AFTER_NAME
                    or (nt is not None and (word_pos(nt.text) or "x")[:1] in "vpdc")):
                continue
            add(nm, i, "per.bare")
        _bare_compound_names(text, ls, le, res, covered, doc, add, out)


@functools.lru_cache(maxsize=1)
def _strong_surname_chars() -> re.Pattern[str]:
    """A character class of the one-character surnames that are not weak (_bare_names)."""
    res = _res()
    chars = sorted(c for c in res["surnames"] if len(c) == 1 and c not in res["weak"])
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]") if chars else re.compile("(?!)")


_LOCATIVE = set("前后里内外上下中边旁")

# 董岗村|守萌伟|为卡点送来…: the place a resident is from, the resident, then the giving frame
_RESIDENT_PLACE_END = ("村", "社区", "小区", "组", "屯", "镇", "乡", "街道")
_GIVER_FRAME = ("为", "向", "给", "捐", "自费", "出资", "送来", "拿出")


@rule("per.resident", priority=60)
def _resident_names(text: str, lines: list[tuple[int, int]], res: dict, others: list[Mention], doc: "_Doc",
                    add, out: dict) -> None:
    """A three-char name right after a village, community or town and right before a giving
    frame (为/向/给/捐 …): the segmenter may glue the name to either side (村守|萌伟为) and
    the surname may be a weak one, but the place before and the frame after confirm it."""
    places = {m.text for m in others if m.type == "LOC" and m.text.endswith(_RESIDENT_PLACE_END) and len(m.text) >= 3}
    starts = {o.start for o in others if o.type in ("LOC", "ORG")}
    ends = []  # every occurrence of such a place in the article lines (村守: jieba may hide one)
    for ls, le in lines:
        for pl in places:
            k = text.find(pl, ls, le)
            while k >= 0:
                ends.append(k + len(pl))
                k = text.find(pl, k + len(pl), le)
    for p in sorted(set(ends)):
        if p >= len(text) or (p, p + 3) in out or p in starts:
            continue
        nm = name_at(text, p, res, strict=False, doc=doc)
        if nm is None or len(nm) != 3 or nm[:2] in res["compound_set"]:
            continue
        e = p + 3
        if not text.startswith(_GIVER_FRAME, e) or _suffix_at(text, e - 1, res):
            continue
        if any(res["given"].get(c, 0) < _GIVEN_WEAK_OK // 25 for c in nm[1:]):
            continue  # both given chars must occur in names
        if res["gaz"] is not None and res["gaz"].candidates(nm):
            continue
        add(nm, p, "per.resident")


def _bare_compound_names(text: str, ls: int, le: int, res: dict, covered: set[int], doc: "_Doc",
                         add, out: dict) -> None:
    """钟离思远1000元, 慕容晓辉 捐款: a compound surname that is no common word (not 东方, 西门)
    + two given-name chars, closed by a break, a digit or a verb."""
    seg = get_segmenter()
    given = res["given"]
    for mt in res["compound_re"].finditer(text, ls, le):
        sur = mt.group()
        i, g = mt.start(), mt.end()
        if g + 2 > le or i not in doc.tok_start or (i, g + 2) in out or i in covered or g + 1 in covered:
            continue
        sp = word_pos(sur) or ""
        if (seg.freq(sur) >= 500 and not sp.startswith("nr")) or sp[:1] in ("s", "v", "d", "f"):
            continue  # 东方, 西门: a common word first
        if not all(_is_cjk(c) and given.get(c, 0) >= _GIVEN_MIN and c not in _NAME_BREAK for c in text[g:g + 2]):
            continue
        if text[g + 1] in res["not_name_end"] or seg.freq(text[g:g + 2]) >= 1000:
            continue
        nt = doc.token_at(g + 2)
        if not (_hard_end(text, g + 2) or text[g + 2] in _AFTER_NAME
                or (nt is not None and nt.start == g + 2 and (word_pos(nt.text) or "x")[:1] in "vpdc")):
            continue
        add(text[i:g + 2], i, "per.bare")


def _role_word_phrase(nm: str, translit: bool, res: dict) -> bool:
    """群众齐上阵, 乡贤齐助力, 同志们补补身子: after a role word (a weak cue, unlike a post
    title) a surname-led dictionary word whose chars are rare in names is a phrase of the
    sentence, and a transliterated reading may not open with a verb or adjective."""
    seg = get_segmenter()
    if translit:
        return (word_pos(nm[:2]) or "x")[:1] in "vad" and seg.freq(nm[:2]) > 0
    given = nm[2:] if nm[:2] in res["compound_set"] else nm[1:]
    if nm[0] in res["weak"] and len(given) == 2 and min(res["given"].get(c, 0) for c in given) < 10:
        return True  # 乡亲们|能吃上: a weak surname (a modal, a preposition) and a char names never use
    if len(given) != 2 or seg.freq(given) < 50 or (word_pos(given) or "x").startswith(_NAME_POS):
        return False
    return min(res["given"].get(c, 0) for c in given) < _GIVEN_VERB_MIN


_BYLINE_DOT = re.compile(r"[\u4e00-\u9fff]{2,6}[·•][\u4e00-\u9fff]{2,6}(?=[ \u3000\n]|$)")
_COLUMN_CELL = re.compile(r"[\u4e00-\u9fff]{2,3}(?=[ \u3000]+[\u4e00-\u9fff])")


@rule("per.byline.column", priority=55)
def _column_word_name(text: str, j: int, le: int, res: dict, doc: "_Doc | None") -> str | None:
    """记者：文艺 严琳 — a byline cell that is also a common word, set off by spaces and
    followed by a cell that is a name on its own.

    Why: a byline lists its writers as space-separated cells; a cell led by a surname
    there is a name even when the dictionary knows it as a word (文艺, 高峰, 常青)."""
    m = _COLUMN_CELL.match(text, j, le)
    if m is None:
        return None
    cell = m.group()
    if not (cell[0] in res["surnames"] or cell[:2] in res["compound_set"]) or cell in res["titles"] \
            or cell[1:] in res["titles"] or any(c in _NAME_BREAK for c in cell):
        return None
    k = m.end()
    while k < le and text[k] in " \u3000":
        k += 1
    nxt = name_at(text, k, res, strict=False, doc=doc, closed=True)
    if nxt is None or not _hard_end(text, k + len(nxt)):
        return None
    return cell


def _persons(text: str, lines: list[tuple[int, int]], res: dict, others: list[Mention],
             doc: "_Doc | None" = None) -> list[Mention]:
    out: dict[tuple[int, int], Mention] = {}
    confirmed: set[str] = set()
    titles = res["titles"]

    def add(name: str, s: int, rule_name: str) -> None:
        out.setdefault((s, s + len(name)), Mention(name, "PER", s, s + len(name), rule_name))
        confirmed.add(name)

    def byline_names(j: int, le: int) -> None:
        """Names after a byline marker: 记者 乔雯 赵萌萌, across a line break inside (…)."""
        ls = text.rfind("\n", 0, j) + 1
        open_paren = text.count("(", ls, j) + text.count("（", ls, j) > text.count(")", ls, j) + text.count("）", ls, j)
        dept = re.match(r"[\u4e00-\u9fff]{2,6}(?=[ \u3000]+[\u4e00-\u9fff])", text[j:le])
        if (dept is not None and dept.group()[-1] in department_end_chars()
                and name_at(text, j, res, doc=doc, closed=True) is None):
            j += dept.end()  # 作者：政教处 龚诗雨: the writer's department first
            while j < le and text[j] in " \u3000":
                j += 1
        while j < le:
            nm, tl = _slot_pick(text, j, le, res, name_at(text, j, res, strict=False, doc=doc, closed=True))
            rule_name = ("per.byline.element" if tl == "element" else "per.byline.translit") if tl else "per.byline"
            if nm is None:
                nm = _column_word_name(text, j, le, res, doc)
                rule_name = "per.byline.column"
            md = _BYLINE_DOT.match(text, j, le)
            if md is not None:  # 记者 米娜瓦尔·艾则孜 陈刚: a dotted minority name, then the next writer
                nm, rule_name = md.group(), "per.byline.dot"
            if nm is None:
                break
            add(nm, j, rule_name)
            j += len(nm)
            k = j
            while k < len(text) and (text[k] in " \u3000\t、,，" or (open_paren and text[k] == "\n")):
                k += 1
            if k == j or k >= len(text):
                break
            if text[j:k].count("\n"):
                le = text.find("\n", k)
                le = len(text) if le < 0 else le
            if text.startswith(res["byline_tuple"], k):
                break
            j = k

    for ls, le in lines:
        # title / byline / role words followed by a name
        for end_idx, (w, _) in res["title_ac"].iter(text, ls, le):
            e = end_idx + 1
            ts = e - len(w)
            row = titles[w]
            if text[e:e + 1] and text[e] in titles and (text[e - len(w):e + 1] in titles):
                continue
            if doc is not None and len(w) >= 2 and row["kind"] == "byline":
                tok = doc.token_at(ts)
                if (tok is not None and tok.start < ts and tok.end >= e and tok.text not in titles
                        and not (tok.end == e and text[e:e + 1] in (" ", "\u3000", ":", "：", "|")
                                 and ts - tok.start >= 2 and get_segmenter().freq(text[tok.start:ts]) > 0)):
                    continue  # 作者 inside 工作者 (but 新闻|记者 唐雨桐: a byline set off by a space)
            j = e
            while j < le and text[j] in " \u3000:：\t|｜/":
                j += 1
            byline = row["kind"] == "byline"
            if not byline and text[j:j + 1] == "们":
                j += 1  # 志愿者们石磊、邱晨
            if w in ("文", "摄", "图") and not re.search(r"[(（\s/／]$", text[max(ls, e - 2):e - 1] or " "):
                continue
            if byline:
                byline_names(j, le)
                continue
            nm = name_at(text, j, res, strict=True, doc=doc,
                         titled=row["kind"] in ("post", "role") and len(w) >= 2)
            nm, tl = _slot_pick(text, j, le, res, nm)
            if nm is not None and row["kind"] == "role" and _role_word_phrase(nm, tl, res):
                nm = None
            if nm is not None:
                add(nm, j, ("per.title.element" if tl == "element" else "per.title.translit") if tl else "per.title")
            if (row["kind"] == "post" and len(w) >= 2 and (e >= le or not _is_cjk(text[e]) or text[e] in "的说表告介带指")
                    and not (ts > ls and text[ts - 1] in titles)):
                # 王建军书记的带领, 刘洋主任告诉: a name right before a post title
                for n in (3, 2):
                    s0 = ts - n
                    if s0 < ls:
                        continue
                    nm = name_at(text, s0, res, strict=True, doc=doc)
                    if nm and s0 + len(nm) == ts and (s0 == ls or not _is_cjk(text[s0 - 1])
                                                      or text[s0 - 1] in res["left_stop"] or text[s0 - 1] in "在由向请"):
                        add(nm, s0, "per.context")
                        break
        for m in _SPACED_BYLINE.finditer(text, ls, le):
            byline_names(m.end(), le)
        for m in _PAREN_NAMES.finditer(text, ls, le):
            for part in re.finditer(r"[\u4e00-\u9fff]+", m.group(1)):
                nm = name_at(part.group(), 0, res, strict=False)
                if nm == part.group():
                    add(nm, m.start(1) + part.start(), "per.byline")
        for d in (k for k in range(ls, le) if text[k] in "·•") if ("·" in text[ls:le] or "•" in text[ls:le]) else ():
            got = _minority_name(text, d, ls, le, res)
            if got is not None:
                add(got[1], got[0], "per.context")  # 艾尔肯·吐尔逊: a transliterated name
        for m in _DOT_NAMES.finditer(text, ls, le):
            parts = _split_names(m.group(1), res)
            if parts:
                p = m.start(1)
                for nm in parts:
                    add(nm, p, "per.byline")
                    p += len(nm)
        # right-context words (…说, …表示, …先生)
        for m in res["per_ctx_re"].finditer(text, ls, le):
            p = m.start()
            for n in (3, 2, 4):
                s = p - n
                if s < ls:
                    continue
                nm = name_at(text, s, res, strict=True, doc=doc)
                if nm and s + len(nm) == p and (s == ls or not _is_cjk(text[s - 1]) or text[s - 1] in res["left_stop"]
                                                or text[s - 1] in "员长"):
                    add(nm, s, "per.context")
                    break
        for m in _LIST_ITEM_NAME.finditer(text, ls, le):
            # 4.陆海燕（城关镇居民）: the whole item head must be one surname-led name
            nm = name_at(text, m.start(1), res, strict=False, doc=doc, closed=True)
            if nm == m.group(1) and not (res["gaz"] is not None and res["gaz"].candidates(nm)):
                add(nm, m.start(1), "per.list")
        # 在李华的带领下: a name between 在 and 的带领 / 的帮助 …
        for m in _LEAD_BY.finditer(text, ls, le):
            p = m.start()
            for n in (3, 2):
                s0 = p - n
                if s0 > ls and text[s0 - 1] == "在":
                    nm = name_at(text, s0, res, strict=True, doc=doc)
                    if nm and s0 + len(nm) == p:
                        add(nm, s0, "per.context")
                        break
        # A、B、C等志愿者: a list of names closed by 等 + a title or role
        for m in re.finditer("等", text[ls:le]):
            p = m.start() + ls
            if not text.startswith(res["title_tuple"], p + 1) and text[p + 1:p + 2] not in titles:
                continue
            found = []
            end = p
            while True:
                got = _name_ending_at(text, end, ls, res, doc)
                if got is None:
                    break
                found.append(got)
                if got[0] > ls and text[got[0] - 1] == "、":
                    end = got[0] - 1
                    continue
                break
            if len(found) >= 2:
                for s0, nm in found:
                    add(nm, s0, "per.enum")
    if doc is not None:
        _bare_names(text, lines, res, others, doc, add, out)
        _resident_names(text, lines, res, others, doc, add, out)
    # enumerations: A、B、C with one confirmed name
    changed = True
    while changed:
        changed = False
        for (s, e), m in list(out.items()):
            sep = text[e:e + 1]
            if sep in ("、", ",", "，") or (sep in "和与及" and sep and text[s - 1:s] == "、"):
                # A、B和C: the last of a list joined by 和 / 与 / 及
                nm = name_at(text, e + 1, res, strict=sep != "、", doc=doc)
                if nm and (e + 1, e + 1 + len(nm)) not in out:
                    ne = e + 1 + len(nm)
                    if (_hard_end(text, ne) or text[ne] in _AFTER_NAME or text.startswith(_KIN_GROUP, ne)
                            or (sep == "、" and text.startswith(res["enum_follow"], ne))):
                        # A、B主动报名: the list's shared predicate opens with an adverb
                        add(nm, e + 1, "per.enum")
                        changed = True
            if s > 0 and text[s - 1] == "、":
                for n in (3, 2):
                    ps = s - 1 - n
                    nm = name_at(text, ps, res, strict=False, doc=doc) if ps >= 0 else None
                    if nm and ps + len(nm) == s - 1 and (ps, s - 1) not in out:
                        add(nm, ps, "per.enum")
                        changed = True
                        break
    # a short form of a dotted name (艾尔肯 for 艾尔肯·吐尔逊) is not another person
    dotted = {m.text.split("·")[0] for m in out.values() if "·" in m.text}
    for key in [k for k, m in out.items() if m.text in dotted]:
        confirmed.discard(out[key].text)
        del out[key]
    # every other occurrence of a confirmed name
    for name in list(confirmed):
        if len(name) < 2:
            continue
        n = len(name)
        for ls, le in lines:
            s = text.find(name, ls, le)
            while s >= 0:  # non-overlapping occurrences, as re.finditer gave
                if (s, s + n) not in out:
                    out[(s, s + n)] = Mention(name, "PER", s, s + n, "per.repeat")
                s = text.find(name, s + n, le)
    return list(out.values())


# ---------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------
def extract_mentions(text: str, zones: Sequence[Span] | None = None) -> list[Mention]:
    """All PER/ORG/LOC mentions inside the article zones, overlaps resolved."""
    res = _res()
    lines = article_lines(text, zones)
    cands: list[Mention] = []
    doc = _Doc(text, lines)
    for ls, le in lines:
        line = _Line(doc, ls, le)
        _gazetteer(line, res)
        _road_codes(line, res)
        _national(line, res)
        _landmarks(line, res)
        _waterside(line, res)
        _quoted_shop(line, res)
        for s, e, kind, row in _suffix_matches(line, res):
            if kind == "PLACE":
                _place_by_suffix(line, s, e, row, res)
            else:
                _org_by_suffix(line, s, e, row, res)
        cands.extend(m for m in line.mentions if not _posted_from(text, m))
    if doc.doubtful:
        cands = _drop_unsupported(cands, doc.doubtful)
    cands = _translit_village_heads(text, cands, res)
    cands.extend(_enumerated_places(text, cands, res))
    cands.extend(_listed_compounds(text, cands, res))
    cands.extend(_persons(text, lines, res, cands, doc))
    cands.extend(_site_owner(text, zones, doc, res))
    cands = _split_run_together(cands, res)
    cands = _org_aliases(text, lines, cands, res)
    cands = [m for m in cands if not _law_title(text, m)]
    kept = resolve_overlaps(cands)
    kept.extend(_bare_branches(text, lines, kept))
    # a bare class word (高新区, 街道) may start an org name but is no place of its own
    kept = [m for m in kept if not (m.type == "LOC" and m.text in res["place_suf"])]
    return _fill_full(kept)


_LAW_ENDS = ("法", "章程", "条例")


@rule("org.law_title", priority=5)
def _law_title(text: str, m: Mention) -> bool:
    """《中华人民共和国红十字会法》: a body's name inside the title of a law or charter is no
    mention of the body (the title closes with 》 right after 法 / 条例 / 章程)."""
    if m.type != "ORG":
        return False
    tail = next((t for t in _LAW_ENDS if text.startswith(t, m.end)), None)
    if tail is None or not text.startswith("》", m.end + len(tail)):
        return False
    opened = text.rfind("《", max(0, m.start - 20), m.start + 1)
    return opened >= 0 and "》" not in text[opened:m.start]


_VILLAGE_ENDS = ("嘎查", "村")


@rule("loc.suffix.translit", priority=40)
def _translit_village_heads(text: str, cands: list[Mention], res: dict) -> list[Mention]:
    """巴彦|宝力格嘎查, 阿克|铁热克村: a village (嘎查) name of Mongolian or Uyghur words runs
    longer than the suffix rule's stem, and its head may also be a county's short form (巴彦).

    Why: a run of two or three transliteration syllables glued before a village found by
    its suffix, right after a town-level place or a break, is the start of that village's
    name, not a place of its own (up to 7 chars of stem in all)."""
    tr = res["translit"]
    seg = get_segmenter()
    loc_end = {m.end for m in cands if m.type == "LOC"}
    out = list(cands)
    for m in cands:
        if m.type != "LOC" or not m.rule.startswith("loc.suffix") or not m.text.endswith(_VILLAGE_ENDS):
            continue
        suf = next(v for v in _VILLAGE_ENDS if m.text.endswith(v))
        k = None
        for n in (3, 2):  # 罕苏木苏木|巴彦: the run starts where a place ends or after a break
            k0 = m.start - n
            if (k0 >= 0 and all(c in tr for c in text[k0:m.start]) and len(m.text) - len(suf) + n <= 7
                    and (k0 == 0 or not _is_cjk(text[k0 - 1]) or k0 in loc_end)):
                k = k0
                break
        if k is None:
            continue
        run = text[k:m.start]
        if seg.freq(run) >= 50 and not (word_pos(run) or "").startswith(_NAME_POS):
            continue
        inner = [o for o in out if o.type == "LOC" and k <= o.start and o.end <= m.start]
        if any(o.start != k or o.end != m.start for o in inner):
            continue
        out = [o for o in out if o is not m and o not in inner]
        out.append(Mention(text[k:m.end], "LOC", k, m.end, "loc.suffix.translit"))
    return out


# 由村党支部统一组织: 由 before the bare branch is a clause opener, not part of a name
_BARE_BRANCH = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=由))(村|社区)(党支部|党总支)")


# 院党委 / 该校党总支: the Party body of the article's hospital or school, written short
_UNIT_BRANCH = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[该由、]))(院|校)(党委|党总支|党支部)")
_UNIT_HEADS = {"院": ("医院", "卫生院", "学院", "中医院", "保健院"), "校": ("学校", "中学", "小学", "大学", "学院")}


def _bare_branches(text: str, lines: Sequence[tuple[int, int]], kept: Sequence[Mention]) -> list[Mention]:
    """，村党支部书记 / 、社区党支部: the branch of the one village or community the article
    leaves without a named branch (with a named one it is that one's short form).

    Why: an article about one village calls its branch bare; an article over several
    communities (永宁街社区 … 解放路社区, 社区党支部制定…) means each one's, a class."""
    out: list[Mention] = []
    for ls, le in lines:
        for m in _UNIT_BRANCH.finditer(text, ls, le):
            # 院党委 needs a hospital (or academy) in the article, 校党委 a school
            unit = m.group(1)
            if any(k.type == "ORG" and k.text.endswith(_UNIT_HEADS[unit]) for k in kept) \
                    and not any(k.start <= m.start() < k.end for k in kept if k.type == "ORG"):
                out.append(Mention(m.group(), "ORG", m.start(), m.end(), "org.locale"))
    if not any(k.type == "LOC" for k in kept):
        return out  # a locale-relative body needs a locale in the article to point at
    for ls, le in lines:
        for m in _BARE_BRANCH.finditer(text, ls, le):
            unit, head = m.group(1), m.group(2)
            places = {k.text for k in kept if k.type == "LOC" and k.text.endswith(unit) and len(k.text) > len(unit)}
            named = {p for p in places if any(o.type == "ORG" and o.text.endswith(p + head) for o in kept)}
            if len(places - named) <= 1:
                # with a named branch and one more place, the bare one is that place's: its own node
                own = m.group() if named and places - named else None
                out.append(Mention(m.group(), "ORG", m.start(), m.end(), "org.locale", own))
    return out


def _posted_from(text: str, m: Mention) -> bool:
    """发表于新疆: the WeChat line's poster location is platform noise, not a place of the story."""
    return m.type == "LOC" and text[max(0, m.start - 3):m.start] == "发表于"


_SITE_KINDS = ("company", "hospital", "school", "social")
_SITE_SEP = re.compile(r"\s*[|｜]\s*|[ \u3000\t]{1,}")


@rule("org.site", priority=25)
def _site_owner(text: str, zones: Sequence[Span] | None, doc: _Doc, res: dict) -> list[Mention]:
    """莱阳市仁济医院 as the first line of the page, above the article: the site's owner.

    Why: a company, hospital, school or association page names its publisher once in
    the header, and the body calls it 我院 / 集团; the annotators list it.  (A
    government portal's header is left out, as they do.)"""
    if not zones:
        return []
    first = min(z.start for z in zones)
    k = 0
    while k < first and text[k] in " \u3000\t\r\n\ufeff":
        k += 1
    e = text.find("\n", k)
    e = len(text) if e < 0 else e
    if k >= first or e > first:
        return []
    ls, le = k, e
    m_sep = _SITE_SEP.search(text, ls, le)
    if m_sep is not None:  # 邓州市仁和医院 | 医院概况 | 新闻动态: the site name, then its menu
        le = m_sep.start()
    while le > ls and text[le - 1] in " \u3000\t\r":
        le -= 1
    if not 4 <= le - ls <= 20 or not all(_is_cjk(c) for c in text[ls:le]):
        return []
    sub = _Doc(text, [(ls, le)])
    line = _Line(sub, ls, le)
    _gazetteer(line, res)
    for s, e2, kind, row in _suffix_matches(line, res):
        if kind == "ORG":
            _org_by_suffix(line, s, e2, row, res)
    whole = next((m for m in line.mentions if m.type == "ORG" and m.start == ls and m.end == le), None)
    if whole is None:
        return []
    head = max((suf for suf in res["org_suf"] if whole.text.endswith(suf)), key=len, default=None)
    if head is None or res["org_suf"][head]["kind"] not in _SITE_KINDS:
        return []
    nested = [m for m in line.mentions if m.type == "LOC" and ls <= m.start and m.end <= le]
    return [replace(whole, rule="org.site"), *nested]


_COMPANY_HEADS = ("集团股份有限公司", "集团有限责任公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "集团")
_OPEN_BRACKETS = "（("
_CLOSE_BRACKETS = "）)"


def _brand_core(m: Mention, cands: Sequence[Mention]) -> str | None:
    """烟台|鲁东食品|有限公司 → 鲁东食品: a company name without its leading places and head."""
    head = next((h for h in _COMPANY_HEADS if m.text.endswith(h)), None)
    if head is None:
        return None
    p = m.start
    while True:
        loc = max((c for c in cands if c.type == "LOC" and c.start == p and c.end < m.end - len(head)),
                  key=lambda c: c.end, default=None)
        if loc is None:
            break
        p = loc.end
    core = m.text[p - m.start:len(m.text) - len(head)]
    return core if 4 <= len(core) <= 8 and all(_is_cjk(c) for c in core) else None


@rule("org.alias", priority=45)
def _org_aliases(text: str, lines: Sequence[tuple[int, int]], cands: list[Mention], res: dict) -> list[Mention]:
    """Other forms the article uses for a company or body it names in full.

    Why: agents and position orgs are often written short after the full name
    (烟台鲁东食品有限公司 … 鲁东食品总经理), and a bracket after a name gives its
    other name (北仑区工商联（总商会）); the graph wants one node for each.
    """
    out = list(cands)
    orgs = [m for m in cands if m.type == "ORG"]
    by_start = {(m.start, m.end): i for i, m in enumerate(out) if m.type == "ORG"}
    for m in orgs:  # 工商联（总商会）
        if text[m.end:m.end + 1] and text[m.end:m.end + 1] in _OPEN_BRACKETS:
            inner = next((o for o in orgs if o.start == m.end + 1 and text[o.end:o.end + 1] in _CLOSE_BRACKETS), None)
            if inner is not None and inner.full is None:
                out[by_start[(inner.start, inner.end)]] = replace(inner, full=m.text)
    covered = [(m.start, m.end) for m in cands]
    seen: set[str] = set()
    for m in orgs:
        if any(o.start == m.start and o.end > m.end for o in orgs):
            continue  # 陕西秦宏物流集团 inside 陕西秦宏物流集团有限公司: the full name owns the short form
        core = _brand_core(m, cands)
        if core is None or core in seen:
            continue
        seen.add(core)
        brand = _bare_brand(core)
        if brand is not None:
            out = _mend_cut_brand(text, out, brand)
            covered = [(c.start, c.end) for c in out]
        for ls, le in lines:
            for form in (core, brand) if brand is not None else (core,):
                k = text.find(form, ls, le)
                while k >= 0:
                    e = k + len(form)
                    if not any(a < e and k < b for a, b in covered) and (form == core or _brand_ends(text, e)):
                        out.append(Mention(form, "ORG", k, e, "org.alias", full=m.text))
                        covered.append((k, e))
                    k = text.find(form, e, le)
    return out


def _bare_brand(core: str) -> str | None:
    """鑫同辉食品 → 鑫同辉: a coined brand (no dictionary word) before a trade noun, which
    the article may write alone (鑫同辉在行动, 鑫同辉公司)."""
    seg = get_segmenter()
    for n in (2, 3):
        brand, trade = core[:-n], core[-n:]
        if len(brand) < 3 or seg.freq(trade) < 300 or not (word_pos(trade) or "").startswith(("n", "vn")):
            continue
        if seg.freq(brand) == 0 and all(seg.freq(brand[k:k + 2]) < 300 for k in range(len(brand) - 1)):
            return brand
    return None


def _brand_ends(text: str, e: int) -> bool:
    """The bare brand is a name here: a break, a company head or a verb-like char follows."""
    return _hard_end(text, e) or text[e] in _AFTER_NAME or text.startswith(("公司", "集团", "在", "有限"), e)


@rule("org.brand", priority=20)
def _mend_cut_brand(text: str, cands: list[Mention], brand: str) -> list[Mention]:
    """辉公司 in 鑫同辉公司党支部 (鑫|同|辉 at a line start): an org that starts inside a brand
    the article names in full starts at the brand."""
    out = []
    for c in cands:
        if c.type == "ORG" and c.rule.split(":")[0] == "org.suffix":
            for k in range(1, len(brand)):
                x = c.start - k
                if x >= 0 and text.startswith(brand, x) and c.text.startswith(brand[k:]):
                    c = replace(c, text=text[x:c.end], start=x, rule="org.brand")
                    break
        out.append(c)
    return out


def _split_run_together(cands: list[Mention], res: dict) -> list[Mention]:
    splitter = res["splitter"]
    if splitter is None:
        return cands
    out: list[Mention] = []
    for m in cands:
        if m.type == "LOC" and m.rule in ("loc.suffix",):
            try:
                parts = splitter(m.text)
            except Exception:  # noqa: BLE001
                parts = [m.text]
            if parts and len(parts) > 1 and "".join(parts) == m.text:
                pos = m.start
                for ptxt in parts:
                    out.append(Mention(ptxt, "LOC", pos, pos + len(ptxt), "loc.split"))
                    pos += len(ptxt)
                continue
        out.append(m)
    return out


def _fill_full(mentions: list[Mention]) -> list[Mention]:
    """Short / locale-relative forms point at the fuller name the article gives."""
    by_type: dict[str, set[str]] = {}
    starts: dict[str, list[int]] = {}
    for m in mentions:
        by_type.setdefault(m.type, set()).add(m.text)
        starts.setdefault(m.text, []).append(m.start)
    ordered = {t: sorted(ns) for t, ns in by_type.items()}
    out = []
    loc_best: dict[str, str | None] = {}  # a LOC's fuller name depends on its text alone
    for m in mentions:
        if m.type == "PER":
            out.append(m)
            continue
        if m.type == "LOC" and m.text in loc_best:
            best = loc_best[m.text]
            out.append(replace(m, full=best) if best and m.full is None else m)
            continue
        best = None
        best_key = None
        for n in ordered[m.type]:
            if len(n) <= len(m.text):
                continue
            if (m.type == "ORG" and n.endswith(m.text) and (m.text[0] in LEVEL_CHARS or len(m.text) <= 4)
                    and not n[:-len(m.text)].endswith("委")):  # 县政府 is not 遂平县委县政府
                if m.text[0] in LEVEL_CHARS and n[-len(m.text) - 1:-len(m.text)] != m.text[0] and not _level_of(n, m.text):
                    continue
                # 水头镇侨联 … 翔云镇侨联 … 镇侨联: the nearest fuller name before it, else the shortest
                before = [st for st in starts[n] if st < m.start]
                key = (0, m.start - max(before), len(n)) if before else (1, len(n), 0)
                if best_key is None or key < best_key:
                    best, best_key = n, key
            elif m.type == "LOC" and n.startswith(m.text) and len(n) - len(m.text) <= 2 and n[-1] in "省市县区镇乡村":
                # 绥芬河 with 绥芬河市 and 绥芬河镇: the shortest, then the higher level (the city)
                rank = (len(n), "省市县区镇乡村".index(n[-1]), n)
                if best_key is None or rank < best_key:  # best_key: the rank of the best so far
                    best, best_key = n, rank
            elif m.type == "LOC" and best is None and _autonomous_full(n, m.text):
                # 东乡 with 东乡族自治县 (loc.autonomous_short); a level-suffixed form found later wins
                best, best_key = n, (len(n), len("省市县区镇乡村"), n)
        if m.type == "LOC":
            loc_best[m.text] = best
        out.append(replace(m, full=best) if best and m.full is None else m)
    return out


_AUTONOMOUS_ENDS = ("自治县", "自治旗", "自治州")


def _autonomous_full(full: str, short: str) -> bool:
    """东乡 ⊂ 东乡族自治县, 都安 ⊂ 都安瑶族自治县: the short form of an autonomous county or
    prefecture drops the ethnic names and the suffix; the gazetteer must know it as the
    same division's short form."""
    if not (full.startswith(short) and full.endswith(_AUTONOMOUS_ENDS) and len(short) >= 2):
        return False
    gaz = _res()["gaz"]
    if gaz is None:
        return True
    codes = {d.code for d in gaz.candidates(full)}
    return any(d.code in codes for d in gaz.candidates(short))


def _level_of(full: str, short: str) -> bool:
    """县红十字会 ⊂ 桃江县红十字会: the level char of the short form closes a place in the full one."""
    return full.endswith(short)
