"""Word segmentation with offsets, on a private jieba tokenizer.

Why private: ``jieba.add_word`` mutates the global tokenizer that other
libraries (and other kg stages) may share; kg's user dictionary (titles,
organisation and place suffixes from ``kg/data``) must not leak out, and
must not be polluted by anyone else.
"""
from __future__ import annotations

import functools
import logging
import math
from pathlib import Path

import jieba

from . import resources
from .model import Token

jieba.setLogLevel(logging.WARNING)

# word lists / tables whose entries are added to the private dictionary
_USER_WORD_SOURCES = ("titles.tsv", "org_suffixes.tsv", "place_suffixes.tsv")


def _user_words() -> list[str]:
    out: list[str] = []
    for name in _USER_WORD_SOURCES:
        try:
            rows = resources.table(name)
        except Exception:  # noqa: BLE001 - a missing optional list only weakens segmentation
            continue
        for row in rows:
            word = next(iter(row.values()))
            if len(word) >= 2:
                out.append(word)
    return out


# jieba's own block and skip patterns (jieba 0.42: re_han_default, re_skip_default) and its
# "English character" test (re_eng: [a-zA-Z0-9])
_RE_HAN = jieba.re_han_default
_RE_SKIP = jieba.re_skip_default
_STOP = object()  # not even a prefix of a dictionary word
_ENG = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# words of recently cut blocks: news repeats its phrases (据悉, 新冠肺炎疫情防控, unit names), and a
# block's words depend on the block alone; emptied when full so memory stays bounded
_BLOCK_CACHE_MAX = 1 << 14  # (≈ 0.7 kB a block: ≈ 11 MB at most)


