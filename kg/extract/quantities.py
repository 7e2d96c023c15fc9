"""Numbers and number+unit quantities in Chinese news text.

Why a module of its own: supply events, totals and money values all hinge on
reading ``75万只``, ``近两万元``, ``20多万``, ``1,000`` the same way.  Units
come from ``kg/data/units.tsv`` (never literals here).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import resources

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9,
           # 大写 numerals of receipts and donor lists (伍万元, 壹仟元)
           "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}
_CN_NUM = "零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟"
_ARABIC = r"[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?"
_PREFIX = r"近|约|逾|超过|超|过|上|达|共计|共|合计|总计|累计"
_APPROX_WORDS = ("近", "约", "逾", "超过", "超", "过", "上", "余", "多", "左右")


@dataclass(frozen=True)
class Quantity:
    """A number with its unit; ``value`` is in yuan for money units."""

    start: int
    end: int
    value: float
    unit: str | None
    approx: bool = False
    kind: str | None = None  # units.tsv kind: count|weight|volume|money|people|other


def _cn_int(s: str) -> int | None:
    """Value of a Chinese numeral below 万 (十二, 三千五百, 二〇二〇 digit strings)."""
    if not s:
        return None
    if all(c in _DIGITS for c in s) and len(s) > 1:  # 二〇二〇: digit by digit
        return int("".join(str(_DIGITS[c]) for c in s))
    total, cur = 0, None
    for c in s:
        if c in _DIGITS:
            cur = _DIGITS[c]
        elif c in _SMALL:
            total += (1 if cur is None else cur) * _SMALL[c]
            cur = None
        else:
            return None
    if cur is not None:
        total += cur
    return total


_ASCII_DIGITS = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_LEAD_PREFIX = re.compile(rf"^(?:{_PREFIX})")
_TRAIL_APPROX = re.compile(r"(?:余|多|左右)$")
_TRAIL_MORE = re.compile(r"(?:余|多)$")
_LEAD_MORE = re.compile(r"^(?:余|多)")
_ARABIC_FULL = re.compile(_ARABIC)
_ARABIC_SMALL = re.compile(rf"({_ARABIC})([十百千])")
_BIG_DESC = tuple(sorted(_BIG.items(), key=lambda kv: -kv[1]))
_GLUED_BEFORE = _CN_NUM + "第每周"


def _arabic(s: str) -> float | None:
    s = s.translate(_ASCII_DIGITS)
    s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


@functools.lru_cache(maxsize=1 << 14)
def parse_number(s: str) -> float | None:
    """Parse a number written in Arabic or Chinese digits with 万/亿 multipliers.

    Approximation marks (近, 约, 余, 多, 左右 …) are ignored: the figure stated
    is the value.  Returns ``None`` when ``s`` is not a number.
    """
    s = s.strip()
    s = _LEAD_PREFIX.sub("", s, count=1)
    s = _TRAIL_APPROX.sub("", s, count=1)
    if not s:
        return None
    # split on big multipliers: 1302.678万, 2万5千, 5万余 (余 already stripped), 20多万
    total = 0.0
    rest = s
    matched_any = False
    for big, factor in _BIG_DESC:
        if big in rest:
            head, rest = rest.split(big, 1)
            head = _TRAIL_MORE.sub("", head, count=1)
            v = _small_number(head) if head else 1.0
            if v is None:
                return None
            total += v * factor
            matched_any = True
    rest = _LEAD_MORE.sub("", rest, count=1)
    if rest:
        v = _small_number(rest)
        if v is None:
            return None
        if matched_any and len(rest) == 1 and rest in _DIGITS:
            v *= 1000  # 两万五 = 25000: a lone digit after 万 counts thousands
        total += v
        matched_any = True
    return round(total, 6) if matched_any else None


def _small_number(s: str) -> float | None:
    if _ARABIC_FULL.fullmatch(s):
        return _arabic(s)
    if all(c in _CN_NUM for c in s):
        v = _cn_int(s)
        return float(v) if v is not None else None
    # mixed: 3千, 1.2千
    m = _ARABIC_SMALL.fullmatch(s)
    if m:
        a = _arabic(m.group(1))
        return a * _SMALL[m.group(2)] if a is not None else None
    return None


@functools.lru_cache(maxsize=1)
def units() -> dict[str, tuple[str, float]]:
    """unit → (kind, factor) from units.tsv."""
    return {r["unit"]: (r["kind"], float(r["factor"])) for r in resources.table("units.tsv")}


@functools.lru_cache(maxsize=1)
def _quantity_re() -> re.Pattern[str]:
    unit_alt = "|".join(re.escape(u) for u in sorted(units(), key=len, reverse=True))
    num = rf"(?:{_ARABIC}[千百](?![千百])|{_ARABIC}|[{_CN_NUM}]+|(?<=[过上近逾])(?=[万亿]))(?:[万亿](?:[{_CN_NUM}]+|{_ARABIC}[千百]?)?)?"
    return re.compile(
        rf"(?P<pre>{_PREFIX})?(?P<num>{num}(?:余|多)?(?:[万亿](?:余|多)?)?)\s?"
        rf"(?P<unit>{unit_alt})(?P<post>余|多|左右)?"
    )


# after 一个/一次/一份 …: these make the numeral part of a word (一次性, 一份力, 一条心)
_NOT_AFTER = re.compile(r"^(?:性|样|起|直|定|同|致|切|些|旦|齐|心|般|再|时|下|步|边|力|手|线)")


def find_quantities(text: str) -> list[Quantity]:
    """All number+unit quantities in ``text``, left to right, non-overlapping.

    ``17箱(51000个)``: both are returned; the event rules count the goods
    inside the packs (events._packed_count).  Money units
    give the value in yuan (``5万元`` → 50000, unit ``元``).
    """
    out: list[Quantity] = []
    for m in _quantity_re().finditer(text):
        q = _reading(text, m)
        if q is not None:
            out.append(q)
    return out


def quantity_at_start(text: str) -> Quantity | None:
    """The quantity ``text`` starts with, read as ``find_quantities`` reads it (or None).

    Why: the event rules ask "is there a count right here?" thousands of times; one
    anchored match is much cheaper than listing every quantity of the rest of the text."""
    m = _quantity_re().match(text)
    return _reading(text, m) if m is not None else None


def _reading(text: str, m: re.Match[str]) -> Quantity | None:
    """The quantity of one regex match, or None when the numeral belongs to a word."""
    table = units()
    num, unit = m.group("num"), m.group("unit")
    # a numeral glued to a preceding CJK numeral/word is part of a word (一次性, 统一)
    if m.start("num") > 0 and not m.group("pre"):
        prev = text[m.start("num") - 1]
        if prev in _GLUED_BEFORE and num[0] in _CN_NUM:
            return None
    if num[0] in _CN_NUM and _NOT_AFTER.match(text[m.end("unit"):]):
        return None
    mult = 1.0
    shown_unit = unit
    if "万" in unit and unit.endswith("元"):
        mult = table[unit][1]
        shown_unit = "元"
    elif unit == "亿元":
        mult = table[unit][1]
        shown_unit = "元"
    value = parse_number(num)
    if value is None:
        return None
    kind = table[unit][0]
    approx = bool(m.group("pre") and m.group("pre") in _APPROX_WORDS) or bool(m.group("post")) \
        or num.endswith(("余", "多")) or "余" in num or "多" in num
    return Quantity(m.start(), m.end(), round(value * mult, 6), shown_unit, approx, kind)


def find_money(text: str) -> list[Quantity]:
    """Money amounts only (元, 万元, and 价值N万 without 元)."""
    out = [q for q in find_quantities(text) if q.kind == "money"]
    # 价值30万 (no 元): a value phrase with a bare 万 amount
    for m in re.finditer(rf"价值(?:{_PREFIX})?((?:{_ARABIC}|[{_CN_NUM}]+)[万亿](?:余|多)?)(?!元)", text):
        v = parse_number(m.group(1))
        if v is not None and not any(q.start <= m.start(1) < q.end for q in out):
            out.append(Quantity(m.start(1), m.end(), v, "元", True, "money"))
    return sorted(out, key=lambda q: q.start)
