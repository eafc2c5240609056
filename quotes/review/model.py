"""What a review report shows, as plain frozen data: documents, their quotes, sentences and rules.

Built by :mod:`quotes.review.build`, written out by :mod:`quotes.review.render`;
nothing here knows HTML.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from quotes.evaluate import Evaluation
from quotes.model import Binding
from quotes.review.segments import Segment

#: A quote of the report is right, one of these errors (the scorer's kinds), or "predicted" (no gold given).
ERROR_STATUSES = ("wrong_speaker", "wrong_role", "missed", "false_alarm")
STATUS_LABELS = {
    "right": "right",
    "wrong_speaker": "wrong speaker",
    "wrong_role": "wrong role",
    "missed": "missed",
    "false_alarm": "false alarm",
    "predicted": "predicted",
}
#: The fields a quote highlights, in the order the report lists them.
FIELDS = ("content", "cue", "speaker", "speaker_resolved", "role", "via")
FIELD_LABELS = {
    "content": "content",
    "cue": "cue",
    "speaker": "speaker",
    "speaker_resolved": "resolved speaker",
    "role": "role",
    "via": "transmitter",
}


@attrs.frozen
class FieldSpan:
    """One field of a quote: where it is, and the dependency path that bound it ('' when no rule node did)."""

    field: str
    start: int
    end: int
    text: str
    path: str = ""


@attrs.frozen
class ReviewItem:
    """One row of a document's quote list: a prediction, a gold quote, or a matched pair of both.

    `spans` are the prediction's (the gold's for a missed quote); `gold_record`
    is the gold line as written, `accept_record` the prediction as a gold
    record; the browser's editor starts from the one and can take the other.
    """

    item_id: str
    number: int
    doc_id: str
    status: str
    type: str | None
    spans: tuple[FieldSpan, ...]
    gold_spans: tuple[FieldSpan, ...] = ()
    sentence: int | None = None
    rule_id: str | None = None
    confidence: float | None = None
    entity: str | None = None
    bindings: tuple[Binding, ...] = ()
    notes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    gold_type: str | None = None
    gold_record: Mapping[str, Any] | None = attrs.field(default=None, eq=False)
    accept_record: Mapping[str, Any] | None = attrs.field(default=None, eq=False)

    @property
    def is_error(self) -> bool:
        return self.status in ERROR_STATUSES

    @property
    def start(self) -> int:
        return min((span.start for span in self.spans), default=0)

    def span(self, field: str) -> FieldSpan | None:
        return next((span for span in self.spans if span.field == field), None)

    def gold_span(self, field: str) -> FieldSpan | None:
        return next((span for span in self.gold_spans if span.field == field), None)


@attrs.frozen
class SentenceView:
    """A sentence that holds a quote: its text, its parse drawn as SVG, and every rule's trace on it."""

    key: str
    index: int
    text: str
    svg: str
    trace: str


@attrs.frozen
class ReviewDocument:
    """One document: its text cut into highlighted segments, its quotes and the sentences they are in."""

    position: int
    doc_id: str
    text: str
    segments: tuple[Segment, ...]
    items: tuple[ReviewItem, ...]
    sentences: tuple[SentenceView, ...]

    @property
    def errors(self) -> int:
        return sum(item.is_error for item in self.items)

    def count(self, status: str) -> int:
        return sum(item.status == status for item in self.items)


@attrs.frozen
class RuleRow:
    """How one rule did: matches over all sentences, quotes it produced, and (with gold) how many were right."""

    rule_id: str
    description: str
    fired: int
    quotes: int
    matched: int | None = None
    right: int | None = None

    @property
    def precision(self) -> float | None:
        """Of this rule's quotes, the share matched with the right speaker (end-to-end precision)."""
        if self.right is None or not self.quotes:
            return None
        return self.right / self.quotes


@attrs.frozen
class Report:
    """Everything one report file shows."""

    title: str
    documents: tuple[ReviewDocument, ...]
    rules: tuple[RuleRow, ...]
    evaluation: Evaluation | None = None
    problems: tuple[str, ...] = ()

    @property
    def has_gold(self) -> bool:
        return self.evaluation is not None

    def count(self, status: str) -> int:
        return sum(document.count(status) for document in self.documents)
