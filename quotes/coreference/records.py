"""A resolved draft as a quote record: its id, its speaker phrases grown to whole words, its source's entity and
role; and whether a cue lies inside another quote's content (a reported clause, whose speaker does not go on
speaking after it)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import attrs

from quotes.coreference.chains import Entity
from quotes.coreference.spans import whole_words
from quotes.coreference.state import Coreference
from quotes.drafts import Draft
from quotes.model import Quote
from quotes.normalize import char_before_spaces


def quote_record(coref: Coreference, draft: Draft, entity: Entity | None, confidence: float, meta: dict[str, object] | None) -> Quote:
    """The record of a draft resolved to `entity` (None: no source), its id a hash of the cue's and content's offsets."""
    doc_id = coref.document.doc_id
    text = coref.document.text
    key = f"{doc_id}|{draft.cue.start}|{draft.content.start}|{draft.content.end}"
    digest = hashlib.blake2b(key.encode(), digest_size=8).hexdigest()
    role = draft.role or (entity.role if entity is not None else None)
    return Quote(
        doc_id=doc_id,
        quote_id=f"{doc_id}:{digest[:10]}",
        type=draft.type,
        content=draft.content,
        cue=draft.cue,
        cue_class=draft.cue_class,
        speaker=whole_words(text, draft.speaker),
        speaker_resolved=whole_words(text, entity.fullest if entity is not None else draft.speaker),
        role=whole_words(text, role),
        via=whole_words(text, draft.via),
        speaker_entity=f"{doc_id}:{entity.id}" if entity is not None else None,
        sentence_index=draft.sentence_index,
        confidence=round(confidence, 3),
        evidence=attrs.evolve(
            draft.match.evidence(draft.notes),
            bindings=draft.match.evidence().bindings + draft.extra_bindings,
        ),
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
