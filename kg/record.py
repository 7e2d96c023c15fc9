"""Extraction → the JSONL record of ANNOTATION.md (one object per article).

The record is what `kg extract` writes and what the scorer reads, so it
follows the gold schema exactly: names as ``full|alias`` alternatives, sets
per article, quantities as JSON numbers.
"""
from __future__ import annotations

from typing import Any

from .model import ENTITY_TYPES, Entity, Extraction, Item, SupplyEvent


def _number(value: float | None) -> int | float | None:
    """Integral floats become ints so the JSON reads as a person would write it."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def entity_name(entity: Entity) -> str:
    """The gold-style alternative list: fullest form first."""
    return "|".join((entity.name, *entity.aliases))


def entity_names(ex: Extraction) -> dict[str, str]:
    """Every name or alias of the article's entities → that entity's alternative list.

    An event's agent or a post's organisation is a mention of an entity; the
    record names the entity the way it names it under ``entities`` (first
    entity wins for a shared alias, in the extraction's order).
    """
    out: dict[str, str] = {}
    for ent in ex.entities:
        full = entity_name(ent)
        for name in (ent.name, *ent.aliases):
            out.setdefault(name, full)
    return out


def item_record(item: Item) -> dict[str, Any]:
    return {"item": item.name, "quantity": _number(item.quantity), "unit": item.unit}


def event_record(event: SupplyEvent, names: dict[str, str] | None = None) -> dict[str, Any]:
    names = names or {}
    return {
        "type": event.type,
        "agents": [names.get(a, a) for a in event.agents],
        "recipients": [names.get(r, r) for r in event.recipients],
        "items": [item_record(i) for i in event.items],
        "value_yuan": _number(event.value_yuan),
        "date": event.date,
        "rule": event.rule,
    }


def extraction_record(ex: Extraction) -> dict[str, Any]:
    entities: dict[str, list[str]] = {t: [] for t in ENTITY_TYPES}
    places: dict[str, dict[str, str | None]] = {}
    for ent in ex.entities:
        name = entity_name(ent)
        entities[ent.type].append(name)
        if ent.type == "LOC" and ent.place is not None and ent.place.province:
            places[name] = {
                "province": ent.place.province,
                "city": ent.place.city,
                "county": ent.place.county,
            }
    names = entity_names(ex)
    positions = []
    seen: set[tuple[str, str, str | None]] = set()
    for pos in ex.positions:
        key = (pos.person, pos.title, pos.org)
        if key not in seen:
            seen.add(key)
            org = names.get(pos.org, pos.org) if pos.org else pos.org
            positions.append({"person": pos.person, "title": pos.title, "org": org})
    return {
        "doc": ex.article.doc_id,
        "meta": {
            "title": ex.meta.title,
            "date": ex.meta.date,
            "source": "|".join(ex.meta.sources) or None,
            "url": ex.meta.url,
        },
        "entities": entities,
        "supply_events": [event_record(e, names) for e in ex.events],
        "positions": positions,
        "places": places,
        "problems": [p.reason for p in ex.problems],
    }
