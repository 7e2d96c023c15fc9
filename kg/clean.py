"""Raw article text → simplified, de-noised text with an exact offset map.

Scraped pages carry noise that would otherwise become entities: pinyin
readings glued to characters (``區(qū)``), traditional characters, full-width
forms, zero-width and control characters, mojibake, and page furniture
(navigation, related-news lists, share prompts, copyright footers).  ``clean``
removes or normalises the character noise while keeping ``raw_index`` exact
(every clean character points at the raw character it came from), marks the
article proper as ``zones`` and reads the ``Meta`` (title, date, sources).

Every step works on ``(text, index)`` pairs and only ever drops characters or
replaces one character by one character, so the map never drifts.
"""
from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .model import Article, CleanText, Meta, Span
from .resources import table, words

YEAR_MIN, YEAR_MAX = 2019, 2023  # publication years that are plausible for this corpus kind

# --------------------------------------------------------------------------- character level

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PY = "a-zü" + _TONED
_CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# a reading right after a CJK char: ( letters with at least one tone mark )
_PINYIN = re.compile(rf"(?<=[{_CJK_CLASS}])\((?=[{_PY}]*[{_TONED}])[{_PY}]{{1,7}}\)")
_NEUTRAL = re.compile(
    rf"(?<=[{_CJK_CLASS}])\((?:de|le|me|men|zi|ge|ma|ne|ba|zhe|tou|li|shang|xia|mian|r)\)"
)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]")
# controls (not \n \t \r), zero-width, bidi, BOM, soft hyphen, CRLF's \r
_DROP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
    "|\r(?=\n)"
)
# mojibake: UTF-8 read as Latin-1/cp1252 (é¦–é¡µ), 锟斤拷/烫烫烫, U+FFFD runs
_LATIN_MOJI = "\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE = re.compile(
    rf"(?=[{_LATIN_MOJI}]*[\u00c0-\u00ff])[{_LATIN_MOJI}]{{3,}}"
    r"|(?:锟斤拷)+锟?|(?:烫){3,}|(?:屯){3,}|\ufffd+"
)
# '?' placeholders that stood for full-width spaces at the start of a line
_QMARK_INDENT = re.compile(rf"(?m)^[ \t]*\?[? \t]*(?=[{_CJK_CLASS}“\"])")
_SPACES = re.compile(r"(?m)(?<= ) +|^ +| +(?=\n)| +\Z")
_NEWLINES = re.compile(r"(?<=\n\n)\n+|\A\n+|\n+\Z")


@lru_cache(maxsize=1)
def _width_table() -> dict[int, str]:
    """NFKC where it maps one char to one char (full-width → ASCII etc.)."""
    tab: dict[int, str] = {}
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        n = unicodedata.normalize("NFKC", ch)
        if n != ch and len(n) == 1 and n not in "\n\r":
            tab[cp] = n
    for ch in "\t\u3000\u00a0\u2002\u2003\u2009\u200a\u202f\u205f":
        tab[ord(ch)] = " "
    tab[ord("\r")] = "\n"  # a lone CR is a line break
    tab[ord("\u2028")] = "\n"
    tab[ord("\u2029")] = "\n"
    return tab


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def _drop(text: str, idx: list[int], pattern: re.Pattern[str], blank: bool = False) -> tuple[str, list[int]]:
    """Remove every match of ``pattern`` (or, with ``blank``, replace it by one space mapped
    to the match start); the map skips the removed chars."""
    parts: list[str] = []
    iparts: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        s, e = m.span()
        if s == e:
            continue
        parts.append(text[pos:s])
        iparts.extend(idx[pos:s])
        if blank:
            parts.append(" ")
            iparts.append(idx[s])
        pos = e
    if pos == 0:
        return text, idx
    parts.append(text[pos:])
    iparts.extend(idx[pos:])
    return "".join(parts), iparts


def to_simplified(text: str) -> str:
    """OpenCC t2s that never changes the length (char-wise where phrases would)."""
    cc = _t2s()
    out = cc.convert(text)
    if len(out) == len(text):
        return out
    lines = text.split("\n")
    res: list[str] = []
    for line in lines:
        conv = cc.convert(line)
        if len(conv) != len(line):
            chars = []
            for ch in line:
                c = cc.convert(ch)
                chars.append(c if len(c) == 1 else ch)
            conv = "".join(chars)
        res.append(conv)
    return "\n".join(res)


