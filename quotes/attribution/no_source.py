"""Sieve ``no-source``: a speaker phrase that no person/organisation/group mention covers and whose head is a verb, a
number, a preposition or a place, or names no source by its head (an event or abstract noun, a verbal noun, a number
that counts no source: quotes.mentions.source_heads), or God addressed in a prayer, is no speaker; the quote keeps its
content and cue, without source."""

from __future__ import annotations

import attrs

from quotes.attribution.ground import BY_ITS_HEAD, NOT_SOURCE_TAGS, Ground, speaker_head, with_note
from quotes.entities import EntityTable
from quotes.graph import ParsedDocument, Word
from quotes.mentions.source_heads import addressed_in_prayer
from quotes.model import Quote, Span
from quotes.normalize import normalize, strip_article


def sieve(quote: Quote, ground: Ground) -> Quote:
    """Sieve 1: a speaker that is no mention of a source and reads as a verb, number, preposition or place, or names
    no source by its head."""
    table, document = ground.table, ground.document
    quote = _spoken_name_kept(quote, ground)
    speaker = quote.speaker or quote.speaker_resolved
    if speaker is None:
        return quote
    if quote.speaker_resolved is not None and quote.speaker_resolved != speaker and table.at(quote.speaker_resolved) is not None:
        return quote  # خان of صديق خان: the tagger's place is a surname the resolver already tied to a person
    head = speaker_head(document, speaker)
    verdict = None
    if table.is_place(speaker) and (_in_prepositional_phrase(document, head) or _named_place(table, speaker)):
        verdict = "a place"  # في الرياض، غرب بغداد (a capital as subject speaks for its government: قالت بكين)
    elif _covers_head(table, speaker, head):
        return quote
    elif addressed_in_prayer(speaker.text, quote.cue.lemma):
        verdict = "God addressed in a prayer"  # دعا الله أن يفرج …
    elif table.at(speaker) is None and head is not None and head.upos in NOT_SOURCE_TAGS and len(speaker.text.split()) == 1:
        verdict = f"a {head.upos.lower()}"  # (a longer phrase is more often a name the small tagger mistook)
    elif table.at(speaker) is None and all(not char.isalpha() for char in speaker.text):
        verdict = "no word"
    elif (reason := _no_source_by_head(ground, speaker, head)) is not None:
        # رحلة أوباما (an event in construct with a name: the name is the event's, not the speaker)، ألف قتيل، الافتتاح
        verdict = reason
    if verdict is None:
        return quote
    if quote.speaker is not None and verdict != "a place":
        verdict += BY_ITS_HEAD
    cleared = attrs.evolve(quote, speaker=None, speaker_resolved=None, speaker_entity=None)
    return with_note(cleared, f"sieve no-source: the speaker phrase {speaker.text!r} is {verdict}, not a source")


def _spoken_name_kept(quote: Quote, ground: Ground) -> Quote:
    """`وقال أوباما` resolved to `رحلة أوباما`, the fullest phrase that holds the name, which names a trip: the
    name stays the resolved speaker."""
    spoken, resolved = quote.speaker, quote.speaker_resolved
    if spoken is None or resolved is None or resolved == spoken:
        return quote
    if _no_source_by_head(ground, resolved, speaker_head(ground.document, resolved)) is None:
        return quote
    kept = attrs.evolve(quote, speaker_resolved=spoken)
    return with_note(kept, f"sieve no-source: the resolved phrase {resolved.text!r} names no source by its head")


def _no_source_by_head(ground: Ground, span: Span, head: Word | None) -> str | None:
    """What a phrase whose head no finder's mention covers names instead of a source, read off its head."""
    if _covers_head(ground.table, span, head) or _named_elsewhere(ground.table, head):
        return None
    return ground.why_no_source(ground.document, span)


def _covers_head(table: EntityTable, span: Span, head: Word | None) -> bool:
    """Whether a finder's mention covers the phrase where its head stands (`مكتب الرئيس`، `الرئيس`), not only a
    genitive after the head (أوباما of `رحلة أوباما`)."""
    found = table.at(span)
    if found is None:
        return False
    mention = found[1].span
    return head is None or (mention.start < head.end and head.start < mention.end)


def _named_elsewhere(table: EntityTable, head: Word | None) -> bool:
    """Whether the head word is a word of a person's or body's name the finders found in the document (a family name
    that spells a noun: `الحجم`)."""
    return head is not None and strip_article(normalize(head.text)) in table.source_name_keys


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
