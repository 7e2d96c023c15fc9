"""Files and folders → Articles.

Scraped news arrives in every encoding a Chinese CMS ever used (UTF-8 with or
without BOM, UTF-16, GB18030/GBK, Big5) and sometimes as HTML.  This module
turns such files into :class:`~kg.model.Article` objects whose ``raw`` is the
decoded text (HTML already reduced to text) so that every later offset refers
to one string.  Bad inputs become :class:`~kg.model.Problem` (discovery) or
:class:`~kg.errors.InputError` (reading): a run never dies on one file.
"""
from __future__ import annotations

import codecs
import hashlib
import html
import os
import re
import stat
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError
from .model import Article, Problem
from .resources import words

MAX_BYTES = 5 * 1024 * 1024  # larger files are not news articles: refuse before reading
# text (after HTML reduction) past this is not one article either; extraction needs about
# 0.5 kB of memory and up to 0.1 ms per character, so this bounds a worker to ~250 MB / ~1 min
MAX_CHARS = 500_000
SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
# a scrape's list of where each article came from, one "doc_id<TAB>url" line per article
MANIFEST_NAME = "SOURCES.tsv"
MANIFEST_MAX_BYTES = 64 * 1024 * 1024

# --------------------------------------------------------------------------- names

# characters that must never reach a terminal, a report line or an identifier as they are:
# C0/C1 controls (newlines too: a problem is one line), DEL, zero-width and bidi controls,
# line/paragraph separators, BOM, interlinear annotation marks, lone surrogates
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    "\ufeff\ufff9-\ufffb\ud800-\udfff]"
)


def _escape_char(m: re.Match[str]) -> str:
    cp = ord(m.group(0))
    return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}"