def normalise(raw: str) -> tuple[str, list[int]]:
    """Character-level cleaning of ``raw``; returns text and its raw index map."""
    text, idx = raw, list(range(len(raw)))
    text, idx = _drop(text, idx, _ANSI)
    text, idx = _drop(text, idx, _DROP)
    text, idx = _drop(text, idx, _MOJIBAKE, blank=True)  # before NFKC folds µ → μ
    text = text.translate(_width_table())
    had_readings = _PINYIN.search(text) is not None
    text, idx = _drop(text, idx, _PINYIN)
    if had_readings and _NEUTRAL.search(text):  # toneless readings only where toned ones were
        text, idx = _drop(text, idx, _NEUTRAL)
    text, idx = _drop(text, idx, _QMARK_INDENT)
    text = to_simplified(text)
    text, idx = _drop(text, idx, _SPACES)
    text, idx = _drop(text, idx, _NEWLINES)
    return text, idx


# --------------------------------------------------------------------------- line classes

@dataclass(frozen=True)
class _Rule:
    kind: str
    action: str
    maxlen: int
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    return tuple(
        _Rule(r["kind"], r["action"], int(r["maxlen"]), re.compile(r["pattern"]))
        for r in table("boilerplate.tsv")
    )


_SENTENCE_END = re.compile(r"[。！？!?]")
_SENT_PUNCT = re.compile(r"[。，,；;！!？?、]")
_DATE = re.compile(
    r"(?<!\d)(20\d{2})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?)(?!\d)"
)
_TIME = re.compile(r"^\s*(?:[日号])?\s*\d{1,2}[:：]\d{2}")
_LABEL = re.compile(
    r"(来\s*源|稿\s*源|出\s*处|发布时间|发布日期|发表时间|更新时间|时\s*间|日\s*期|发\s*布|作\s*者|编\s*辑|责任编辑|投\s*稿|栏\s*目)\s*[:：]"
)
_DATE_LABEL = re.compile(r"(发布时间|发布日期|发表时间|时\s*间|日\s*期|发\s*布|更新时间)\s*[:：]\s*$")
_LEAD = re.compile(
    r"^[【\[]?(?P<src>[^\s，。,:：;；“”\"]{2,40}?)(?:\d{1,2}月\d{1,2}日)?(?:讯|消息|电)(?=\s*[(（【\[]|\s+\S|\s*记者|\s*通讯员|\s*$)"
)
_CAPTION = re.compile(r"(摄\s*[)）]?\s*$|^[(（]?图[为片]?\s*[:：]|摄影\s*[:：/])")
_MENU_TOKEN_MAX = 6
# a byline without a label colon: 喀什日报记者 阿依努尔 通讯员 热依拉 / 文/图 沈佳怡
_BYLINE = re.compile(rf"(?:^|[\s(（])\S{{0,12}}(?:记者|通讯员|实习生)\s*[{_CJK_CLASS}·]{{2,}}|^[文图]\s*[/／]\s*[图文]?\s*\S")


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _is_menu(line: str) -> bool:
    """A run of short space-separated link labels (site menus, province lists)."""
    toks = line.split()
    if len(toks) < 3 or _SENT_PUNCT.search(line):
        return False
    if not all(len(t) <= _MENU_TOKEN_MAX for t in toks):
        return False
    # headlines in chunks (众志成城 抗击疫情 我们在行动) have longer chunks than menus
    return len(toks) >= 5 or sum(map(len, toks)) / len(toks) <= 4


def _is_body(line: str) -> bool:
    """A body paragraph: long and made of sentences."""
    return len(line) >= 30 and len(_SENT_PUNCT.findall(line)) >= 2


def _classify(line: str) -> str:
    """One of blank, nav, menu, line, tail, keep, content."""
    s = line.strip()
    if not s:
        return "blank"
    n = len(s)
    for rule in _rules():
        if rule.maxlen and n > rule.maxlen:
            continue
        if rule.pattern.search(s):
            return rule.action
    if _is_menu(s):
        return "menu"
    return "content"


