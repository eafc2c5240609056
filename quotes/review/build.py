"""Build a :class:`~quotes.review.model.Report`: run the rules, score against gold, explain each sentence.

>>> report = build_report(extractor, documents, gold=records)   # documents: ParsedDocument objects
"""

from __future__ import annotations

import collections
from collections.abc import Mapping, Sequence
from typing import Any

from quotes.api import Extractor
from quotes.evaluate import Evaluation, ScoredQuote, evaluate, mentions_agree
from quotes.explain import SentenceExplanation, bound_words, render_svg, render_trace
from quotes.graph import ParsedDocument
from quotes.model import Binding, Quote, Span
from quotes.review.gold import gold_record
from quotes.review.model import (
    FIELD_LABELS,
    FIELDS,
    STATUS_LABELS,
    FieldSpan,
    Report,
    ReviewDocument,
    ReviewItem,
    RuleRow,
    SentenceView,
)
from quotes.review.segments import Layer, segment_text

#: The pattern nodes whose binding path explains each field.
FIELD_NODES = {
    "content": ("content", "complementizer"),
    "cue": ("cue",),
    "speaker": ("speaker", "speaker_mention", "main_speaker", "speaker_case", "described"),
    "speaker_resolved": (),
    "role": ("role",),
    "via": ("via", "relay"),
}


def field_path(field: str, bindings: Sequence[Binding]) -> str:
    """The dependency steps that bound `field`, or '' when no node of the rule did (the attribution step found it)."""
    return "; ".join(binding.path for binding in bindings if binding.node in FIELD_NODES[field] and binding.path)


def quote_spans(quote: Quote) -> tuple[FieldSpan, ...]:
    values: dict[str, Span | None] = {
        "content": quote.content,
        "cue": quote.cue.span,
        "speaker": quote.speaker,
        "speaker_resolved": quote.speaker_resolved if quote.speaker_resolved != quote.speaker else None,
        "role": quote.role,
        "via": quote.via,
    }
    return tuple(
        FieldSpan(field, span.start, span.end, span.text, field_path(field, quote.evidence.bindings))
        for field, span in values.items()
        if span is not None
    )


def scored_spans(quote: ScoredQuote) -> tuple[FieldSpan, ...]:
    found = []
    for field in FIELDS:
        span = getattr(quote, field)
        if span is not None and not (field == "speaker_resolved" and span == quote.speaker):
            found.append(FieldSpan(field, span.start, span.end, span.text))
    return tuple(found)


def _status(predicted: ScoredQuote, gold: ScoredQuote) -> str:
    if not mentions_agree(predicted.source, gold.source):
        return "wrong_speaker"
    if not mentions_agree(predicted.role, gold.role):
        return "wrong_role"
    return "right"


class _Pairing:
    """For each prediction and gold quote of a scoring run: its partner and its status."""

    def __init__(self, evaluation: Evaluation | None) -> None:
        self.partner: dict[int, ScoredQuote] = {}  # prediction line → matched gold quote
        self.status: dict[int, str] = {}  # prediction line → status
        self.missed: dict[str, list[ScoredQuote]] = collections.defaultdict(list)
        self.scored = evaluation is not None
        if evaluation is None:
            return
        matched_gold = set()
        for pair in evaluation.pairs:
            predicted, gold = evaluation.predicted[pair.predicted], evaluation.gold[pair.gold]
            self.partner[predicted.line] = gold
            self.status[predicted.line] = _status(predicted, gold)
            matched_gold.add(pair.gold)
        for predicted in evaluation.predicted:
            self.status.setdefault(predicted.line, "false_alarm")
        for number, gold in enumerate(evaluation.gold):
            if number not in matched_gold:
                self.missed[gold.doc_id].append(gold)


def _note(field: str, item: ReviewItem, path: str) -> str:
    parts = [FIELD_LABELS[field], f"quote {item.number}", STATUS_LABELS[item.status]]
    if item.rule_id:
        parts.append(f"rule {item.rule_id}")
        parts.append(f"confidence {item.confidence:.2f}")
        parts.append(f"path: {path or 'found by the attribution step'}")
    else:
        parts.append("gold only: no rule produced it")
    return " · ".join(parts)


def _layers(item: ReviewItem) -> list[Layer]:
    gold_only = item.rule_id is None
    return [
        Layer(
            start=span.start,
            end=span.end,
            field=span.field,
            item=item.item_id,
            note=_note(span.field, item, span.path),
            entity=item.entity if span.field in ("speaker", "speaker_resolved") else None,
            gold_only=gold_only,
        )
        for span in item.spans
    ]


def _sentence_view(key: str, document: ParsedDocument, explanation: SentenceExplanation) -> SentenceView:
    sentence = explanation.sentence
    return SentenceView(
        key=key,
        index=sentence.index,
        text=document.text[sentence.start : sentence.end],
        svg=render_svg(sentence, bound_words(explanation)),
        trace="\n".join(render_trace(trace) for trace in explanation.traces),
    )


