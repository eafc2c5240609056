"""Predictions as gold records: the annotation contract's strings, with a `cue_context` that occurs once.

A gold record (``spec/quote-annotation.md``) holds exact strings, not offsets;
the scorer places each string nearest the cue, and the cue by its
`cue_context`. :func:`cue_context` picks the shortest run of whole words
around the cue that occurs once in the document; the report's editor
(``review.js``, ``cueContext``) does the same in the browser, and the tests
check that the two agree and that what either writes passes
:func:`check_gold`, the project's port of ``quote_score.py check``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from quotes.evaluate import gold_spans
from quotes.model import Quote, Span

#: The fields of a gold record, in the contract's order.
GOLD_FIELDS = ("doc_id", "type", "cue", "cue_context", "content", "speaker", "speaker_resolved", "role", "via")
#: The widest context tried, in words on each side of the cue.
MAX_CONTEXT_WORDS = 12


def _occurrences(text: str, needle: str) -> int:
    """Times `needle` occurs in `text`, counted as the scorer's regex search counts them (not overlapping)."""
    return text.count(needle)


def _word_left(text: str, start: int) -> int:
    """Start of the word before `start` (white space before it skipped)."""
    position = start
    while position > 0 and text[position - 1].isspace():
        position -= 1
    while position > 0 and not text[position - 1].isspace():
        position -= 1
    return position


def _word_right(text: str, end: int) -> int:
    """End of the word after `end` (white space after it skipped)."""
    position = end
    while position < len(text) and text[position].isspace():
        position += 1
    while position < len(text) and not text[position].isspace():
        position += 1
    return position


def cue_context(text: str, start: int, end: int) -> str:
    """The shortest stretch of whole words around ``text[start:end]`` that occurs once in `text`.

    The cue alone when it is unique; else one more word on each side at a
    time (``قال`` → ``وفي المقابل قال وزير``), at most :data:`MAX_CONTEXT_WORDS`.
    """
    left, right = start, end
    for _ in range(MAX_CONTEXT_WORDS + 1):
        context = text[left:right]
        if _occurrences(text, context) == 1:
            return context
        wider_left, wider_right = _word_left(text, left), _word_right(text, right)
        if (wider_left, wider_right) == (left, right):
            break
        left, right = wider_left, wider_right
    return text[left:right]


def _text(span: Span | None) -> str | None:
    return None if span is None else span.text


def gold_record(quote: Quote, text: str) -> dict[str, Any]:
    """A predicted quote written as a gold record of the contract."""
    return {
        "doc_id": quote.doc_id,
        "type": quote.type,
        "cue": quote.cue.text,
        "cue_context": cue_context(text, quote.cue.start, quote.cue.end),
        "content": quote.content.text,
        "speaker": _text(quote.speaker),
        "speaker_resolved": _text(quote.speaker_resolved),
        "role": _text(quote.role),
        "via": _text(quote.via),
    }


def check_gold(texts: Mapping[str, str], records: Sequence[Mapping[str, Any]]) -> list[str]:
    """The problems ``quote_score.py check`` reports for these gold records (none: the file is valid)."""
    return list(gold_spans(texts, records).problems)