def _is_anchor(line: str) -> bool:
    """A dateline, byline or news lead: the headline sits right above it."""
    s = line.strip()
    if _LEAD.match(s) or _is_body(s):
        return True
    if len(s) <= 160 and (_LABEL.search(s) or any(_plausible(m) for m in _DATE.finditer(s))):
        return True
    return len(s) <= 80 and bool(_BYLINE.search(s))


def _plausible(m: re.Match[str]) -> str | None:
    """ISO form of a date match inside the plausible publication range."""
    y = int(m.group(1))
    mo = int(m.group(2) or m.group(4))
    d = int(m.group(3) or m.group(5))
    day = _iso(y, mo, d)  # a real calendar day: 2021-02-30 is not a date (nor a valid xsd:date)
    return day.isoformat() if day else None


# --------------------------------------------------------------------------- meta

@lru_cache(maxsize=1)
def _source_words() -> tuple[frozenset[str], tuple[str, ...]]:
    stop = frozenset(words("source_stop.txt"))
    suffixes = tuple(sorted(words("outlet_suffixes.txt"), key=len, reverse=True))
    return stop, suffixes


_SRC_LABEL = re.compile(r"(?:来\s*源|稿\s*源|出\s*处|转\s*自|转载自)\s*[:：]\s*")
_SUBMIT_LABEL = re.compile(r"投\s*稿\s*[:：]\s*")
_SRC_VALUE = re.compile(r"[^\s:：，,。;；|()（）\[\]【】“”\"'<>《》]{2,40}")
_SRC_CUT = re.compile(
    r"(发布时间|发布日期|发表时间|时间|日期|作者|责任编辑|编辑|责编|记者|通讯员|点击|阅读|浏览|字号|投稿|发布者|审核|来源|http|www\.|\d{4}[-/.年])"
)
_SRC_SPLIT = re.compile(r"[、/·\-|&＆]+")
_PAREN = re.compile(r"[(（][^()（）]*[)）]")
_NOT_STANCE = re.compile(r"不代表(?P<src>[^\s，。,:：;；“”]{2,20}?)(?:的)?(?:立场|观点)")
_REPORTER = re.compile(r"(?:^|[(（\s])(?P<src>[^\s，。,:：;；(（“”]{2,20}?)(?:首席)?(?:记者|通讯员)")
_TITLE_SEP = re.compile(r"\s*(?:[-_|—–]|\s-\s)\s*")


# WeChat page furniture: "2022-09-06 21:18 发表于四川" and "以下文章来源于绵阳日报，作者…"
_WECHAT_POSTED = re.compile(r"发表于\S{0,8}")
_WECHAT_FROM = re.compile(r"^以下文章来源于\s*(?P<src>[^\s，,。：:]{2,30}?)\s*(?:[，,]|$)")
_ACCOUNT = re.compile(rf"[{_CJK_CLASS}A-Za-z0-9]{{2,20}}")
_PAGE_MARK = re.compile(r"第?[A-Z]{0,2}\d{1,3}版(?:[:：]\S{0,8})?|星期[一二三四五六日天]")  # e-paper: 第A1版：要闻
_COPYRIGHT = re.compile(r"版权所有\s*(?:[:：]|©|\(c\)|（c）)?\s*(?P<after>[^\s，,。|｜]{2,40})|(?P<before>[^\s，,。|｜©]{2,40})\s*版权所有")


@lru_cache(maxsize=1)
def _org_heads() -> tuple[str, ...]:
    return tuple(sorted((r["suffix"] for r in table("org_suffixes.tsv") if len(r["suffix"]) >= 2),
                        key=len, reverse=True))


