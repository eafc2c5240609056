"""Relayed quotes: `علمت مصادر (الرياضي) أن اللاعب … أكد أنه …` is one quote of the player, relayed by the sources."""

from __future__ import annotations

import attrs

from quotes.drafts.context import DocumentContext
from quotes.drafts.draft import Draft
from quotes.drafts.overlaps import nested
from quotes.drafts.quotations import COMPLEMENTIZER_STARTS
from quotes.drafts.words import names_a_source
from quotes.graph import ParsedDocument
from quotes.model import Span
from quotes.normalize import starts_normalised, strip_article
from quotes.speakers.words import RELATIVE_PRONOUNS

#: A relayed quote's cue comes within this many words of the relaying content's start, and its speech ends
#: within this many characters of the relaying content's end.
_RELAY_LEAD_WORDS = 15
_RELAY_END_SLACK = 3


def relayed(context: DocumentContext, drafts: list[Draft]) -> list[Draft]:
    """A quote whose أن-clause only reports another quote, whose subject opens the clause and whose speech runs to
    its end, is the transmitter: one record, the inner quote's, with the outer speaker as `via`. Not where the inner
    subject names no one (وأشار السفير إلى أن قراري الرئيسين يؤكدان أن …: decisions "confirm", the ambassador speaks)."""
    document = context.document
    relays: dict[int, Draft] = {}
    for outer in drafts:
        if outer.type not in ("indirect", "mixed") or outer.speaker is None or outer.via is not None:
            continue
        if not starts_normalised(outer.content.text, COMPLEMENTIZER_STARTS):
            continue
        for inner in drafts:
            source = inner.speaker or inner.speaker_hint
            if inner is outer or not nested(inner, outer) or source is None or inner.via is not None:
                continue
            if (
                outer.content.start <= source.start < inner.cue.start
                and len(inner.text_before_cue(outer.content).split()) <= _RELAY_LEAD_WORDS
                and inner.content.end >= outer.content.end - _RELAY_END_SLACK
                and _reports_directly(document, inner, source)
                and _names_a_source(context, inner)
            ):
                relays[id(inner)] = outer
                break
    dropped = {id(outer) for outer in relays.values()}
    return [
        attrs.evolve(draft, via=relays[id(draft)].speaker, notes=(*draft.notes, "relayed by the quote around it"))
        if id(draft) in relays
        else draft
        for draft in drafts
        if id(draft) not in dropped
    ]


def _names_a_source(context: DocumentContext, inner: Draft) -> bool:
    """Whether the inner quote's bound subject names a person or a body (a name, a title, an organisation, a group, a
    medium), not a statement, figures or a decision (الأرقام الجديدة تؤكد أن …: the figures are the speaker's argument); a
    subject-less inner quote (its source a hint) is let through."""
    subject = inner.match.word("speaker")
    if subject is None or inner.speaker is None:
        return True
    lexicons = context.lexicons
    bodies = lexicons.organisation_heads | {strip_article(key) for key in (*(lexicons.groups or ()), *(lexicons.media or ()))}
    sentence = context.document.sentences[inner.sentence_index]
    return (
        names_a_source(lexicons, subject)
        or context.tagged_person_or_body(sentence, subject)
        or any(strip_article(key) in bodies for key in subject.keys)
    )


def _reports_directly(document: ParsedDocument, inner: Draft, source: Span) -> bool:
    """Is the inner cue the verb of its source (اللاعب … أكد), not of a relative clause (التي تقول الصين) or
    of a later clause (المخدرات دخلت … ويرجح)?"""
    sentence = document.sentences[inner.sentence_index]
    between = sentence.words_starting(source.end, inner.cue.start)
    if any(word.upos in ("VERB", "AUX") and word.feat("VerbForm") not in ("Part", "Inf") for word in between):
        return False
    return not any(word.upos == "PRON" and any(key in RELATIVE_PRONOUNS for key in word.keys) for word in between)
