"""Property-based tests (hypothesis) of reading, cleaning and extraction on arbitrary input.

For any bytes/text: no exception but InputError, offsets always inside the text,
raw_index monotone and in range, and the same input twice gives the same record.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.clean import clean, normalise
from kg.errors import InputError
from kg.model import Article
from kg.read import decode, html_to_text, read_article

_N = int(os.environ.get("KG_PROPERTY_EXAMPLES", "200"))  # raise for a long bug hunt
FAST = settings(max_examples=_N, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=max(10, _N // 4), deadline=None, suppress_health_check=[HealthCheck.too_slow])

# pieces of news text, page furniture and hostile characters, glued at random
FRAGMENTS = [
    "据悉，", "2月10日，", "2020年3月2日", "桃江县红十字会", "向", "武汉市第一医院", "捐赠", "医用口罩",
    "5000个", "、", "消毒液200瓶", "。", "\n", "\n\n", "县委书记", "张明华", "出席", "有限公司", "华腾科技",
    "来源：", "桃江新闻网", "发布时间：", "责任编辑：", "首页 > 新闻 > 正文", "版权所有", "区(qū)", "馬鞍山",
    "鄭蒲港新區", "（记者 李四）", "价值10万元", "物资", "采购", "发放", "社区", "  ", "\u3000", "\t", "\r\n",
    "\x00", "\x1b[31m", "\x1b[0m", "\u202e", "\u202c", "\u200b", "\u200d", "\ufeff", "\ufffd", "锟斤拷", "é¦–é¡µ",
    "<script>alert(1)</script>", '"}> . <x> ', "\\u0022", "\\", "'", '"', "<", ">", "&amp;", "？？", "?",
    "\u2028", "\ud7ff", "𠀀", "ｱ", "Ａ", "１２３",
]
TEXT = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=40).map("".join)


def _article(raw: str) -> Article:
    return Article(doc_id="prop", path="prop.txt", raw=raw, encoding="utf-8", sha256="0")


# --------------------------------------------------------------------------- reading

@FAST
@given(st.binary(max_size=600) | TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_decode_never_crashes(data: bytes) -> None:
    try:
        text, enc = decode(data)
    except InputError as exc:
        assert exc.reason
        return
    assert isinstance(text, str) and enc


@FAST
@given(TEXT, st.sampled_from(["utf-8", "gb18030", "utf-16", "utf-8-sig"]))
def test_decode_roundtrips_text(text: str, enc: str) -> None:
    """Text kg wrote in a supported encoding comes back as that text (or a clear refusal)."""
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        return
    try:
        back, _ = decode(data)
    except InputError:
        return  # e.g. NUL-heavy or control-heavy text: refused, never garbled silently
    if enc == "utf-16" and data.startswith(b"\xff\xfe\x00\x00"):
        return  # UTF-16-LE BOM + U+0000 is byte for byte the UTF-32-LE BOM: read as UTF-32, by convention
    if enc in ("utf-8", "utf-16", "utf-8-sig"):
        # a leading U+FEFF is read as a byte-order mark, by convention
        assert back == text or (text.startswith("\ufeff") and back == text[1:])


@FAST
@given(st.binary(max_size=400), st.sampled_from([".txt", ".html"]))
def test_read_article_never_crashes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"a{suffix}"
        path.write_bytes(data)
        try:
            art = read_article(path)
        except InputError as exc:
            assert str(path) in str(exc)
            return
        assert art.raw.strip()
        art.raw.encode("utf-8", "surrogatepass")


@FAST
@given(TEXT)
def test_html_to_text_never_crashes(markup: str) -> None:
    text, url = html_to_text(markup)
    assert isinstance(text, str)
    assert url is None or isinstance(url, str)


# --------------------------------------------------------------------------- cleaning

@FAST
@given(TEXT)
def test_normalise_index_map(raw: str) -> None:
    text, idx = normalise(raw)
    assert len(idx) == len(text)
    assert all(0 <= i < len(raw) for i in idx)
    assert all(a < b for a, b in zip(idx, idx[1:]))  # strictly increasing: the map never drifts


@FAST
@given(TEXT)
def test_clean_offsets_and_determinism(raw: str) -> None:
    ct = clean(_article(raw))
    assert len(ct.raw_index) == len(ct.text) + 1
    assert ct.raw_index[-1] == len(raw)
    assert all(0 <= i <= len(raw) for i in ct.raw_index)
    assert all(a <= b for a, b in zip(ct.raw_index, ct.raw_index[1:]))
    for z in ct.zones:
        assert 0 <= z.start < z.end <= len(ct.text)
    for a, b in zip(ct.zones, ct.zones[1:]):
        assert a.end <= b.start
    for s in range(0, len(ct.text) + 1, max(1, len(ct.text) // 7)):
        r0, r1 = ct.raw_span(s, min(len(ct.text), s + 3))
        assert 0 <= r0 <= r1 <= len(raw)
    for ch in "\x00\x1b\u202e\u200b\ufeff":
        assert ch not in ct.text
    assert clean(_article(raw)) == ct


# --------------------------------------------------------------------------- extraction

@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    from kg.pipeline import process_article

    process_article(_article("据悉，桃江县红十字会向桃江县人民医院捐赠医用口罩5000个。"))  # load dictionaries once


@SLOW
@given(TEXT)
def test_extraction_offsets_and_determinism(raw: str) -> None:
    from kg.pipeline import process_article
    from kg.record import extraction_record

    ex = process_article(_article(raw))
    n = len(ex.clean.text)
    for ent in ex.entities:
        for m in ent.mentions:
            assert 0 <= m.start < m.end <= n, m
            r0, r1 = ex.clean.raw_span(m.start, m.end)
            assert 0 <= r0 < r1 <= len(raw)
    for pos in ex.positions:
        assert 0 <= pos.start <= pos.end <= n
    for ev in ex.events:
        assert 0 <= ev.start <= ev.end <= n
        for it in ev.items:
            assert 0 <= it.start <= it.end <= n
    rec = extraction_record(ex)
    assert extraction_record(process_article(_article(raw))) == rec
    import json

    json.dumps(rec, ensure_ascii=False).encode("utf-8")  # always writable as UTF-8 JSONL