def _site_owner(lines: list[str], tail_idx: int) -> list[str]:
    """Who runs the site, for pages that name no outlet (a company's, school's or hospital's own news).

    The copyright line of the footer (版权所有：X / X版权所有), else a page's first line when
    it is just an organisation's name (衡东县育才中学 above the site menu).
    """
    out: list[str] = []
    for line in lines[max(0, tail_idx):]:
        m = _COPYRIGHT.search(line.strip())
        if m:
            name = (m.group("after") or m.group("before") or "").strip("©:： ")
            name = _SRC_CUT.split(name)[0] if name else name
            if name and (name.endswith(_org_heads()) or _outlet_cut(name) == name):
                out.append(name)
            break
    first = next((ln.strip() for ln in lines if ln.strip()), "")
    head = re.split(r"\s*[|｜]\s*|\s{2,}|\u3000", first)[0].strip()
    if _ACCOUNT.fullmatch(head) and len(head) >= 4 and head.endswith(_org_heads()):
        out.append(head)
    return out


def _outlet_cut(value: str) -> str | None:
    """Cut ``value`` right after its last outlet suffix (中国侨网福州 → 中国侨网)."""
    _, suffixes = _source_words()
    best = -1
    for suf in suffixes:
        i = value.rfind(suf)
        if i > 0 and i + len(suf) > best:
            best = i + len(suf)
    return value[:best] if best > 0 else None


def _good_source(name: str, title: str | None) -> bool:
    stop, _ = _source_words()
    if len(name) < 2 or name in stop or name == title:
        return False
    if not re.search(f"[{_CJK_CLASS}A-Za-z]", name) or re.fullmatch(r"[\d\W_]+", name):
        return False
    return True


def _src_values(s: str) -> list[str]:
    """Names after a 来源: label, cut at the next field label."""
    out = []
    m = _SRC_VALUE.match(s)
    if not m:
        return out
    value = m.group(0)
    cut = _SRC_CUT.search(value)
    if cut:
        value = value[: cut.start()]
    for part in _SRC_SPLIT.split(value):
        part = part.strip()
        if part:
            out.append(part)
    return out


def _lead_sources(s: str) -> list[str]:
    m = _LEAD.match(s)
    if not m:
        return []
    src = _PAREN.sub("", m.group("src"))
    out = []
    for part in _SRC_SPLIT.split(src):
        part = part.strip()
        if not part:
            continue
        if not _outlet_cut(part) == part:
            cut = _outlet_cut(part)
            if cut:
                part = cut
        out.append(part)
    return out


def _find_date(lines: list[str], body_idx: int) -> str | None:
    """Best dateline date: labelled or timed dates first, header before body."""
    best: tuple[int, int, str] | None = None
    limit = min(len(lines), body_idx + 1 if body_idx >= 0 else len(lines))
    for i in range(limit):
        line = lines[i]
        for m in _DATE.finditer(line):
            iso = _plausible(m)
            if iso is None:
                continue
            before = line[max(0, m.start() - 10): m.start()]
            labelled = bool(_DATE_LABEL.search(before)) or bool(_TIME.match(line[m.end():]))
            dateline = len(line) <= 160 and "星期" not in line
            if i == body_idx and not labelled:
                continue
            score = 3 if labelled else (2 if dateline else 1)
            key = (-score, i)
            if best is None or key < best[:2]:
                best = (-score, i, iso)
    return best[2] if best else None


# 2020/02/11, 202002/03, 2022-04-11, 20221117, t20200203_… in a URL's path
_URL_DATE = re.compile(r"(?<!\d)(20\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)")
_URL_YEAR = re.compile(r"(?<!\d)(20\d{2})(?:[-/_]?(?:0[1-9]|1[0-2]))?(?=[-/_.]|$)")
# 新湖南客户端2月12日讯 / 福州4月7日电: a dateline that leaves the year to the reader
_SHORT_DATELINE = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日\s*(?:讯|电|消息)")


def _iso(y: int, mo: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, mo, d) if YEAR_MIN <= y <= YEAR_MAX else None
    except ValueError:
        return None


def _url_date(url: str | None) -> tuple[datetime.date | None, int | None]:
    """The publication date (or only the year) that a CMS wrote into the URL's path."""
    if not url:
        return None, None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    for m in _URL_DATE.finditer(path):
        day = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day:
            return day, day.year
    for m in _URL_YEAR.finditer(path):
        y = int(m.group(1))
        if YEAR_MIN <= y <= YEAR_MAX:
            return None, y
    return None, None