class Segmenter:
    """Owns one ``jieba.Tokenizer`` loaded with kg's user words.

    Without HMM (what the extractors use) segmentation runs on a re-implementation of
    jieba's ``cut(HMM=False)`` (``get_DAG`` + ``calc`` + ``__cut_DAG_NO_HMM``) fused into
    one right-to-left pass over each block, with the word log-probabilities computed
    once: the same words (same floats, same tie-breaks: the longest candidate wins
    ties) at about a third of the cost.  With HMM, jieba itself runs.
    """

    def __init__(self) -> None:
        self._tk = jieba.Tokenizer()
        self._tk.initialize()
        for word in _user_words():
            self._tk.add_word(word, freq=None)
        for word in resources.words("segment_split_words.txt"):
            self._tk.del_word(word)  # 协会会员 → 协会 + 会员: the body's name must end on a word edge
        self._logtotal = math.log(self._tk.total)
        # every entry of jieba's prefix dictionary: a word with a non-zero frequency maps to
        # jieba's term ``log(FREQ.get(w) or 1) - logtotal`` (evaluated left to right, so adding
        # the route's value afterwards gives the very same float), a mere prefix to None
        lt = self._logtotal
        log = math.log
        self._logp = {w: (log(f) - lt if f else None) for w, f in self._tk.FREQ.items()}
        self._blocks: dict[str, list[str]] = {}  # block -> its words (``_cut_block``), see _BLOCK_CACHE_MAX

    def _cut_block(self, blk: str, out: list[str]) -> None:
        """jieba's ``__cut_DAG_NO_HMM`` of one ``_RE_HAN`` block, words appended to ``out``."""
        n = len(blk)
        logp = self._logp
        get = logp.get
        stop = _STOP
        miss = 0.0 - self._logtotal  # log(1) - logtotal: a character unknown to the dictionary
        prob = [0.0] * (n + 1)
        prob[n] = 0  # jieba's route[N] = (0, 0)
        nxt = list(range(n))
        for k in range(n - 1, -1, -1):
            best = None
            bx = k
            i = k
            lp = get(blk[k], stop)
            while lp is not stop:
                if lp is not None:
                    p = lp + prob[i + 1]
                    # jieba: max((p, x)) over increasing x: the later candidate wins ties
                    if best is None or p >= best:
                        best = p
                        bx = i
                i += 1
                if i >= n:
                    break
                lp = get(blk[k:i + 1], stop)
            prob[k] = miss + prob[k + 1] if best is None else best
            nxt[k] = bx
        x = 0
        buf = ""
        eng = _ENG
        while x < n:
            y = nxt[x] + 1
            if y - x == 1 and blk[x] in eng:
                buf += blk[x]
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(blk[x:y])
            x = y
        if buf:
            out.append(buf)

    def _words(self, text: str) -> list[str]:
        """jieba's ``cut(text, HMM=False)`` as a list."""
        out: list[str] = []
        blocks = self._blocks
        for blk in _RE_HAN.split(text):
            if not blk:
                continue
            if _RE_HAN.match(blk):
                words = blocks.get(blk)
                if words is None:
                    words = []
                    self._cut_block(blk, words)
                    if len(blocks) >= _BLOCK_CACHE_MAX:
                        blocks.clear()
                    blocks[blk] = words
                out.extend(words)
            else:
                for x in _RE_SKIP.split(blk):
                    if _RE_SKIP.match(x):
                        out.append(x)
                    else:
                        out.extend(x)
        return out

    def words(self, text: str) -> list[str]:
        """The words of ``cut(text, HMM=False)`` (their offsets follow from their lengths)."""
        if not isinstance(text, str):
            raise ValueError("jieba: the input parameter should be unicode.")
        return self._words(text)

    def tokens(self, text: str, hmm: bool = True) -> list[Token]:
        """Tokens with code-point offsets (``Tokenizer.tokenize`` keeps them)."""
        return [Token(w, s, e) for w, s, e in self.spans(text, hmm)]

    def spans(self, text: str, hmm: bool = True) -> list[tuple[str, int, int]]:
        """(word, start, end) triples: ``tokens`` without building Token objects (hot path)."""
        if hmm:
            return list(self._tk.tokenize(text, HMM=True))
        if not isinstance(text, str):
            raise ValueError("jieba: the input parameter should be unicode.")
        out = []
        start = 0
        for w in self._words(text):
            end = start + len(w)
            out.append((w, start, end))
            start = end
        return out

    def freq(self, word: str) -> int:
        """Dictionary frequency of a word (0 when unknown): a cheap 'is a common word' test."""
        return self._tk.FREQ.get(word, 0) or 0

    def is_word(self, word: str, min_freq: int = 1) -> bool:
        return self.freq(word) >= min_freq


@functools.lru_cache(maxsize=1)
def get_segmenter() -> Segmenter:
    """The per-process segmenter (building it costs ~1 s)."""
    return Segmenter()


@functools.lru_cache(maxsize=1)
def _pos_table() -> dict[str, str]:
    path = Path(jieba.__file__).parent / "dict.txt"
    table: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                table[parts[0]] = parts[2]
    return table


@functools.lru_cache(maxsize=1)
def given_name_chars() -> dict[str, int]:
    """How often each character is a given-name character in jieba's person names (nr).

    Counted over the dictionary's three-character ``nr`` words whose first
    character is a Chinese surname (``surnames.txt``): a general signal of
    which characters parents give (明, 华, 军 …) versus function characters.
    """
    try:
        surnames = set(resources.words("surnames.txt"))
    except Exception:  # noqa: BLE001
        surnames = set()
    counts: dict[str, int] = {}
    for word, pos in _pos_table().items():
        if pos == "nr" and len(word) == 3 and word[0] in surnames:
            for ch in word[1:]:
                counts[ch] = counts.get(ch, 0) + 1
    return counts


def word_pos(word: str) -> str | None:
    """jieba's dictionary part-of-speech tag for a word, without running posseg."""
    return _pos_table().get(word)


def tokens(text: str) -> list[Token]:
    """Module-level convenience over the cached segmenter."""
    return get_segmenter().tokens(text)