def _unescape_fs(name: str) -> str:
    """A file name that was not valid UTF-8 (surrogate-escaped bytes) decoded as GB18030 or Big5."""
    if not re.search("[\udc80-\udcff]", name):
        return name
    raw = os.fsencode(name)
    for enc in ("utf-8", "gb18030", "big5hkscs"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return name  # pragma: no cover - gb18030 decodes nearly every byte string


def shown(path: str | os.PathLike[str]) -> str:
    """``path`` safe to print on one line: control, bidi and zero-width characters escaped.

    Names that are not valid UTF-8 are decoded as GB18030/Big5 when that works
    (Windows-made archives), else their bytes are escaped; the result always
    encodes as UTF-8.  Ordinary names come back unchanged.
    """
    return _UNSAFE.sub(_escape_char, _unescape_fs(os.fspath(path)))


def doc_id_of(path: Path) -> str:
    """The article's id: its file stem, made safe (see :func:`shown`) and NFC-normalised."""
    return unicodedata.normalize("NFC", shown(path.stem))


# --------------------------------------------------------------------------- discovery


def discover(sources: Sequence[str | Path]) -> tuple[list[Path], list[Problem]]:
    """Input files named directly or found under folders (recursively, sorted).

    Files given by name are used whatever their suffix (the user asked for
    them); folders contribute ``*.txt``/``*.html``/``*.htm`` only.  Anything
    unusable becomes a Problem so that one bad path never stops a batch.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        try:
            key = os.path.realpath(path)
        except (OSError, RuntimeError):  # pragma: no cover - realpath rarely raises
            key = str(path)
        if key not in seen:
            seen.add(key)
            files.append(path)

    for src in sources:
        path = Path(src)
        try:
            if path.is_symlink() and not path.exists():
                problems.append(Problem(shown(path), _dangling_reason(path)))
                continue
            if not path.exists():
                problems.append(Problem(shown(path), "no such file or directory"))
            elif path.is_dir():
                if path.suffix.lower() in SUFFIXES:
                    problems.append(Problem(shown(path), f"is a directory named like a {path.suffix} file, not a file"))
                    continue
                for found in _walk(path, problems):
                    add(found)
            elif path.is_file():
                add(path)
            else:
                problems.append(Problem(shown(path), "not a regular file (device, socket or fifo)"))
        except OSError as exc:
            problems.append(Problem(shown(path), f"cannot access: {exc.strerror or exc}"))
    return files, problems


def _dangling_reason(path: Path) -> str:
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            return "symlink loop"
        return f"broken symlink ({exc.strerror})"
    return "broken symlink"  # pragma: no cover


def _walk(root: Path, problems: list[Problem]) -> list[Path]:
    """Files under ``root`` with an input suffix, sorted by relative path.

    Symlinked folders are followed once: a folder whose real path is already
    on the current descent is a loop and is reported, not followed.
    """
    out: list[tuple[str, Path]] = []

    def visit(folder: Path, ancestors: frozenset[str]) -> None:
        real = os.path.realpath(folder)
        if real in ancestors:
            problems.append(Problem(shown(folder), "symlink loop (folder contains itself)", "warning"))
            return
        ancestors = ancestors | {real}
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            problems.append(Problem(shown(folder), f"cannot list folder: {exc.strerror or exc}"))
            return
        for entry in entries:
            p = Path(entry.path)
            try:
                if entry.is_symlink() and not p.exists():
                    problems.append(Problem(shown(p), _dangling_reason(p), "warning"))
                    continue
                if entry.is_dir():
                    if p.suffix.lower() in SUFFIXES:
                        problems.append(
                            Problem(shown(p), f"is a directory named like a {p.suffix} file, not a file", "warning")
                        )
                        continue
                    visit(p, ancestors)
                elif entry.is_file():
                    if p.suffix.lower() in SUFFIXES and not entry.name.startswith("."):
                        if not os.access(p, os.R_OK):
                            problems.append(Problem(shown(p), "not readable (permission denied)"))
                            continue
                        out.append((os.path.relpath(p, root), p))
                elif p.suffix.lower() in SUFFIXES and not entry.name.startswith("."):
                    # a fifo named x.txt would block the run forever if opened
                    problems.append(Problem(shown(p), "not a regular file (device, socket or fifo)"))
            except OSError as exc:
                problems.append(Problem(shown(p), f"cannot access: {exc.strerror or exc}"))

    visit(root, frozenset())
    out.sort(key=lambda t: t[0])
    return [p for _, p in out]


# --------------------------------------------------------------------------- decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}


_common_cache: frozenset[str] | None = None


def _common_chars() -> frozenset[str]:
    """Frequent characters in simplified and traditional form (for scoring)."""
    global _common_cache
    if _common_cache is None:
        simp = "".join(words("common_chars.txt"))
        trad = simp
        try:
            import opencc

            trad = opencc.OpenCC("s2t").convert(simp)
        except Exception:  # pragma: no cover - opencc is a hard dependency of clean
            pass
        _common_cache = frozenset(simp) | frozenset(trad)
    return _common_cache


def _score(text: str) -> float:
    """Share of CJK characters that are common: right decodings score high."""
    cjk = _CJK.findall(text)
    if not cjk:
        return 0.0
    common = _common_chars()
    return sum(1 for c in cjk if c in common) / len(cjk)


_MAX_BAD = 0.02  # share of undecodable characters a mostly-good file may have
_MAX_NUL = 0.01  # share of NUL bytes a text file may carry (stray NULs in names) before it is binary
_MAX_STRAY = 4  # a few stray control characters (NULs inside a name) never make a file binary


def _utf8_trimmed(data: bytes) -> tuple[str, str] | None:
    """UTF-8 whose only flaw is a character cut at either end (a truncated download)."""
    start = 0
    while start < min(3, len(data)) and 0x80 <= data[start] <= 0xBF:
        start += 1
    end = len(data)
    try:
        text = data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        # an incomplete sequence at the very end: at most 3 bytes of one character
        if exc.reason != "unexpected end of data" or len(data) - start - exc.start > 3:
            return None
        end = start + exc.start
        try:
            text = data[start:end].decode("utf-8")
        except UnicodeDecodeError:  # pragma: no cover - the prefix decoded up to exc.start
            return None
    if start == 0 and end == len(data):
        return text, "utf-8"
    if not text.strip() or not any(b >= 0x80 for b in data[start:end][:4096]):
        return None
    return text, "utf-8+truncated"


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 with no BOM: NULs in every other byte (ASCII) and a strict decoding."""
    if len(data) < 4:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    half = len(data) / 2
    if odd > 0.2 * half and even < 0.02 * half:
        enc = "utf-16-le"
    elif even > 0.2 * half and odd < 0.02 * half:
        enc = "utf-16-be"
    else:
        return None
    body = data[: len(data) - len(data) % 2]
    try:
        text = body.decode(enc)
    except UnicodeDecodeError:
        return None
    if len(_CONTROL.findall(text[:20000])) > 0.01 * min(len(text), 20000):
        return None
    return text, enc + ("+truncated" if len(body) != len(data) else "")


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes to text and name the encoding; InputError when hopeless.

    Order: BOM, declared HTML charset, strict UTF-8 (a character cut at either
    end of the file is dropped: ``utf-8+truncated``), then GB18030 vs Big5 by
    which decodes strictly and reads as more common Chinese, then a decoding
    with at most 2 % replacement characters (``…+replace``).  A suffix
    ``+truncated``/``+replace`` in the returned name says text was lost.
    """
    if data.startswith(codecs.BOM_UTF8):
        utf8 = _utf8_trimmed(data[len(codecs.BOM_UTF8):])
        if utf8 is not None:
            return utf8[0], utf8[1].replace("utf-8", "utf-8-sig")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                # a truncated UTF-16 file (odd length) or a few broken units: keep the rest
                text = data.decode(enc, errors="replace")
                if text.count("\ufffd") <= max(1, _MAX_BAD * len(text)):
                    return text, enc + "+replace"
                raise InputError(path, f"has a {enc} byte-order mark but is not valid {enc}: {exc.reason}")
    nuls = data.count(0)
    if nuls:
        # a few stray NULs in valid UTF-8 are stray NULs, not the ASCII half of UTF-16 units
        stray_in_utf8 = nuls <= _MAX_STRAY and _utf8_trimmed(data) is not None
        u16 = None if stray_in_utf8 else _utf16_without_bom(data)
        if u16 is not None:
            return u16
        if nuls > max(_MAX_STRAY, _MAX_NUL * len(data)):
            raise InputError(path, "binary file (contains NUL bytes), not text")
    head = data[:4096]
    m = _META_CHARSET.search(head)
    if m:
        declared = m.group(1).decode("ascii", "ignore").lower()
        declared = _CHARSET_ALIASES.get(declared, declared)
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass  # a lying declaration: fall through to detection
    utf8 = _utf8_trimmed(data)
    if utf8 is not None:
        return utf8
    candidates: list[tuple[float, str, str]] = []
    for enc in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_score(text), enc, text))
    if candidates:
        # ties go to GB18030 (mainland news is the common case)
        best = max(candidates, key=lambda c: (c[0], c[1] == "gb18030"))
        return best[2], best[1]
    # nothing decodes strictly: accept a mostly-valid decoding, else refuse
    best_text, best_enc, best_bad = "", "", 1.0
    for enc in ("utf-8", "gb18030", "big5hkscs"):
        text = data.decode(enc, errors="replace")
        bad = text.count("\ufffd") / max(1, len(text))
        if bad < best_bad:
            best_text, best_enc, best_bad = text, enc, bad
    if best_bad > _MAX_BAD:
        raise InputError(path, f"not text in a known encoding ({best_bad:.0%} undecodable even as {best_enc})")
    return best_text, best_enc + "+replace"


# --------------------------------------------------------------------------- HTML

_BLOCK = frozenset(
    "address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody "
    "thead tfoot tr ul title option select center".split()
)
_CELL = frozenset({"td", "th"})
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "head"})
_WS = re.compile(r"[ \t\r\n\f\v]+")


class _TextExtractor(HTMLParser):
    """Text of an HTML page: scripts dropped, block elements on their own lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0
        self.in_title = False
        self.title: list[str] = []
        self.url: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.url = self.url or a["href"].strip()
        elif tag == "meta" and a.get("property", "").lower() == "og:url" and a.get("content"):
            self.url = self.url or a["content"].strip()
        if tag == "title":
            self.in_title = True
            return
        if tag in _SKIP and tag != "head":
            self.skip += 1
        elif tag == "pre":
            self.pre += 1
        if tag in _BLOCK:
            self.parts.append("\n")
        elif tag in _CELL:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIP and tag != "head":
            self.skip -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _SKIP and tag != "head":
            self.skip = max(0, self.skip - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _BLOCK:
            self.parts.append("\n")
        elif tag in _CELL:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if self.skip:
            return
        self.parts.append(data if self.pre else _WS.sub(" ", data))

    def text(self) -> str:
        body = "".join(self.parts)
        lines = [ln.strip() for ln in body.split("\n")]
        out: list[str] = []
        for ln in lines:
            if ln or (out and out[-1]):
                out.append(ln)
        title = _WS.sub(" ", "".join(self.title)).strip()
        text = "\n".join(out).strip("\n")
        return (title + "\n\n" + text) if title else text


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Reduce an HTML page to text lines; also return its canonical URL."""
    # html.parser rescans to the end of the input for every '<' that no '>' ever closes
    # (quadratic: 100 kB of '<a' takes minutes); such a '<' is text, so say so up front
    last = markup.rfind(">")
    if markup.find("<", last + 1) >= 0:
        markup = markup[: last + 1] + markup[last + 1:].replace("<", "&lt;")
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # pragma: no cover - html.parser is lenient; keep a fallback
        return html.unescape(re.sub(r"<[^>]+>", "\n", markup)), None
    return parser.text(), parser.url


def looks_like_html(path: Path, text: str) -> bool:
    """HTML by suffix, or by a document that starts like one."""
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    start = text.lstrip("\ufeff \t\r\n")[:15].lower()
    return start.startswith("<!doctype html") or start.startswith("<html")


# --------------------------------------------------------------------------- reading


_ANSI_SEQ = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]")


def _read_bounded(path: Path, max_bytes: int) -> bytes:
    """At most ``max_bytes`` + 1 bytes of a regular file: memory stays bounded whatever the file."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(shown(path), "is a directory, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(shown(path), "not a regular file (device, socket or fifo)")
        if st.st_size > max_bytes:
            raise InputError(shown(path), f"too big: {st.st_size} bytes (per-article limit {max_bytes} bytes)")
        chunks: list[bytes] = []
        left = max_bytes + 1  # one byte more than allowed tells a file that grew since stat
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_article(path: Path, max_bytes: int = MAX_BYTES, max_chars: int = MAX_CHARS) -> Article:
    """Read and decode one input file (InputError with the reason if unusable).

    Never reads more than ``max_bytes`` + 1 bytes, never blocks on a fifo.
    ``Article.path`` and ``doc_id`` are display-safe (see :func:`shown`).
    """
    path = Path(path)
    p = shown(path)
    try:
        data = _read_bounded(path, max_bytes)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(p, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise InputError(p, f"too big: more than {max_bytes} bytes (per-article limit {max_bytes} bytes)")
    if not data.strip(b" \t\r\n\x0b\x0c"):
        raise InputError(p, "empty file")
    text, encoding = decode(data, p)
    if not _UNSAFE.sub("", text).strip():
        raise InputError(p, "empty file (only whitespace or invisible characters)")
    sample = _ANSI_SEQ.sub("", text[:20000])  # terminal colour codes are noise, not binary
    if len(_CONTROL.findall(sample)) > max(_MAX_STRAY, _MAX_NUL * len(sample)):
        raise InputError(p, "binary file (too many control characters), not text")
    url = None
    if looks_like_html(path, text):
        text, url = html_to_text(text)
        if not _UNSAFE.sub("", text).strip():
            raise InputError(p, "HTML page without text")
    url = url or manifest_url(path)
    if len(text) > max_chars:
        raise InputError(p, f"too long: {len(text)} characters of text (per-article limit {max_chars})")
    return Article(
        doc_id=doc_id_of(path),
        path=p,
        raw=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        url=url,
    )


_MANIFEST_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$", re.IGNORECASE)


@lru_cache(maxsize=64)
def _manifest(folder: str, mtime_ns: int, size: int) -> dict[str, str]:
    """doc_id → URL from a folder's SOURCES.tsv; lines that are not ``id<TAB>http(s) URL`` are ignored.

    The manifest is optional metadata: an unreadable or odd one must not cost
    an article, so it yields nothing rather than an error.
    """
    path = Path(folder) / MANIFEST_NAME
    if size > MANIFEST_MAX_BYTES:
        return {}
    try:
        data = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return {}
    out: dict[str, str] = {}
    for line in data.splitlines():
        parts = line.strip().split("\t")
        if len(parts) < 2:
            continue
        doc, url = unicodedata.normalize("NFC", parts[0].strip()), parts[1].strip()
        if doc and _MANIFEST_URL.match(url) and not _UNSAFE.search(url):
            out.setdefault(doc, url)
    return out


def manifest_url(path: Path) -> str | None:
    """The URL a ``SOURCES.tsv`` beside ``path`` gives for its article, if any."""
    manifest = path.parent / MANIFEST_NAME
    try:
        st = manifest.stat()
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return _manifest(os.fspath(path.parent), st.st_mtime_ns, st.st_size).get(doc_id_of(path))


def read_all(sources: Sequence[str | Path]) -> Iterator[Article | Problem]:
    """Every Article under ``sources``, with a Problem for each unusable input."""
    files, problems = discover(sources)
    yield from problems
    for path in files:
        try:
            yield read_article(path)
        except InputError as exc:
            yield Problem(exc.path, exc.reason)
