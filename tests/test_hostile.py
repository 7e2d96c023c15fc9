"""Hostile and broken input: kg keeps working, loses nothing, lets nothing in.

Every corpus is generated in tmp_path (nothing hostile is checked in): the five
seed articles next to every kind of bad file, and articles whose names carry
markup, Turtle/SPARQL syntax and invisible characters.  See docs/INPUTS.md.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read import MAX_BYTES, MAX_CHARS, decode, discover, doc_id_of, html_to_text, read_article, shown

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KG = [sys.executable, "-m", "kg"]

BODY = (
    "桃江县红十字会向桃江县人民医院捐赠物资\n"
    "来源：桃江新闻网 发布时间：2020-03-02\n"
    "据悉，3月2日，桃江县红十字会向桃江县人民医院捐赠医用口罩5000个、消毒液200瓶。"
    "县委书记张明华出席捐赠仪式并讲话，感谢社会各界对疫情防控工作的支持。\n"
)
# characters that must never reach a name, a terminal line or an identifier
INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def _run(*args: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([*KG, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


def _records(path: Path) -> dict[str, dict]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out[rec["doc"]] = rec
    return out


def _can_read_unreadable(tmp: Path) -> bool:
    """Whether chmod 000 stops this process (it does not for root with CAP_DAC_OVERRIDE)."""
    probe = tmp / ".probe"
    probe.write_text("x")
    probe.chmod(0)
    try:
        probe.read_bytes()
        return True
    except PermissionError:
        return False
    finally:
        probe.chmod(0o600)
        probe.unlink()


# --------------------------------------------------------------------------- the bad corpus

def write_raw(d: Path, name: str | bytes, data: bytes) -> bytes:
    """Write ``data`` to ``d/name``, where the name may be bytes that are not UTF-8; the path."""
    path = os.path.join(os.fsencode(d), name if isinstance(name, bytes) else os.fsencode(name))
    with open(path, "wb") as fh:
        fh.write(data)
    return path


def make_bad_files(d: Path) -> dict[str, str]:
    """Write every bad kind into ``d``; returns {shown name: expected reason substring}."""
    bad: dict[str, str] = {}

    def put(name: str | bytes, data: bytes, reason: str) -> None:
        bad[shown(os.fsdecode(write_raw(d, name, data)))] = reason

    put("empty.txt", b"", "empty file")
    put("blank.txt", b" \r\n\t\n\x0c", "empty file")
    put("bom-only.txt", codecs.BOM_UTF8 + "\u3000\n".encode(), "empty file")
    put("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 64, "binary")
    put("noise.txt", bytes(range(0x80, 0x100)) * 64, "not text")
    put("controls.txt", b"\x01\x02\x03\x04abc\x05\x06\x07\x08" * 200, "binary")
    put("tags-only.html", b"<html><script>alert(1)</script><style>p{}</style></html>", "HTML page without text")
    put("huge.txt", ("一" * 1000 + "\n").encode() * 3600, "too big")  # 10.8 MB
    put("too-long.txt", b"a" * (MAX_CHARS + 10), "too long")
    put("new\nline.txt", b"", "empty file")  # a newline in a name must not split the problem line
    put(b"\xff\xfe-latin.txt", b"", "empty file")  # not UTF-8, not GB18030: escaped in messages
    put("\x1b[2J\u202eevil.txt", b"\x00" * 64, "binary")  # ANSI clear-screen + bidi override in a name
    (d / "folder.txt").mkdir()
    bad[shown(d / "folder.txt")] = "directory"
    os.symlink("loop.txt", d / "loop.txt")
    bad[shown(d / "loop.txt")] = "symlink loop"
    os.symlink(d / "gone", d / "dangling.txt")
    bad[shown(d / "dangling.txt")] = "broken symlink"
    os.mkfifo(d / "fifo.txt")
    bad[shown(d / "fifo.txt")] = "not a regular file"
    os.symlink(d, d / "up")  # folder loop (reported as a warning, never followed)
    bad[shown(d / "up")] = "symlink loop"
    if _can_read_unreadable(d):
        pass  # root: chmod 000 does not stop reading; test_unreadable_file covers it another way
    else:
        put("noperm.txt", BODY.encode(), "permission denied")
        (d / "noperm.txt").chmod(0)
    return bad


def make_odd_good_files(d: Path) -> dict[str, str]:
    """Files that look broken but hold an article: every one must be extracted. {doc id: encoding}."""
    good: dict[str, str] = {}

    def put(name: str | bytes, data: bytes, encoding: str) -> None:
        good[doc_id_of(Path(os.fsdecode(write_raw(d, name, data))))] = encoding

    utf8 = BODY.encode()
    put("truncated.txt", utf8 + "口罩".encode()[:-1], "utf-8+truncated")  # cut inside the last character
    put("utf16le.txt", codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"), "utf-16")
    put("utf16be.txt", codecs.BOM_UTF16_BE + BODY.encode("utf-16-be"), "utf-16")
    put("utf16-nobom.txt", ("Report 2020\n" + BODY).encode("utf-16-le"), "utf-16-le")
    put("gb.txt", BODY.encode("gb18030"), "gb18030")
    trad = BODY.replace("县", "縣").replace("红", "紅").replace("会", "會").replace("医", "醫").replace("赠", "贈")
    put("big5.txt", trad.encode("big5", "replace"), "big5hkscs")
    put("page.html", (
        '<!doctype html><html><head><meta charset="gb2312"><title>捐赠</title>'
        "<script>window.__pwned=1</script></head><body>" + "".join(f"<p>{ln}</p>" for ln in BODY.split("\n"))
        + "</body></html>").encode("gb18030"), "gb18030")
    # a megabyte-long line: the seeds without line breaks, repeated
    seeds = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))).replace("\n", "")
    put("longline.txt", (seeds * 40)[: 1_100_000 // 3].encode(), "utf-8")
    # NUL, ANSI escape, bidi override and zero-width characters inside names
    put("invisible.txt", (
        "武汉\u200b华腾科技\x00有限公司向武汉市\u202e第一医院\u202c捐赠口罩\n"
        "据悉，2月10日，武汉\u200b华腾科技\x00有限公司向武汉市\u202e第一医院\u202c捐赠医用口罩8000个，"
        "公司总经理\x1b[31m李\u200d建国\x1b[0m表示将继续支持抗疫。" * 3 + "\n" + BODY * 3).encode(), "utf-8")
    # hostile file names that are fine files
    put("新闻".encode("gbk") + b".txt", utf8, "utf-8")  # a GBK-encoded name (Windows zip)
    put("\x1b[31m<img src=x onerror=alert(1)>\u202e.txt", utf8, "utf-8")
    return good


@pytest.fixture(scope="module")
def mixed_build(tmp_path_factory: pytest.TempPathFactory):
    base = tmp_path_factory.mktemp("mixed")
    # the reference: the seeds alone, run right before the mixed corpus (same code, same moment)
    alone = _run("extract", str(SEEDS), "--jsonl", str(base / "alone.jsonl"), "-q", cwd=base)
    assert alone.returncode == 0, alone.stderr
    corpus = base / "corpus"
    corpus.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copyfile(p, corpus / p.name)
    bad = make_bad_files(corpus)
    good = make_odd_good_files(corpus)
    res = _run("build", str(corpus), "--out", str(base / "out"), "-q", cwd=base, timeout=600)
    return base, corpus, bad, good, res


def test_mixed_corpus_exit_code_and_problem_lines(mixed_build) -> None:
    base, corpus, bad, good, res = mixed_build
    assert res.returncode == 1, res.stderr  # some inputs skipped, the run went on
    lines = res.stderr.splitlines()
    for name, reason in bad.items():
        hits = [ln for ln in lines if name in ln]
        assert len(hits) == 1, (name, hits)  # one clear line per bad file
        assert reason in hits[0], (name, reason, hits[0])
    for ln in lines:
        assert "\x1b" not in ln and "\u202e" not in ln and "Traceback" not in ln, repr(ln)
    for doc in good:
        assert not any(f"/{doc}." in ln for ln in lines), doc


def test_mixed_corpus_report_names_each_bad_file(mixed_build) -> None:
    base, corpus, bad, good, res = mixed_build
    report = (base / "out" / "report.md").read_text(encoding="utf-8")
    assert "\x1b" not in report and "\u202e" not in report
    for name, reason in bad.items():
        hits = [ln for ln in report.splitlines() if name in ln]
        assert hits and reason in hits[0], (name, reason)


def test_mixed_corpus_good_articles_fully_extracted(mixed_build) -> None:
    base, corpus, bad, good, res = mixed_build
    seeds_alone = _records(base / "alone.jsonl")
    recs = _records(base / "out" / "extractions.jsonl")
    for doc, rec in seeds_alone.items():
        assert recs[doc] == rec, doc  # the bad files changed nothing in the good ones
    for doc in good:
        assert doc in recs, doc
    assert set(recs) == set(seeds_alone) | set(good)
    for doc, rec in recs.items():
        for names in rec["entities"].values():
            for name in names:
                assert not INVISIBLE.search(name), (doc, name)
    inv = recs["invisible"]
    assert any("华腾科技有限公司" in n for n in inv["entities"]["ORG"]), inv["entities"]
    assert any(n.startswith("李建国") for n in inv["entities"]["PER"]), inv["entities"]
    assert recs["新闻"]["entities"] == recs["truncated"]["entities"]  # same body, odd name / odd bytes


def test_mixed_corpus_outputs_load(mixed_build) -> None:
    import pyoxigraph as ox

    base, *_ = mixed_build
    out = base / "out"
    triples = list(ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE))
    assert triples
    for ln in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(ln)


# --------------------------------------------------------------------------- reading, kind by kind

@pytest.mark.parametrize("make", [make_odd_good_files])
def test_odd_good_files_read_with_their_encoding(tmp_path: Path, make) -> None:
    good = make(tmp_path)
    files, problems = discover([tmp_path])
    assert problems == []
    by_doc = {doc_id_of(p): read_article(p) for p in files}
    for doc, enc in good.items():
        art = by_doc[doc]
        assert art.encoding == enc, doc
        assert len(art.raw) > 50 and ("桃江" in art.raw or "华腾" in art.raw or doc == "longline")
        assert "\ufffd" not in art.raw
        art.path.encode("utf-8")  # always encodable: messages and provenance never crash
        art.doc_id.encode("utf-8")
        assert not INVISIBLE.search(art.doc_id) and not INVISIBLE.search(art.path)


def test_bad_files_each_give_one_problem(tmp_path: Path) -> None:
    bad = make_bad_files(tmp_path)
    files, problems = discover([tmp_path])
    reasons = {p.path: p.reason for p in problems}
    for f in files:
        try:
            read_article(f)
        except InputError as exc:
            assert exc.path not in reasons
            reasons[exc.path] = exc.reason
        else:
            pytest.fail(f"{f} was read")
    assert set(reasons) == set(bad)
    for name, reason in bad.items():
        assert reason in reasons[name], (name, reasons[name])
        assert "\n" not in name and "\x1b" not in name


def test_truncated_utf8_is_not_mistaken_for_gb18030() -> None:
    data = ("据悉，桃江县红十字会捐赠口罩。" * 20).encode()
    for cut in (1, 2, 4, 5):
        text, enc = decode(data[:-cut])
        assert enc == "utf-8+truncated" and text.startswith("据悉")
    text, enc = decode(data[1:])  # cut at the start
    assert enc == "utf-8+truncated" and text.startswith("悉")


def test_stray_nul_keeps_the_article_but_nul_heavy_is_binary() -> None:
    text, enc = decode(("某某科技\x00有限公司捐赠口罩。" + "正文" * 200).encode() * 3)
    assert enc == "utf-8" and text.count("\x00") == 3
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x00\x00\x01abcd" * 100)


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    import resource

    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: 200 MB on disk costs nothing
        fh.truncate(200 * 1024 * 1024)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(InputError, match=r"too big: \d+ bytes \(per-article limit"):
        read_article(path)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50 * 1024  # KiB: far below 200 MB
    assert MAX_BYTES < 200 * 1024 * 1024


def test_fifo_never_blocks(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_article(fifo)
    files, problems = discover([tmp_path, fifo])
    assert files == [] and len(problems) == 2


def test_unreadable_file(tmp_path: Path) -> None:
    """chmod 000: a problem line, not a crash.  As root, drop CAP_DAC_* with setpriv, else skip."""
    (tmp_path / "corpus").mkdir()
    shutil.copyfile(SEEDS / "seed-000.txt", tmp_path / "corpus" / "seed-000.txt")
    locked = tmp_path / "corpus" / "locked.txt"
    locked.write_text(BODY, encoding="utf-8")
    locked.chmod(0)
    cmd = [*KG, "build", "corpus", "--out", "out", "-q", "--no-html"]
    if _can_read_unreadable(tmp_path):
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root, where chmod 000 does not stop reading, and setpriv is absent")
        cmd = [setpriv, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", *cmd]
        probe = subprocess.run([*cmd[:3], "cat", str(locked)], capture_output=True)
        if probe.returncode == 0:
            pytest.skip("cannot drop CAP_DAC_OVERRIDE here: an unreadable file cannot be made")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    res = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=300, env=env)
    assert res.returncode == 1, res.stderr
    hits = [ln for ln in res.stderr.splitlines() if "locked.txt" in ln]
    assert len(hits) == 1 and ("permission denied" in hits[0].lower() or "not readable" in hits[0]), hits
    assert "seed-000" in (tmp_path / "out" / "extractions.jsonl").read_text(encoding="utf-8")


def test_quadratic_html_is_linear() -> None:
    import time

    t = time.monotonic()
    text, _ = html_to_text("<html>" + "<a" * 200_000)  # CPython's parser rescans per unclosed '<'
    assert time.monotonic() - t < 5
    assert text.startswith("<a<a")


def test_shown_escapes_and_keeps_ordinary_names() -> None:
    assert shown("seeds/seed-000.txt") == "seeds/seed-000.txt"
    assert shown("新闻/文章.txt") == "新闻/文章.txt"
    assert shown("a\nb\x1b[2J\u202ec\u200b.txt") == "a\\x0ab\\x1b[2J\\u202ec\\u200b.txt"
    assert shown(os.fsdecode("新闻".encode("gbk"))) == "新闻"
    assert shown(os.fsdecode(b"\xff.txt")) == "\\udcff.txt"


# --------------------------------------------------------------------------- hostile text

HOSTILE_NAMES = [
    "<script>alert(1)</script>有限公司",
    '"}> . <x> 公司',
    "\\u0022科技有限公司",
    "</script><script>window.__pwned=1</script>集团有限公司",
    "<img src=x onerror=window.__pwned=1>实业有限公司",
    "'; DROP GRAPH <x> ; } . ?s ?p ?o { 有限公司",
    '""" . <http://evil/> <p> "x" . 医药有限公司',
    "]]> --> <!-- \\\\ ' \" 贸易有限公司",
]


