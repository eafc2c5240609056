"""What the attribution sieves read (:class:`Ground`: the document's entity table, its parse, which words are titles),
and the small steps they share: a phrase's head word, the words within a span, a note on a quote's evidence."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from quotes.entities import Entity, EntityTable
from quotes.graph import ParsedDocument, Word
from quotes.model import Quote, Span
from quotes.normalize import written_word_start

#: Heads that are never a source's.
NOT_SOURCE_TAGS = frozenset(("VERB", "AUX", "NUM", "ADP", "SCONJ", "CCONJ", "PART", "PUNCT", "SYM"))


@attrs.frozen
class Ground:
    """What the sieves read: the document's entity table, its parse, which words are titles, and what a speaker phrase
    names instead of a source."""

    table: EntityTable
    document: ParsedDocument
    is_title: Callable[[Word], bool] = attrs.field(default=lambda word: False)
    #: a title or a word that describes a person (الإعلامي، مسؤول)
    describes_person: Callable[[Word], bool] = attrs.field(default=lambda word: False)
    #: what a speaker phrase no finder found names instead of a source, read off its head (`a number`, `a verbal
    #: noun` …; quotes.mentions.source_heads), or None
    why_no_source: Callable[[ParsedDocument, Span], str | None] = attrs.field(default=lambda document, span: None)
    #: "Masc" or "Fem" as a person's given name (rules/lexicons/given_names.tsv) or title says, or None
    person_gender: Callable[[Entity], str | None] = attrs.field(default=lambda entity: None)


#: Ends the no-source sieve's verdict on a phrase that names no source by its head: the cue has an overt subject, which
#: is no source, so no person named before speaks for it either (latest-person leaves the quote without a source).
BY_ITS_HEAD = " by its head"


def cleared_by_head(quote: Quote) -> bool:
    """Whether the no-source sieve took the speaker away because its phrase names no source by its head."""
    return any(note.startswith("sieve no-source") and BY_ITS_HEAD in note for note in quote.evidence.notes)


def speaker_head(document: ParsedDocument, span: Span) -> Word | None:
    """The word of `span` whose head lies outside it (the phrase's syntactic head), if the span holds words."""
    inside = words_within(document, span.start, span.end)
    if not inside:
        return None
    indices = {word.index for word in inside}
    heads = [word for word in inside if word.head not in indices]
    return heads[0] if heads else inside[0]


def words_within(document: ParsedDocument, start: int, end: int) -> list[Word]:
    """The words of the sentence holding `start` that lie within [start, end)."""
    sentence = document.sentence_at(start)
    return sentence.words_within(start, end) if sentence is not None else []


def with_note(quote: Quote, note: str) -> Quote:
    return attrs.evolve(quote, evidence=attrs.evolve(quote.evidence, notes=(*quote.evidence.notes, note)))


def trimmed(text: str, start: int, end: int) -> Span | None:
    """text[start:end] without the marks and spaces at its edges, ending before the written word that `end` falls
    inside: a title before a name whose first letter the clitic pass took for ل (`الناطق باسم المفوضية ليو دوبس`,
    the name read `يو دوبس`) does not end with that letter."""
    end = written_word_start(text, end)
    while start < end and not text[start].isalpha():
        start += 1
    while end > start and not text[end - 1].isalpha():
        end -= 1
    return Span.from_offsets(text, start, end) if end > start else None


def overlaps(span: Span, other: Span | None) -> bool:
    return other is not None and span.start < other.end and other.start < span.end


def entity_number(quote: Quote) -> str | None:
    """The id of the quote's speaker entity without the document prefix (`doc:e4` → `e4`)."""
    return quote.speaker_entity.rsplit(":", 1)[-1] if quote.speaker_entity else None