def _short_dateline(lines: list[str], body_idx: int, year: int, near: datetime.date | None) -> str | None:
    """A year-less dateline in the header or lead, dated in ``year``.

    A dateline late in December under a January URL belongs to the year before.
    """
    limit = min(len(lines), body_idx + 1 if body_idx >= 0 else 12)
    for line in lines[:limit]:
        m = _SHORT_DATELINE.search(line)
        if not m:
            continue
        day = _iso(year, int(m.group(1)), int(m.group(2)))
        if day and near and (day - near).days > 31:
            day = _iso(year - 1, day.month, day.day)
        if day:
            return day.isoformat()
    return None


def _publication_date(lines: list[str], body_idx: int, url: str | None) -> str | None:
    """Dateline with a year first; then a year-less dateline with the URL's year; then the URL's date."""
    date = _find_date(lines, body_idx)
    if date:
        return date
    url_day, url_year = _url_date(url)
    if url_year:
        date = _short_dateline(lines, body_idx, url_year, url_day)
        if date:
            return date
    return url_day.isoformat() if url_day else None


def _meta(text: str, lines: list[str], classes: list[str], title_idx: int | None,
          body_idx: int, tail_idx: int, url: str | None) -> Meta:
    title = lines[title_idx].strip() if title_idx is not None else None
    date = _publication_date(lines, body_idx, url)
    header_end = body_idx + 1 if body_idx >= 0 else min(len(lines), 12)
    found: list[tuple[int, str]] = []  # (priority, name)

    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        in_header = i < header_end
        in_article = i < tail_idx or classes[i] == "keep"
        if in_header or in_article or len(s) <= 60:
            for m in _SRC_LABEL.finditer(s):
                if not in_header and len(s) > 80 and "(" not in s and "（" not in s:
                    continue
                if classes[i] == "tail" and not in_article:
                    continue  # 凡本网注明“来源:X” in a copyright notice
                for v in _src_values(s[m.end():]):
                    found.append((0 if in_header else 2, v))
            for m in _SUBMIT_LABEL.finditer(s):
                for v in _src_values(s[m.end():]):
                    found.append((4, v))
        if in_header or (in_article and len(s) > 40):
            for v in _lead_sources(s):
                found.append((1, v))
        if in_header and len(s) <= 40 and _DATE.search(s) and not _LABEL.search(s):
            rest = _DATE.sub(" ", s)
            rest = re.sub(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?", " ", rest).split()
            wechat = any(_WECHAT_POSTED.fullmatch(t) for t in rest)
            rest = [t for t in rest if not (_WECHAT_POSTED.fullmatch(t) or _PAGE_MARK.fullmatch(t))]
            if wechat and not rest and i > 0 and _ACCOUNT.fullmatch(lines[i - 1].strip()):
                rest = [lines[i - 1].strip()]  # the account's name on the line above its dateline
            if len(rest) == 1 and (_outlet_cut(rest[0]) == rest[0] or (wechat and _ACCOUNT.fullmatch(rest[0]))):
                found.append((3, rest[0]))
        if in_header:
            m = _WECHAT_FROM.match(s)
            if m:
                found.append((3, m.group("src")))
        if i < 3 and title:
            segs = [p for p in _TITLE_SEP.split(s) if p]
            if len(segs) >= 2 and segs[0] == title and _outlet_cut(segs[-1]) == segs[-1]:
                found.append((5, segs[-1]))
        for m in _NOT_STANCE.finditer(s):
            if _outlet_cut(m.group("src")) == m.group("src"):
                found.append((6, m.group("src")))
    if not any(p <= 2 for p, _ in found):
        for i, line in enumerate(lines[: tail_idx if tail_idx >= 0 else len(lines)]):
            s = line.strip()
            if 0 < len(s) <= 40 or (s.startswith(("(", "（"))):
                m = _REPORTER.search(s)
                if m and _outlet_cut(m.group("src")) == m.group("src"):
                    found.append((7, m.group("src")))
    if not any(p <= 3 for p, _ in found):
        found.extend((8, v) for v in _site_owner(lines, tail_idx))
    names: list[str] = []
    for _, name in sorted(found, key=lambda t: t[0]):
        name = name.strip("“”\"'《》")
        if _good_source(name, title) and name not in names:
            names.append(name)
    # 荆楚网客户端 and 荆楚网 are one outlet: keep the base name
    names = [n for n in names if not any(o != n and n.startswith(o) for o in names)]
    return Meta(title=title, date=date, sources=tuple(names), url=url)


def _find_title(lines: list[str], classes: list[str], anchor: int) -> int | None:
    """The headline: the last plausible line above the first dateline/lead/body."""
    i = anchor - 1
    while i >= 0:
        s = lines[i].strip()
        c = classes[i]
        if c == "blank" or (c == "line" and not s.startswith(("首页", "主页"))) or _CAPTION.search(s):
            i -= 1
            continue
        if c != "content":
            return None
        if 5 <= len(s) <= 80 and not s.endswith(("。", ";", "；", ",", "，")) and not _is_anchor(s):
            return i
        return None
    return None


# --------------------------------------------------------------------------- clean


def clean(article: Article) -> CleanText:
    """Normalise the raw text, mark the article proper and read the metadata."""
    text, idx = normalise(article.raw)
    idx.append(len(article.raw))
    spans = _line_spans(text)
    lines = [text[s:e] for s, e in spans]
    classes = [_classify(ln) for ln in lines]

    body_idx = next((i for i, ln in enumerate(lines) if classes[i] == "content" and _is_body(ln)), -1)
    if body_idx < 0:  # short-paragraph articles: the body begins at the first sentence
        body_idx = next(
            (i for i, ln in enumerate(lines) if classes[i] == "content" and _SENTENCE_END.search(ln)), -1
        )
    anchor = next((i for i, ln in enumerate(lines) if classes[i] in ("content", "keep") and _is_anchor(ln)), -1)
    if anchor < 0:
        anchor = body_idx
    title_idx = _find_title(lines, classes, anchor) if anchor > 0 else None
    zone_start = title_idx  # the article proper begins at a headline found above the first anchor
    if title_idx is None:
        # nothing above the first anchor (a WeChat page opens with the account's dateline,
        # 涪城发布 / 2022-09-06 21:18 发表于四川, and the headline comes after it): the headline
        # is above a later anchor, up to the body; the header above it stays in the article
        later = (i for i in range(anchor + 1, body_idx + 1)
                 if classes[i] in ("content", "keep", "menu") and _is_anchor(lines[i]))  # menu: 记者 张明 通讯员 李华
        title_idx = next((t for t in (_find_title(lines, classes, a) for a in later) if t is not None), None)

    # the footer starts at the first tail marker after the body has begun
    # (a long line only past the middle: a body sentence may quote 不代表…观点)
    tail_idx = len(lines)
    if body_idx >= 0:
        half = len(text) // 2
        for i in range(body_idx + 1, len(lines)):
            if classes[i] == "tail" and (len(lines[i]) <= 60 or spans[i][0] >= half):
                tail_idx = i
                break

    if zone_start is not None:
        start = zone_start
    else:
        start = next((i for i, c in enumerate(classes) if c in ("content", "keep")), len(lines))
    in_zone = [False] * len(lines)
    for i in range(start, tail_idx):
        # a space-separated run of short words inside the article is a byline or list, not a menu
        in_zone[i] = classes[i] in ("content", "keep", "menu")
    seen = 0
    for i in range(tail_idx, len(lines)):  # bylines right after a footer marker
        if classes[i] == "blank":
            continue
        seen += 1
        if seen > 4:
            break
        if classes[i] == "keep":
            in_zone[i] = True

    zones: list[Span] = []
    last = -1  # last zone line; zones run on across blank lines only
    for i, (s, e) in enumerate(spans):
        if not in_zone[i] or s == e:
            continue
        if zones and all(classes[j] == "blank" for j in range(last + 1, i)):
            zones[-1] = Span(zones[-1].start, e)
        else:
            zones.append(Span(s, e))
        last = i
    meta = _meta(text, lines, classes, title_idx, body_idx, tail_idx, article.url)
    return CleanText(article=article, text=text, raw_index=tuple(idx), zones=tuple(zones), meta=meta)
