"""Step ``quoted-roles``, over a document's quotes once the sieves ran: a person quoted without a role in the cue's own
sentence takes the role an earlier quote of the same person was given (the contract: "else the latest earlier
description of the same source"). The entity table holds the titles the mention finders read before and after names;
a quote's role may come from a phrase only the rules read (`وأشارت أميرة الفهيد - مشرفة فريق … - إلى …`), and a later
`وكشفت أميرة الفهيد أن …` or `وقال الفهيد …` is the same person with the same description."""

from __future__ import annotations

import attrs

from quotes.attribution.entity_roles import named_person
from quotes.attribution.ground import entity_number, with_note
from quotes.entities import Entity, EntityTable, contained, name_words
from quotes.model import Quote


def carry_quoted_roles(quotes: list[Quote], table: EntityTable) -> list[Quote]:
    """`quotes` with each quote of a person named by their proper name that has no role given the role of the latest
    earlier quote (by the cue's place) of the same entity that has one; not a body's or a statement's, whose
    description is rarely repeated as its role."""
    people = {entity.id: entity for entity in table.entities if named_person(entity)}
    # (cue start, entity id, role) of every quote of such a person that has a role, in text order
    described = sorted(
        (
            (quote.cue.start, entity_id, quote.role)
            for quote in quotes
            if quote.role is not None and (entity_id := entity_number(quote)) in people
        ),
        key=lambda found: found[0],
    )
    if not described:
        return quotes
    result = []
    for quote in quotes:
        entity_id = entity_number(quote)
        if quote.role is None and entity_id in people and _names_the_person(quote, people[entity_id]):
            earlier = [role for start, other, role in described if other == entity_id and start < quote.cue.start]
            if earlier:
                note = f"role: the role an earlier quote of {entity_id} was given, {earlier[-1].text!r}"
                quote = with_note(attrs.evolve(quote, role=earlier[-1]), note)
        result.append(quote)
    return result


def _names_the_person(quote: Quote, entity: Entity) -> bool:
    """Whether the quote's resolved speaker is the person's name, every word of it in the canonical name: not a body or
    a country the table joined to a person (`روسيا` beside the Kremlin's spokesman)."""
    words = name_words(quote.speaker_resolved) if quote.speaker_resolved is not None else ()
    return bool(words) and contained(words, name_words(entity.canonical))
