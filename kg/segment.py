"""Word segmentation with offsets, on a private jieba tokenizer.

Why private: ``jieba.add_word`` mutates the global tokenizer that other
libraries (and other kg stages) may share; kg's user dictionary (titles,
organisation and place suffixes from ``kg/data``) must not leak out, and
must not be polluted by anyone else.
"""
from __future__ import annotations

import functools
import logging
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


class Segmenter:
    """Owns one ``jieba.Tokenizer`` loaded with kg's user words."""

    def __init__(self) -> None:
        self._tk = jieba.Tokenizer()
        self._tk.initialize()
        for word in _user_words():
            self._tk.add_word(word, freq=None)

    def tokens(self, text: str, hmm: bool = True) -> list[Token]:
        """Tokens with code-point offsets (``Tokenizer.tokenize`` keeps them)."""
        return [Token(w, s, e) for w, s, e in self._tk.tokenize(text, HMM=hmm)]

    def spans(self, text: str, hmm: bool = True) -> list[tuple[str, int, int]]:
        """(word, start, end) triples: ``tokens`` without building Token objects (hot path)."""
        return list(self._tk.tokenize(text, HMM=hmm))

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
