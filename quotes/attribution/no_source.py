"""Sieve ``no-source``: a speaker phrase that no person/organisation/group mention covers and whose head is a verb, a
number, a preposition or a place is no speaker; the quote keeps its content and cue, without source."""

from __future__ import annotations

import attrs

from quotes.attribution.ground import NOT_SOURCE_TAGS, Ground, speaker_head, with_note
from quotes.entities import EntityTable
from quotes.graph import ParsedDocument, Word
from quotes.model import Quote, Span


def sieve(quote: Quote, ground: Ground) -> Quote:
    """Sieve 1: a speaker that is no mention of a source and reads as a verb, number, preposition or place."""
    table, document = ground.table, ground.document
    speaker = quote.speaker or quote.speaker_resolved
    if speaker is None:
        return quote
    if quote.speaker_resolved is not None and quote.speaker_resolved != speaker and table.at(quote.speaker_resolved) is not None:
        return quote  # خان of صديق خان: the tagger's place is a surname the resolver already tied to a person
    head = speaker_head(document, speaker)
    verdict = None
    if table.is_place(speaker) and (_in_prepositional_phrase(document, head) or _named_place(table, speaker)):
        verdict = "a place"  # في الرياض، غرب بغداد (a capital as subject speaks for its government: قالت بكين)
    elif table.at(speaker) is not None:
        return quote
    elif head is not None and head.upos in NOT_SOURCE_TAGS and len(speaker.text.split()) == 1:
        verdict = f"a {head.upos.lower()}"  # (a longer phrase is more often a name the small tagger mistook)
    elif all(not char.isalpha() for char in speaker.text):
        verdict = "no word"
    if verdict is None:
        return quote
    cleared = attrs.evolve(quote, speaker=None, speaker_resolved=None, speaker_entity=None)
    return with_note(cleared, f"sieve no-source: the speaker phrase {speaker.text!r} is {verdict}, not a source")


def _in_prepositional_phrase(document: ParsedDocument, word: Word | None) -> bool:
    if word is None:
        return False
    sentence = document.sentence_at(word.start)
    if sentence is None:
        return False
    return any(child.base_deprel == "case" for child in sentence.children(word.index)) or (
        word.index > 1 and sentence.word(word.index - 1).upos == "ADP" and sentence.word(word.index - 1).end == word.start
    )


def _named_place(table: EntityTable, span: Span) -> bool:
    """A place the rules named by its kind (غرب بغداد، قضاء سنجار), not a bare name the tagger tagged."""
    return any(p.source == "place" and p.span.start <= span.start and span.end <= p.span.end for p in table.places)
