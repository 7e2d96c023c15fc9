"""kg.read: discovery, decoding cascade, HTML reduction, refusals."""
from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.model import Article, Problem
from kg.read import MAX_BYTES, decode, discover, read_all, read_article

FIXTURES = Path(__file__).parent / "fixtures" / "read"

SIMPLIFIED = "马鞍山郑蒲港新区:万众一心防疫情,组团服务暖民心。社区干部向居民发放口罩和消毒液。"
TRADITIONAL = "馬鞍山鄭蒲港新區:萬眾一心防疫情,組團服務暖民心。社區幹部向居民發放口罩和消毒液。"


@pytest.mark.parametrize(
    ("name", "payload", "expected_text", "expected_encoding"),
    [
        ("utf8.txt", SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
        ("bom.txt", codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8-sig"),
        ("u16le.txt", codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED, "utf-16"),
        ("u16be.txt", codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED, "utf-16"),
        ("gb.txt", SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030"),
        ("big5.txt", TRADITIONAL.encode("big5"), TRADITIONAL, "big5hkscs"),
    ],
)
def test_encodings(tmp_path: Path, name: str, payload: bytes, expected_text: str, expected_encoding: str) -> None:
    path = tmp_path / name
    path.write_bytes(payload)
    art = read_article(path)
    assert art.raw == expected_text
    assert art.encoding == expected_encoding
    assert art.doc_id == path.stem
    assert art.sha256 == hashlib.sha256(payload).hexdigest()
    assert art.url is None


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"", "empty"),
        (b"  \r\n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(0x80, 0x100)) * 8, "not text"),
        (b"\x01\x02\x03\x04abc\x05\x06\x07\x08" * 50, "binary"),
    ],
)
def test_refused_files(tmp_path: Path, payload: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(payload)
    with pytest.raises(InputError) as err:
        read_article(path)
    assert reason in err.value.reason
    assert str(path) in str(err.value)


def test_too_big(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(InputError, match="too big"):
        read_article(path)
    small = tmp_path / "small.txt"
    small.write_bytes("正文内容".encode() * 10)
    with pytest.raises(InputError, match="too big"):
        read_article(small, max_bytes=10)


def test_missing_file_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_article(tmp_path / "nope.txt")


def test_html_reduced_to_text() -> None:
    art = read_article(FIXTURES / "page.html")
    assert art.url == "https://news.example.cn/2020/02/10/1.html"
    assert "tracker" not in art.raw and "广告" not in art.raw and "color" not in art.raw
    lines = art.raw.split("\n")
    assert "某县开展防疫物资捐赠活动" in lines  # <h1> on its own line
    assert "来源:某某网 发布时间:2020-02-10 09:30" in lines
    assert "当前位置:首页 > 新闻 > 正文" in lines  # entities decoded
    assert lines[0] == "某县开展防疫物资捐赠活动_某某网"  # <title> first
    assert "<" not in art.raw


def test_html_detected_by_content(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<!doctype html><html><body><p>第一段</p><p>第二段</p></body></html>", encoding="utf-8")
    art = read_article(path)
    assert art.raw == "第一段\n\n第二段"  # blocks separated, blank runs collapsed


def test_html_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "gbk.html"
    markup = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>疫情防控</p></body></html>'
    path.write_bytes(markup.encode("gb18030"))
    art = read_article(path)
    assert art.raw == "疫情防控"
    assert art.encoding == "gb18030"


def test_discover_walks_sorted_and_reports(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "2.txt").write_text("二", encoding="utf-8")
    (tmp_path / "a" / "1.html").write_text("<p>一</p>", encoding="utf-8")
    (tmp_path / "a" / "skip.json").write_text("{}", encoding="utf-8")
    (tmp_path / "z.htm").write_text("<p>三</p>", encoding="utf-8")
    (tmp_path / "dir.txt").mkdir()
    os.symlink(tmp_path / "loop", tmp_path / "loop")  # a symlink to itself
    os.symlink(tmp_path, tmp_path / "b" / "up")  # folder loop
    direct = tmp_path / "notes.md"
    direct.write_text("直接给出的文件", encoding="utf-8")

    files, problems = discover([tmp_path, direct, tmp_path / "missing.txt", tmp_path / "dir.txt"])
    rel = [str(p.relative_to(tmp_path)) for p in files]
    assert rel == ["a/1.html", "b/2.txt", "z.htm", "notes.md"]
    reasons = {Path(p.path).name: p.reason for p in problems}
    assert "symlink loop" in reasons["loop"]
    assert "loop" in reasons["up"]
    assert "directory" in reasons["dir.txt"]
    assert "no such file" in reasons["missing.txt"]
    assert all(isinstance(p, Problem) for p in problems)


def test_discover_symlink_loop_given_directly(tmp_path: Path) -> None:
    loop = tmp_path / "x.txt"
    os.symlink(loop, loop)
    files, problems = discover([loop])
    assert files == []
    assert len(problems) == 1 and "symlink loop" in problems[0].reason


def test_discover_is_deterministic(tmp_path: Path) -> None:
    for name in ["c.txt", "a.txt", "b.txt"]:
        (tmp_path / name).write_text(name, encoding="utf-8")
    assert discover([tmp_path])[0] == discover([tmp_path])[0]
    assert [p.name for p in discover([tmp_path])[0]] == ["a.txt", "b.txt", "c.txt"]


def test_read_all_yields_articles_and_problems(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("正文", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = list(read_all([tmp_path, tmp_path / "gone.txt"]))
    arts = [o for o in out if isinstance(o, Article)]
    probs = [o for o in out if isinstance(o, Problem)]
    assert [a.doc_id for a in arts] == ["ok"]
    assert {Path(p.path).name for p in probs} == {"empty.txt", "gone.txt"}


def test_seed_fixture_reads() -> None:
    art = read_article(FIXTURES / "seed-000.txt")
    assert art.encoding == "utf-8"
    assert art.raw.startswith("您的位置")


def test_manifest_gives_each_article_its_url(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "c.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "SOURCES.tsv").write_text(
        "doc\turl\n"                                    # a header is just a line that is not a URL
        "a\thttp://news.example.cn/2020/02/11/1.html\n"
        "b\tjavascript:alert(1)\n"                      # not http(s): ignored
        "stray line without a tab\n",
        encoding="utf-8",
    )
    assert read_article(tmp_path / "a.txt").url == "http://news.example.cn/2020/02/11/1.html"
    assert read_article(tmp_path / "b.txt").url is None
    assert read_article(tmp_path / "c.txt").url is None


def test_manifest_is_not_an_article_and_bad_manifest_costs_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "SOURCES.tsv").write_bytes(b"\xff\xfe\x00garbage\x81")
    files, problems = discover([tmp_path])
    assert [f.name for f in files] == ["a.txt"] and problems == []
    assert read_article(tmp_path / "a.txt").url is None


def test_valid_utf8_with_two_stray_nuls_is_not_taken_for_utf16() -> None:
    # found by hypothesis: NULs at both even offsets made the sniffer read UTF-16-BE garbage
    assert decode("\x00据悉，\x00".encode("utf-8")) == ("\x00据悉，\x00", "utf-8")