class ReportBuilder:
    """Runs the rules over parsed documents and gathers what the report shows."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor

    def build(
        self,
        documents: Sequence[ParsedDocument],
        gold: Sequence[Mapping[str, Any]] | None = None,
        *,
        title: str = "quotes review",
        problems: Sequence[str] = (),
    ) -> Report:
        quotes_of = {document.doc_id: self.extractor.extract_parsed(document) for document in documents}
        texts = {document.doc_id: document.text for document in documents}
        predictions = [quote for document in documents for quote in quotes_of[document.doc_id]]
        evaluation = None
        gold_lines: list[Mapping[str, Any]] = []
        if gold is not None:
            gold_lines = [record for record in gold if record.get("doc_id") in texts]
            if len(gold_lines) < len(gold):
                elsewhere = len(gold) - len(gold_lines)
                problems = [
                    *problems,
                    f"{elsewhere} gold quotes are for documents not in the input: not shown, not scored, not exported",
                ]
            evaluation = evaluate(texts, gold_lines, predictions)
            problems = [*problems, *evaluation.gold_problems]
        pairing = _Pairing(evaluation)
        built = []
        line = 0
        for position, document in enumerate(documents):
            quotes = quotes_of[document.doc_id]
            lines = range(line + 1, line + 1 + len(quotes))
            line += len(quotes)
            built.append(self._document(position, document, list(zip(lines, quotes, strict=True)), pairing, gold_lines))
        built.sort(key=lambda review: (-review.errors, review.position))
        rules = self._rules(documents, predictions, pairing)
        return Report(title=title, documents=tuple(built), rules=rules, evaluation=evaluation, problems=tuple(problems))

    def _document(
        self,
        position: int,
        document: ParsedDocument,
        quotes: list[tuple[int, Quote]],
        pairing: _Pairing,
        gold_lines: Sequence[Mapping[str, Any]],
    ) -> ReviewDocument:
        items: list[ReviewItem] = []
        for line, quote in quotes:
            partner = pairing.partner.get(line)
            items.append(
                ReviewItem(
                    item_id=f"d{position}-q{len(items) + 1}",
                    number=len(items) + 1,
                    doc_id=document.doc_id,
                    status=pairing.status.get(line, "predicted"),
                    type=quote.type,
                    spans=quote_spans(quote),
                    gold_spans=scored_spans(partner) if partner else (),
                    sentence=quote.sentence_index,
                    rule_id=quote.evidence.rule_id,
                    confidence=quote.confidence,
                    entity=quote.speaker_entity,
                    bindings=quote.evidence.bindings,
                    notes=quote.evidence.notes,
                    warnings=quote.warnings,
                    gold_type=partner.type if partner else None,
                    gold_record=gold_lines[partner.line - 1] if partner else None,
                    accept_record=gold_record(quote, document.text),
                )
            )
        for gold in pairing.missed.get(document.doc_id, ()):
            anchor = gold.cue.start if gold.cue else gold.content.start
            sentence = document.sentence_at(anchor)
            spans = scored_spans(gold)
            items.append(
                ReviewItem(
                    item_id=f"d{position}-q{len(items) + 1}",
                    number=len(items) + 1,
                    doc_id=document.doc_id,
                    status="missed",
                    type=gold.type,
                    spans=spans,
                    gold_spans=spans,
                    sentence=sentence.index if sentence else None,
                    gold_type=gold.type,
                    gold_record=gold_lines[gold.line - 1],
                )
            )
        items.sort(key=lambda item: item.start)
        segments = segment_text(document.text, [layer for item in items for layer in _layers(item)])
        wanted = {item.sentence for item in items if item.sentence is not None}
        predicted = [quote for _, quote in quotes]
        sentences = tuple(
            _sentence_view(
                f"d{position}-s{sentence.index}",
                document,
                SentenceExplanation(
                    sentence,
                    tuple(self.extractor.matcher.trace_sentence(sentence)),
                    tuple(quote for quote in predicted if quote.sentence_index == sentence.index),
                ),
            )
            for sentence in document.sentences
            if sentence.index in wanted
        )
        return ReviewDocument(position, document.doc_id, document.text, segments, tuple(items), sentences)

    def _rules(
        self, documents: Sequence[ParsedDocument], predictions: Sequence[Quote], pairing: _Pairing
    ) -> tuple[RuleRow, ...]:
        fired: collections.Counter[str] = collections.Counter()
        for document in documents:
            for sentence in document.sentences:
                fired.update(match.rule.id for match in self.extractor.matcher.match_sentence(sentence))
        produced: collections.Counter[str] = collections.Counter()
        matched: collections.Counter[str] = collections.Counter()
        right: collections.Counter[str] = collections.Counter()
        for line, quote in enumerate(predictions, 1):
            rule = quote.evidence.rule_id
            produced[rule] += 1
            status = pairing.status.get(line)
            matched[rule] += status in ("right", "wrong_speaker", "wrong_role")
            right[rule] += status in ("right", "wrong_role")
        scored = pairing.scored
        return tuple(
            RuleRow(
                rule_id=rule.id,
                description=rule.description,
                fired=fired[rule.id],
                quotes=produced[rule.id],
                matched=matched[rule.id] if scored else None,
                right=right[rule.id] if scored else None,
            )
            for rule in self.extractor.grammar.rules
        )


def build_report(
    extractor: Extractor,
    documents: Sequence[ParsedDocument],
    gold: Sequence[Mapping[str, Any]] | None = None,
    *,
    title: str = "quotes review",
    problems: Sequence[str] = (),
) -> Report:
    """The report of `documents`: quotes, parses, rule traces, and (with gold records) scores and errors."""
    return ReportBuilder(extractor).build(documents, gold, title=title, problems=problems)