def make_hostile_corpus(d: Path) -> None:
    for i, name in enumerate(HOSTILE_NAMES):
        person = ["张三", "李四", "王五", "赵六"][i % 4]
        text = (
            f"{name}向武汉市第一医院捐赠口罩\n"
            f"来源：{name} 发布时间：2020-02-1{i % 9}\n"
            f"据悉，2月1{i % 9}日，{name}向武汉市第一医院捐赠医用口罩{1000 + i}个。"
            f"{name}董事长{person}表示，{person}“{name}”将继续支持抗疫。\n"
        )
        (d / f"hostile-{i}.txt").write_text(text, encoding="utf-8")
    (d / "hostile-page.html").write_text(
        '<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt;捐赠</title>'
        '<link rel="canonical" href="javascript:window.__pwned=1"></head><body>'
        "<p>据悉，&lt;script&gt;alert(1)&lt;/script&gt;有限公司向武汉市第一医院捐赠口罩100个。</p></body></html>",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("hostile")
    (base / "corpus").mkdir()
    make_hostile_corpus(base / "corpus")
    res = _run("build", "corpus", "--out", "out", "-q", cwd=base)
    assert res.returncode == 0, res.stderr
    return base / "out"


def test_hostile_names_reach_the_outputs(hostile_build: Path) -> None:
    recs = _records(hostile_build / "extractions.jsonl")
    titles = " ".join(r["meta"]["title"] or "" for r in recs.values())
    assert "<img src=x onerror=window.__pwned=1>" in titles  # kept as text, not dropped
    assert '""" . <http://evil/> <p> "x" .' in titles
    ttl = (hostile_build / "graph.ttl").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>有限公司" in ttl  # inside a quoted literal


def test_hostile_turtle_parses_everywhere(hostile_build: Path) -> None:
    import pyoxigraph as ox
    import rdflib

    ttl = hostile_build / "graph.ttl"
    n_ox = len(set(ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE)))
    g = rdflib.Graph()
    g.parse(str(ttl), format="turtle")
    assert n_ox == len(g) > 0
    titles = {str(o) for o in g.objects(None, rdflib.URIRef("http://schema.org/headline"))}
    titles |= {str(o) for o in g.objects(None, rdflib.URIRef("https://schema.org/headline"))}
    rapper = shutil.which("rapper")
    if rapper is None:
        if os.environ.get("KG_REQUIRE_BROWSER") == "1":
            pytest.fail("rapper (raptor2-utils) is required but absent")
        pytest.skip("rapper absent: apt-get install raptor2-utils")
    res = subprocess.run([rapper, "-i", "turtle", "-c", str(ttl)], capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 0, res.stderr
    m = re.search(r"(\d+) triples", res.stderr + res.stdout)
    assert m and int(m.group(1)) == n_ox, res.stderr


def test_hostile_jsonl_and_graphml_load(hostile_build: Path) -> None:
    import networkx as nx

    for ln in (hostile_build / "extractions.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(ln)
    if (hostile_build / "graph.graphml").exists():
        nx.read_graphml(hostile_build / "graph.graphml")


def test_hostile_html_runs_no_injected_script(hostile_build: Path) -> None:
    page = (hostile_build / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page
    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    if m:  # the data island holds every hostile string, with no '<' left to close it early
        assert "<" not in m.group(1)
        assert "window.__pwned=1" in m.group(1)  # the strings are there, as inert text
    chromium = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
    if not os.path.exists(chromium):
        if os.environ.get("KG_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{chromium} is required but absent")
        pytest.skip(f"{chromium} absent: apt-get install chromium fonts-noto-cjk")
    from tests.test_view_browser import Chromium

    browser = Chromium()
    try:
        browser.open(hostile_build / "graph.html")
        assert browser.evaluate("window.__pwned === undefined")
        for name in HOSTILE_NAMES:  # searching for each hostile name runs nothing either
            browser.evaluate(f"typeof kgSearch === 'function' ? (kgSearch({json.dumps(name)}), 1) : 0")
        assert browser.evaluate("window.__pwned === undefined")
        assert browser.evaluate("document.querySelectorAll('img').length") == 0
    finally:
        browser.close()


def test_no_sparql_is_built_from_strings() -> None:
    """Queries built from user values must bind them (initBindings), never splice them in."""
    offenders = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        src = path.read_text(encoding="utf-8")
        for m in re.finditer(r"(?is)(f[\"']{1,3}[^\"']*\b(SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT|DELETE)\b"
                             r"[^\"']*\{[^\"']*\}|\b(SELECT|CONSTRUCT|ASK|INSERT|DELETE)\b[^\n]*[\"']\s*\+|"
                             r"\.format\([^)]*\)[^\n]*\.query\()", src):
            offenders.append(f"{path.relative_to(ROOT)}:{src[:m.start()].count(chr(10)) + 1}")
    assert offenders == [], offenders


def test_invisible_characters_change_no_extraction() -> None:
    """An article with NUL/ANSI/bidi/zero-width characters inside names = the same article without them."""
    from kg.model import Article
    from kg.pipeline import process_article
    from kg.record import extraction_record

    plain = (
        "武汉华腾科技有限公司向武汉市第一医院捐赠口罩\n"
        "据悉，2月10日，武汉华腾科技有限公司向武汉市第一医院捐赠医用口罩8000个，"
        "公司总经理李建国表示将继续支持抗疫。\n"
    ) + BODY
    dirty = (plain.replace("华腾", "华\u200b腾").replace("科技有限", "科技\x00有限")
             .replace("第一医院", "\u202e第一\u2066医院\u202c").replace("李建国", "\x1b[31m李\u200d建国\x1b[0m")
             .replace("张明华", "张\ufeff明\u2069华"))
    recs = []
    for raw in (plain, dirty):
        ex = process_article(Article(doc_id="d", path="d.txt", raw=raw, encoding="utf-8", sha256="0"))
        recs.append(extraction_record(ex))
        for e in ex.entities:
            for m in e.mentions:
                a, b = ex.clean.raw_span(m.start, m.end)
                assert 0 <= a <= b <= len(raw)
    assert recs[0] == recs[1]
    assert any("华腾科技有限公司" in n for n in recs[1]["entities"]["ORG"])
