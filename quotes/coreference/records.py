"""A resolved draft as a quote record: its id, its speaker phrases grown to whole words, its source's entity and
role; and whether a cue lies inside another quote's content (a reported clause, whose speaker does not go on
speaking after it)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import attrs

from quotes.coreference.chains import Entity
from quotes.coreference.lexicons import word_set
from quotes.coreference.spans import whole_words
from quotes.coreference.state import Coreference
from quotes.drafts import Draft
from quotes.model import Quote, Span
from quotes.normalize import char_before_spaces, normalize
from quotes.speakers.words import verb_after_relative_pronoun

#: God and the Prophet as a quoting speaker's sources (rules/lexicons/scripture_sources.tsv), and the prayer formulas
#: written after the Prophet's name (prayer_formulas.tsv).
_SCRIPTURE_SOURCES = word_set("scripture_sources")
_PRAYER_FORMULAS = word_set("prayer_formulas")


def quote_record(
    coref: Coreference,
    draft: Draft,
    entity: Entity | None,
    confidence: float,
    meta: dict[str, object] | None,
    *,
    role: Span | None = None,
) -> Quote:
    """The record of a draft resolved to `entity` (None: no source), its id a hash of the cue's and content's offsets;
    `role`: the role a cue without a subject goes on with (the one its source was given last), else the entity's."""
    doc_id = coref.document.doc_id
    text = coref.document.text
    key = f"{doc_id}|{draft.cue.start}|{draft.content.start}|{draft.content.end}"
    digest = hashlib.blake2b(key.encode(), digest_size=8).hexdigest()
    role = draft.role or role or (entity.role if entity is not None else None)
    speaker = whole_words(text, draft.speaker)
    resolved = entity.fullest if entity is not None else draft.speaker
    evidence = draft.match.evidence(draft.notes)  # (its bindings, built once, whatever the notes)
    return Quote(
        doc_id=doc_id,
        quote_id=f"{doc_id}:{digest[:10]}",
        type=draft.type,
        content=draft.content,
        cue=draft.cue,
        cue_class=draft.cue_class,
        speaker=speaker,
        speaker_resolved=speaker if resolved == draft.speaker else whole_words(text, resolved),
        role=whole_words(text, role),
        via=whole_words(text, draft.via),
        speaker_entity=f"{doc_id}:{entity.id}" if entity is not None else None,
        sentence_index=draft.sentence_index,
        confidence=round(confidence, 3),
        evidence=attrs.evolve(evidence, bindings=evidence.bindings + draft.extra_bindings),
        warnings=draft.warnings,
        meta=dict(meta or {}),
    )


def reported_within(draft: Draft, drafts: Sequence[Draft], text: str) -> bool:
    """Whether the draft's cue lies inside another quote's content (`مشيرا إلى أن النظام لم يتطرق إلى …`): who speaks
    in the reported clause does not go on speaking after it; the reporter does. A cue right after a full stop opens a
    sentence of its own (`… يوميًا.وأوضح`: the splitter missed it), whatever content ran on over it."""
    if char_before_spaces(text, draft.cue.start) == ".":
        return False
    return any(
        other is not draft
        and other.type != "according_to"
        and other.sentence_index == draft.sentence_index  # (a content that ran on into the next sentence is no report)
        and other.content.start <= draft.cue.start < other.content.end
        for other in drafts
    )


def said_in_a_relative_clause(draft: Draft) -> bool:
    """Whether the cue is the verb right after a relative pronoun, its source the noun the clause describes (`معبراً عن
    تأييده للمتظاهرين الذين يطالبون بـ …، داعياً …`): people described inside another's sentence do not go on speaking
    after it; the one whose sentence it is does."""
    speaker = draft.speaker
    return (
        speaker is not None
        and speaker.end <= draft.cue.start
        and verb_after_relative_pronoun(draft.match.sentence, draft.match.anchor)
    )


def quotes_scripture(draft: Draft) -> bool:
    """Whether the draft's subject is God or the Prophet (`قال الله تعالى: «…»`، `قال تعالى`، `قال رسول الله صلى الله
    عليه وسلم`), whom a speaker quotes: they never go on speaking, a later cue without a subject speaks for the
    person who quoted them."""
    if draft.speaker is None:
        return False
    words = normalize(draft.speaker.text.replace("\ufdfa", " ")).split()
    # (the prayer after the name, or the start of it where the phrase was cut: رسول الله | صلى الله)
    return any(
        " ".join(words[:end]) in _SCRIPTURE_SOURCES
        and (end == len(words) or any(formula.startswith(" ".join(words[end:])) for formula in _PRAYER_FORMULAS))
        for end in range(1, len(words) + 1)
    )
