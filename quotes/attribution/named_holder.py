"""Step ``named-holder``, over a document's quotes once the sieves ran: a cue without a subject that the resolver gave
the title or description of a person the ``entity`` sieve found named right before an earlier quote (`وقال أحد كبار
مشايخ مأرب علي غريب: … . وأوضح أن …`) speaks for that person too: the name, with the phrase as the role."""

from __future__ import annotations

import attrs

from quotes.attribution.ground import with_note
from quotes.model import Quote, Span

#: The note the entity sieve leaves on a quote whose speaker became the holder named before the content.
HOLDER_NOTE = "the title's holder named right before the content"


def carry_named_holders(quotes: list[Quote]) -> list[Quote]:
    """`quotes` (in text order) with each later subject-less quote whose resolved speaker is a phrase an earlier quote
    found the holder of taken over by that holder."""
    holders: dict[tuple[int, int], Quote] = {}
    result = []
    for quote in quotes:
        found = holders.get(_key(quote.speaker_resolved)) if quote.speaker is None else None
        if found is not None and found.cue.start < quote.cue.start and found.speaker_resolved is not None:
            role = quote.role if quote.role is not None and quote.role != quote.speaker_resolved else found.role
            quote = attrs.evolve(quote, speaker_resolved=found.speaker_resolved, role=role, speaker_entity=found.speaker_entity)
            quote = with_note(quote, f"speaker_resolved: {found.speaker_resolved.text!r}, named before as the holder of the phrase")
        if quote.role is not None and any(HOLDER_NOTE in note for note in quote.evidence.notes):
            holders[_key(quote.role)] = quote
        result.append(quote)
    return result


def _key(span: Span | None) -> tuple[int, int]:
    return (span.start, span.end) if span is not None else (-1, -1)
