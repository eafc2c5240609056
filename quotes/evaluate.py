"""Score extracted quotes against gold quotes, as ``spec/quote-annotation.md`` says.

>>> gold = gold_spans(texts, gold_records)           # gold strings → character spans
>>> result = evaluate(texts, gold, predictions)     # predictions: Quote objects or JSONL records
>>> result.e2e.f1, result.e2e_role.f1               # the headline figures
>>> result.to_dict()                                # what ``quote_score.py score --json`` prints, and more

The figures agree exactly with the reference scorer ``tools/quote_score.py``:
gold strings are placed with their ``cue_context`` the way it places them,
matching is one-to-one best overlap first (character overlap / longer length
≥ 0.5, ties broken as the reference breaks them), and speaker and role agree
when the F1 of their normalised words is at least 0.6.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from quotes.errors import InputError
from quotes.model import QUOTE_TYPES, Quote, Span

#: Content spans match when their overlap is at least this share of the longer one.
MATCH_THRESHOLD = 0.5
#: Speaker and role mentions agree when the F1 of their normalised words reaches this.
AGREEMENT_THRESHOLD = 0.6
#: The span fields a record holds, in the reference scorer's order.
SPAN_FIELDS = ("content", "cue", "speaker", "speaker_resolved", "role", "via")
#: The kinds of error the listing holds, in the order it prints them.
ERROR_KINDS = ("missed", "false_alarm", "wrong_speaker", "wrong_role")

# ---------------------------------------------------------------- word agreement

# This is the spec's scoring normalisation, not `quotes.normalize.normalize`:
# that one also folds ؤ/ئ and keeps the clitics, and the scorer must agree with
# the reference to the last match, so the two are kept apart on purpose.
_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ALEF_YEH_TEH = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_NOT_WORD = re.compile(r"[^\w\s]")
_CLITIC = re.compile(r"(?<!\S)[وفلب](?=\S{3,})")
_ARTICLE = re.compile(r"(?<!\S)ال(?=\S{2,})")


def _strip_word(word: str) -> str:
    """Drop one proclitic and the article: والرئيس → رئيس, للشركه → شركه."""
    if word.startswith("لل") and len(word) >= 5:
        return word[2:]
    return _ARTICLE.sub("", _CLITIC.sub("", word)) or word


def score_words(text: str | None) -> tuple[str, ...]:
    """The words a speaker or role is compared by.

    Diacritics and tatweel removed, أ/إ/آ/ٱ→ا, ى→ي, ة→ه, punctuation made a
    space, then one proclitic و/ف/ل/ب and the article ال dropped from each word:
    ``وزير الخارجية الروسي`` → ``('زير', 'خارجيه', 'روسي')``.
    """
    folded = _DIACRITICS.sub("", text or "").translate(_ALEF_YEH_TEH)
    return tuple(_strip_word(word) for word in _NOT_WORD.sub(" ", folded).split())


def word_f1(predicted: str, gold: str) -> float:
    """F1 of the normalised words of two mentions (0.0 when either has none)."""
    predicted_words, gold_words = score_words(predicted), score_words(gold)
    if not predicted_words or not gold_words:
        return 0.0
    common = sum(min(predicted_words.count(word), gold_words.count(word)) for word in set(predicted_words))
    return 2 * common / (len(predicted_words) + len(gold_words))


def mentions_agree(predicted: Span | None, gold: Span | None) -> bool:
    """Speaker/role agreement: both absent, or word F1 ≥ 0.6 (``لافروف`` agrees with ``سيرجي لافروف``)."""
    if predicted is None and gold is None:
        return True
    if predicted is None or gold is None:
        return False
    return word_f1(predicted.text, gold.text) >= AGREEMENT_THRESHOLD


def span_overlap(first: Span, second: Span) -> int:
    """Characters the two spans share."""
    return max(0, min(first.end, second.end) - max(first.start, second.start))


def content_overlap(predicted: Span, gold: Span) -> float:
    """Shared characters over the length of the longer span (0.0 for two empty spans)."""
    longer = max(predicted.end - predicted.start, gold.end - gold.start)
    return span_overlap(predicted, gold) / longer if longer else 0.0


# ---------------------------------------------------------------- the quotes being scored


@attrs.frozen
class ScoredQuote:
    """A quote as the scorer sees it: its type and its spans, and where it came from.

    `line` is the 1-based line of a gold file or the 1-based position of a prediction.
    """

    doc_id: str
    type: str | None
    content: Span
    cue: Span | None = None
    speaker: Span | None = None
    speaker_resolved: Span | None = None
    role: Span | None = None
    via: Span | None = None
    line: int = 0

    @property
    def source(self) -> Span | None:
        """The mention a speaker is judged by: `speaker_resolved`, else `speaker`."""
        return self.speaker_resolved or self.speaker

    @classmethod
    def from_quote(cls, quote: Quote, line: int = 0) -> ScoredQuote:
        return cls(
            doc_id=quote.doc_id,
            type=quote.type,
            content=quote.content,
            cue=quote.cue.span,
            speaker=quote.speaker,
            speaker_resolved=quote.speaker_resolved,
            role=quote.role,
            via=quote.via,
            line=line,
        )

    def describe(self) -> str:
        """One line: doc, type, the start of the content, the source and role."""
        content = self.content.text if len(self.content.text) <= 90 else self.content.text[:89] + "…"
        source = self.source.text if self.source else "—"
        role = f" ({self.role.text})" if self.role else ""
        return f"{self.doc_id} [{self.type}] «{content}» ← {source}{role}"


@attrs.frozen
class GoldSet:
    """Gold quotes placed in their documents, and the problems met placing them."""

    quotes: tuple[ScoredQuote, ...]
    problems: tuple[str, ...] = ()


def _find_all(text: str, needle: str) -> list[int]:
    return [found.start() for found in re.finditer(re.escape(needle), text)]


def _locate(text: str, needle: str, near: int | None) -> int | None:
    """Start of `needle` in `text`; with several, the one closest to `near`."""
    if not needle:
        return None
    starts = _find_all(text, needle)
    if not starts:
        return None
    if near is None or len(starts) == 1:
        return starts[0]
    return min(starts, key=lambda start: abs(start - near))


def gold_spans(texts: Mapping[str, str], records: Sequence[Mapping[str, Any]]) -> GoldSet:
    """Turn gold records (exact strings) into spans, as the reference scorer does.

    ``cue_context`` (else ``cue``) fixes which occurrence of the cue is meant;
    every other string is the occurrence nearest the cue. A record whose
    content cannot be placed is left out and named in the problems.
    """
    quotes: list[ScoredQuote] = []
    problems: list[str] = []
    for line, record in enumerate(records, 1):
        doc_id = record.get("doc_id")
        if not isinstance(doc_id, str) or doc_id not in texts:
            problems.append(f"gold line {line}: unknown doc_id {doc_id!r}")
            continue
        text = texts[doc_id]
        context = record.get("cue_context") or record.get("cue")
        context_starts = _find_all(text, context or "\0")
        if len(context_starts) != 1:
            problems.append(f"gold line {line} ({doc_id}): cue_context {context!r} occurs {len(context_starts)} times")
        anchor = context_starts[0] if context_starts else None
        cue = record.get("cue")
        cue_start: int | None = None
        if anchor is not None and cue and context:
            offset = text[anchor : anchor + len(context)].find(cue)
            cue_start = anchor + offset if offset >= 0 else _locate(text, cue, anchor)
        near = cue_start if cue_start is not None else anchor
        spans: dict[str, Span | None] = {}
        for field in SPAN_FIELDS:
            value = record.get(field)
            if value in (None, ""):
                spans[field] = None
                continue
            start = cue_start if field == "cue" and cue_start is not None else _locate(text, str(value), near)
            if start is None:
                problems.append(f"gold line {line} ({doc_id}): {field} not found in text: {str(value)[:60]!r}")
                spans[field] = None
            else:
                spans[field] = Span(text=str(value), start=start, end=start + len(str(value)))
        quote_type = record.get("type")
        if quote_type not in QUOTE_TYPES:
            problems.append(f"gold line {line}: bad type {quote_type!r}")
        content = spans.pop("content")
        if content is None:
            problems.append(f"gold line {line}: no content span")
            continue
        quotes.append(ScoredQuote(doc_id=doc_id, type=quote_type, content=content, line=line, **spans))
    return GoldSet(quotes=tuple(quotes), problems=tuple(problems))


@attrs.frozen
class Predictions:
    """Predicted quotes ready to score, and the problems found in their spans.

    A record with an unknown document or no content span is left out; one
    whose other spans do not index the text is kept, and each such span is
    a problem (the reference scorer's ``bad_pred_spans``).
    """

    quotes: tuple[ScoredQuote, ...]
    problems: tuple[str, ...] = ()


def _span_from_record(value: Any) -> Span | None:
    if isinstance(value, Span):
        return value
    if isinstance(value, Mapping):
        text, start, end = value.get("text"), value.get("start"), value.get("end")
        if isinstance(text, str) and isinstance(start, int) and isinstance(end, int):
            return Span(text=text, start=start, end=end)
    return None


def read_predictions(texts: Mapping[str, str], predictions: Iterable[Quote | Mapping[str, Any]]) -> Predictions:
    """Check predicted records against their documents and keep the scorable ones."""
    kept: list[ScoredQuote] = []
    problems: list[str] = []
    for line, prediction in enumerate(predictions, 1):
        record = prediction.to_dict() if isinstance(prediction, Quote) else prediction
        doc_id = record.get("doc_id")
        if not isinstance(doc_id, str) or doc_id not in texts:
            problems.append(f"pred line {line}: unknown doc_id {doc_id!r}")
            continue
        text = texts[doc_id]
        spans: dict[str, Span | None] = {}
        for field in SPAN_FIELDS:
            value = record.get(field)
            span = _span_from_record(value)
            if value is not None and (span is None or text[span.start : span.end] != span.text):
                problems.append(f"pred line {line} ({doc_id}): {field} span does not match the text")
            spans[field] = span
        content = spans.pop("content")
        if content is None:
            continue
        quote_type = record.get("type")
        kept.append(
            ScoredQuote(
                doc_id=doc_id,
                type=quote_type if isinstance(quote_type, str) else None,
                content=content,
                line=line,
                **spans,
            )
        )
    return Predictions(quotes=tuple(kept), problems=tuple(problems))


# ---------------------------------------------------------------- matching


@attrs.frozen
class Pair:
    """A predicted quote matched to a gold quote (indices into the scored lists)."""

    predicted: int
    gold: int
    overlap: float


def match_quotes(predicted: Sequence[ScoredQuote], gold: Sequence[ScoredQuote]) -> tuple[Pair, ...]:
    """One-to-one matches of the same document, best overlap first.

    Candidates overlap by at least half the longer content span. Equal
    overlaps go to the later prediction, then the later gold quote, which is
    the order the reference scorer takes them in.
    """
    candidates: list[tuple[float, int, int]] = []
    by_document: dict[str, list[int]] = {}
    for gold_index, gold_quote in enumerate(gold):
        by_document.setdefault(gold_quote.doc_id, []).append(gold_index)
    for predicted_index, predicted_quote in enumerate(predicted):
        for gold_index in by_document.get(predicted_quote.doc_id, ()):
            overlap = content_overlap(predicted_quote.content, gold[gold_index].content)
            if overlap >= MATCH_THRESHOLD:
                candidates.append((overlap, predicted_index, gold_index))
    candidates.sort(reverse=True)
    used_predicted: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[Pair] = []
    for overlap, predicted_index, gold_index in candidates:
        if predicted_index not in used_predicted and gold_index not in used_gold:
            used_predicted.add(predicted_index)
            used_gold.add(gold_index)
            pairs.append(Pair(predicted=predicted_index, gold=gold_index, overlap=overlap))
    return tuple(pairs)


# ---------------------------------------------------------------- figures


@attrs.frozen
class PRF:
    """Precision, recall and F1 from a count of true positives."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        precision, recall = self.precision, self.recall
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def rounded(self) -> tuple[float, float, float]:
        """(P, R, F1) to four places, as the reference prints them."""
        return round(self.precision, 4), round(self.recall, 4), round(self.f1, 4)


@attrs.frozen
class TypeScore:
    """One quote type: `found` gold quotes were matched at all, `correct` by a prediction of the same type."""

    type: str
    gold: int
    predicted: int
    found: int
    correct: int

    @property
    def prf(self) -> PRF:
        """P/R/F1 where a true positive is a match whose predicted type is this one too."""
        return PRF(self.correct, self.predicted, self.gold)

    @property
    def found_recall(self) -> float | None:
        """The reference's ``recall_by_type``: share of this type's gold quotes matched, whatever type was predicted."""
        return round(self.found / self.gold, 4) if self.gold else None


@attrs.frozen
class ScoringError:
    """One entry of the error listing; `kind` is one of :data:`ERROR_KINDS`."""

    kind: str
    doc_id: str
    gold: ScoredQuote | None = None
    predicted: ScoredQuote | None = None

    def describe(self) -> str:
        """One line for the listing."""
        if self.kind == "missed" and self.gold is not None:
            return self.gold.describe()
        if self.kind == "false_alarm" and self.predicted is not None:
            return self.predicted.describe()
        if self.gold is None or self.predicted is None:
            return f"{self.doc_id} {self.kind}"
        field = "role" if self.kind == "wrong_role" else "source"
        predicted, gold = getattr(self.predicted, field), getattr(self.gold, field)
        content = self.gold.content.text[:50] + ("…" if len(self.gold.content.text) > 50 else "")
        return (
            f"{self.doc_id} [{self.gold.type}] «{content}» "
            f"pred={predicted.text if predicted else None!r} gold={gold.text if gold else None!r}"
        )

    def to_dict(self) -> dict[str, Any]:
        def spans(quote: ScoredQuote | None) -> dict[str, Any] | None:
            if quote is None:
                return None
            record: dict[str, Any] = {"type": quote.type, "line": quote.line}
            for field in SPAN_FIELDS:
                value = getattr(quote, field)
                record[field] = None if value is None else value.to_dict()
            return record

        return {"kind": self.kind, "doc_id": self.doc_id, "gold": spans(self.gold), "pred": spans(self.predicted)}


@attrs.frozen
class Evaluation:
    """Every figure of one scoring run, the matches behind them, and the errors."""

    documents: int
    gold: tuple[ScoredQuote, ...]
    predicted: tuple[ScoredQuote, ...]
    pairs: tuple[Pair, ...]
    speaker_right: int
    role_right: int
    cue_right: int
    type_right: int
    speaker_and_role_right: int
    by_type: tuple[TypeScore, ...]
    errors: tuple[ScoringError, ...]
    bad_pred_spans: int = 0
    gold_problems: tuple[str, ...] = ()
    prediction_problems: tuple[str, ...] = ()

    @property
    def matched(self) -> int:
        return len(self.pairs)

    @property
    def quote(self) -> PRF:
        """Quote P/R/F1: a match is a true positive."""
        return PRF(self.matched, len(self.predicted), len(self.gold))

    @property
    def e2e(self) -> PRF:
        """End-to-end P/R/F1, the headline: a match with the right speaker."""
        return PRF(self.speaker_right, len(self.predicted), len(self.gold))

    @property
    def e2e_role(self) -> PRF:
        """End-to-end role P/R/F1: a match with the right speaker and the right role."""
        return PRF(self.speaker_and_role_right, len(self.predicted), len(self.gold))

    def accuracy(self, right: int) -> float:
        return round(right / self.matched, 4) if self.matched else 0.0

    def errors_of(self, kind: str) -> tuple[ScoringError, ...]:
        if kind not in ERROR_KINDS:
            raise ValueError(f"unknown error kind {kind!r}; kinds: {', '.join(ERROR_KINDS)}")
        return tuple(error for error in self.errors if error.kind == kind)

    def to_dict(self) -> dict[str, Any]:
        """The reference scorer's figures (same keys, same rounding), then ``by_type`` P/R/F1."""
        quote_p, quote_r, quote_f1 = self.quote.rounded()
        e2e_p, e2e_r, e2e_f1 = self.e2e.rounded()
        return {
            "docs": self.documents,
            "gold": len(self.gold),
            "pred": len(self.predicted),
            "matched": self.matched,
            "quote_p": quote_p,
            "quote_r": quote_r,
            "quote_f1": quote_f1,
            "speaker_acc": self.accuracy(self.speaker_right),
            "role_acc": self.accuracy(self.role_right),
            "cue_acc": self.accuracy(self.cue_right),
            "type_acc": self.accuracy(self.type_right),
            "e2e_p": e2e_p,
            "e2e_r": e2e_r,
            "e2e_f1": e2e_f1,
            "e2e_role_f1": self.e2e_role.rounded()[2],
            "recall_by_type": {score.type: {"gold": score.gold, "recall": score.found_recall} for score in self.by_type},
            "bad_pred_spans": self.bad_pred_spans,
            "by_type": {
                score.type: dict(
                    zip(("p", "r", "f1"), score.prf.rounded(), strict=True),
                    gold=score.gold,
                    pred=score.predicted,
                    correct=score.correct,
                )
                for score in self.by_type
            },
        }


def evaluate(
    texts: Mapping[str, str],
    gold: GoldSet | Sequence[Mapping[str, Any]],
    predictions: Iterable[Quote | Mapping[str, Any]] | Predictions,
) -> Evaluation:
    """Score `predictions` against `gold` over the documents `texts` (doc id → text).

    `gold` is a :class:`GoldSet` or the gold records themselves; `predictions`
    are :class:`~quotes.model.Quote` objects or JSONL records.
    """
    gold_set = gold if isinstance(gold, GoldSet) else gold_spans(texts, gold)
    scored = predictions if isinstance(predictions, Predictions) else read_predictions(texts, predictions)
    golds, preds = gold_set.quotes, scored.quotes
    pairs = match_quotes(preds, golds)
    speaker_right = role_right = cue_right = type_right = both_right = 0
    errors: list[ScoringError] = []
    wrong: list[ScoringError] = []
    for pair in pairs:
        predicted, gold_quote = preds[pair.predicted], golds[pair.gold]
        speaker_ok = mentions_agree(predicted.source, gold_quote.source)
        role_ok = mentions_agree(predicted.role, gold_quote.role)
        speaker_right += speaker_ok
        role_right += role_ok
        both_right += speaker_ok and role_ok
        cue_right += bool(predicted.cue and gold_quote.cue and span_overlap(predicted.cue, gold_quote.cue) > 0)
        type_right += predicted.type == gold_quote.type
        if not speaker_ok:
            wrong.append(ScoringError("wrong_speaker", gold_quote.doc_id, gold_quote, predicted))
        elif not role_ok:
            # A role is only listed wrong under a right speaker: each entry is then one e2e-role loss.
            wrong.append(ScoringError("wrong_role", gold_quote.doc_id, gold_quote, predicted))
    matched_gold = {pair.gold for pair in pairs}
    matched_pred = {pair.predicted for pair in pairs}
    errors.extend(ScoringError("missed", quote.doc_id, gold=quote) for i, quote in enumerate(golds) if i not in matched_gold)
    errors.extend(ScoringError("false_alarm", quote.doc_id, predicted=quote) for i, quote in enumerate(preds) if i not in matched_pred)
    errors.extend(sorted(wrong, key=lambda error: error.kind != "wrong_speaker"))
    by_type = tuple(
        TypeScore(
            type=quote_type,
            gold=sum(1 for quote in golds if quote.type == quote_type),
            predicted=sum(1 for quote in preds if quote.type == quote_type),
            found=sum(1 for pair in pairs if golds[pair.gold].type == quote_type),
            correct=sum(1 for pair in pairs if golds[pair.gold].type == quote_type and preds[pair.predicted].type == quote_type),
        )
        for quote_type in QUOTE_TYPES
    )
    return Evaluation(
        documents=len(texts),
        gold=golds,
        predicted=preds,
        pairs=pairs,
        speaker_right=speaker_right,
        role_right=role_right,
        cue_right=cue_right,
        type_right=type_right,
        speaker_and_role_right=both_right,
        by_type=by_type,
        errors=tuple(errors),
        bad_pred_spans=len(scored.problems),
        gold_problems=gold_set.problems,
        prediction_problems=scored.problems,
    )


# ---------------------------------------------------------------- files


def iter_jsonl(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line of a JSONL file; a bad line is an :class:`InputError`."""
    source = str(path)
    try:
        handle = open(path, encoding="utf-8")  # closed by the with below; an open error is mapped first
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=source) from exc
    with handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"not JSON: {exc.msg}", source=source, lineno=lineno) from exc
            if not isinstance(value, dict):
                raise InputError(f"expected a JSON object, found {type(value).__name__}", source=source, lineno=lineno)
            yield lineno, value


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file, one a line."""
    return [record for _, record in iter_jsonl(path)]


def read_documents(path: str | Path, *, id_field: str = "id", text_field: str = "text") -> dict[str, str]:
    """Doc id → text from a JSONL of documents (``{"id", "text", ...}``)."""
    texts: dict[str, str] = {}
    for lineno, record in iter_jsonl(path):
        doc_id, text = record.get(id_field), record.get(text_field)
        if not isinstance(doc_id, str) or not isinstance(text, str):
            raise InputError(
                f"a document needs string fields {id_field!r} and {text_field!r}; found {', '.join(sorted(record))}",
                source=str(path),
                lineno=lineno,
            )
        texts[doc_id] = text
    return texts
