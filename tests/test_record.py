"""kg.record: the JSONL form names an agent or a post's organisation as the entity it mentions."""
from __future__ import annotations

import hashlib

from kg.model import Article, CleanText, Entity, Extraction, Item, Meta, Position, SupplyEvent
from kg.record import extraction_record


def _extraction(entities: tuple[Entity, ...], positions: tuple[Position, ...],
                events: tuple[SupplyEvent, ...]) -> Extraction:
    raw = "文本"
    art = Article("a", "a.txt", raw, "utf-8", hashlib.sha256(raw.encode()).hexdigest())
    return Extraction(art, Meta(None, None, (), None), entities, positions, events,
                      CleanText(art, raw, tuple(range(len(raw) + 1)), (), Meta(None, None, (), None)))


def _org(name: str, *aliases: str) -> Entity:
    return Entity(f"ORG:{name}", "ORG", name, aliases, ())


def test_agent_short_form_is_written_as_its_entity() -> None:
    ent = _org("青山县金禾农业有限公司", "金禾农业")
    ev = SupplyEvent("donation", ("金禾农业",), ("石桥村",), (Item("口罩", 500.0, "个", 0, 2),),
                     None, None, 0, 2, "r")
    rec = extraction_record(_extraction((ent,), (), (ev,)))
    assert rec["supply_events"][0]["agents"] == ["青山县金禾农业有限公司|金禾农业"]
    assert rec["supply_events"][0]["recipients"] == ["石桥村"]  # no entity: written as found


def test_post_org_is_written_as_its_entity() -> None:
    ent = _org("石桥镇石桥村党支部", "石桥村党支部")
    pos = Position("林晓东", "书记", "石桥村党支部", 0, 2, "r")
    rec = extraction_record(_extraction((ent,), (pos,), ()))
    assert rec["positions"] == [{"person": "林晓东", "title": "书记", "org": "石桥镇石桥村党支部|石桥村党支部"}]
