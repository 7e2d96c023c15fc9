"""The data model: one type crosses each arrow of read → clean → extract → resolve → graph.

All types are frozen dataclasses so that a stage cannot mutate what an
earlier stage produced, and so that results hash and compare by value
(determinism tests rely on it).  Offsets are Python code-point indices.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal["PER", "ORG", "LOC"]
EventType = Literal["donation", "procurement", "distribution"]
ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC")
EVENT_TYPES: tuple[str, ...] = ("donation", "procurement", "distribution")


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input; the run goes on without (part of) it."""

    path: str
    reason: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class Article:
    """A decoded input file: raw text exactly as read (after decoding only)."""

    doc_id: str  # file stem, the `doc` of the JSONL
    path: str  # as given / found, for messages and provenance
    raw: str  # decoded text (HTML already reduced to text where the input was HTML)
    encoding: str  # what the bytes were decoded as
    sha256: str  # of the raw bytes: incremental builds and stable article IRIs
    url: str | None = None


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Meta:
    title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    sources: tuple[str, ...] = ()  # outlet names, first is the main one
    url: str | None = None


@dataclass(frozen=True)
class CleanText:
    """Simplified, de-noised text with a map back to the raw text.

    ``raw_index[i]`` is the index in ``article.raw`` of clean character ``i``;
    ``raw_index[len(text)]`` is ``len(article.raw)`` so that spans map too.
    ``zones`` are the spans (clean offsets) that belong to the article proper
    (title, dateline, byline, body); text outside them is boilerplate.
    """

    article: Article
    text: str
    raw_index: tuple[int, ...]
    zones: tuple[Span, ...]
    meta: Meta

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw-file offsets of a clean span (end exclusive)."""
        if end <= start:
            r = self.raw_index[start]
            return r, r
        return self.raw_index[start], self.raw_index[end - 1] + 1

    def in_article(self, start: int, end: int) -> bool:
        return any(z.start <= start and end <= z.end for z in self.zones)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A name found in the clean text; ``rule`` names the rule that fired."""

    text: str
    type: EntityType
    start: int
    end: int
    rule: str
    # a fuller name the article gives for the same referent (县红十字会 → 桃江县红十字会)
    full: str | None = None


@dataclass(frozen=True)
class Position:
    person: str
    title: str
    org: str | None
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Item:
    """One good in a supply event: ``name`` keeps its modifiers (N95口罩)."""

    name: str
    quantity: float | None
    unit: str | None
    start: int
    end: int
    kind: str | None = None  # supply taxonomy key (mask, disinfectant, cash …)


@dataclass(frozen=True)
class SupplyEvent:
    type: EventType
    agents: tuple[str, ...]
    recipients: tuple[str, ...]
    items: tuple[Item, ...]
    value_yuan: float | None
    date: str | None
    start: int  # evidence sentence span (clean offsets)
    end: int
    rule: str


@dataclass(frozen=True)
class PlaceInfo:
    """Where a place sits in the administrative hierarchy (full official names)."""

    province: str | None = None
    city: str | None = None
    county: str | None = None
    code: str | None = None  # official division code of the place itself, when it is a division
    level: str | None = None  # country|province|city|county|town|village|zone|compound|other
    name: str | None = None  # official full name when resolved


@dataclass(frozen=True)
class Entity:
    """One real thing within an article: a set of mentions with aliases."""

    key: str  # stable identity key, e.g. "LOC:340500" or "ORG:安徽省|马鞍山市|郑蒲港新区管委会"
    type: EntityType
    name: str  # fullest form, first in the JSONL alternative list
    aliases: tuple[str, ...]  # other forms in the article
    mentions: tuple[Mention, ...]
    place: PlaceInfo | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything kg finds in one article; the unit of the JSONL and of the graph."""

    article: Article
    meta: Meta
    entities: tuple[Entity, ...]
    positions: tuple[Position, ...]
    events: tuple[SupplyEvent, ...]
    clean: CleanText
    problems: tuple[Problem, ...] = field(default=())
