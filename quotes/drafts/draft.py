"""A quote as the drafting steps leave it, before the document's speakers are resolved."""

from __future__ import annotations

import attrs

from quotes.graph import SentenceGraph
from quotes.match import Match
from quotes.model import Binding, Cue, Span


@attrs.frozen
class Draft:
    """A quote before document-level speaker resolution."""

    sentence_index: int
    type: str
    content: Span
    cue: Cue
    cue_class: str | None
    speaker: Span | None
    role: Span | None
    via: Span | None
    speaker_hint: Span | None
    hint_role: Span | None
    cue_gender: str | None
    cue_number: str | None
    match: Match
    extra_bindings: tuple[Binding, ...]
    priority: int
    confidence: float
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    def text_before_cue(self, around: Span) -> str:
        """The text of `around` from its start to this draft's cue."""
        return around.text[: max(0, self.cue.start - around.start)]


def span_bindings(
    sentence: SentenceGraph, spans: tuple[tuple[str, Span | None], ...], notes: tuple[str, ...]
) -> tuple[Binding, ...]:
    """Bindings for spans the attribution step grew (the role of a وهو clause), for the evidence."""
    found = []
    how = "; ".join(notes) or "grown from the speaker"
    for name, span in spans:
        if span is None:
            continue
        first = sentence.first_starting(span.start, span.end)
        if first is not None:
            found.append(Binding(node=name, word_index=first.index, word_text=span.text, path=how))
    return tuple(found)
