"""Where words, clauses and colons begin and end in the original text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotes.graph import SentenceGraph
from quotes.model import Span
from quotes.normalize import INVISIBLE, char_before_spaces
from quotes.quotemarks import QuoteMarks

SENTENCE_END = re.compile(r"[.!?؟]\s|[.!?؟]$|\n")
#: Characters a word never starts or ends with: spaces, punctuation, quotation marks and the invisible ones
#: (bidi marks, zero-width space and joiners, the BOM).
_WORD_EDGE = " \t\n،,:؛;.!?؟-–—()[]\"«»“”'" + INVISIBLE
_OPEN_MARKS = "\"«“'"
_CLOSE_MARKS = "\"»”'"
#: How far (in words) a cue may stand from the quotation mark or colon that opens its content.
OPENING_WINDOW_WORDS = 14
#: Words that open a clause of their own after a comma (…، كما أوضح).
CLAUSE_CONNECTORS = ("حيث", "كما", "فيما", "بينما", "ثم")


def word_span(text: str, start: int, end: int) -> Span:
    """Grow [start, end) to the whitespace-delimited word, without edge punctuation."""
    left = start
    while left > 0 and not text[left - 1].isspace() and text[left - 1] not in _WORD_EDGE:
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace() and text[right] not in _WORD_EDGE:
        right += 1
    return Span.from_offsets(text, left, right)


def trim(text: str, start: int, end: int) -> Span | None:
    """[start, end) without edge spaces and punctuation, nor the quotation marks around it; None if under 2 characters."""
    while start < end and (text[start].isspace() or text[start] in "،,:؛;-–—ـ" + INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,:؛;.-–—ـ" + INVISIBLE):
        end -= 1
    if end - start > 2 and text[start] in _OPEN_MARKS and text[end - 1] in _CLOSE_MARKS:
        start, end = start + 1, end - 1
    elif end - start > 2 and text[end - 1] in _CLOSE_MARKS:
        closing = text[end - 1]
        opening = {"»": "«", "”": "“"}.get(closing, closing)
        inside = text[start : end - 1]
        balanced_inside = (
            inside.count(closing) % 2 == 0 if opening == closing else inside.count(opening) <= inside.count(closing)
        )
        if balanced_inside:
            end -= 1  # the closing mark of a quotation the content sits at the end of
    if end - start < 2:
        return None
    return Span.from_offsets(text, start, end)


def sentence_end(text: str, sentence: SentenceGraph, start: int, marks: QuoteMarks | None = None) -> int:
    """End of the clause that starts at `start`: the sentence end, or an earlier `.`/newline outside quotes.

    A sentence the tokenizer ended at a semicolon or comma goes on to the next full stop.
    """
    limit = max(sentence.end, start)
    while char_before_spaces(text, limit) in ("؛", "،", ",", ";"):  # (text[:limit] copied the text)
        following = SENTENCE_END.search(text, limit)
        if following is None or following.start() <= limit:
            break
        limit = following.start()
    for found in SENTENCE_END.finditer(text, start, limit):
        if marks is not None and marks.containing(found.start()) is not None and text[found.start()] != "\n":
            continue
        return found.start()
    return limit


def holds_relative_ma(written: str) -> bool:
    """Whether a normalised marker holds ما written on it (حسبما، بحسبما، وفقا لما): a verb follows, whatever the
    tagger called it; not كما ("as")."""
    return len(written) > 2 and written.endswith("ما") and written != "كما"


def end_before_boundary(text: str, start: int, end: int, boundaries: Sequence[int]) -> int:
    """Where content from `start` to `end` ends before the first of `boundaries` (a later quote's cue) inside it: the
    conjunction glued to that cue (وقالت) and a connector before it (…، كما أوضح) belong to the next quote."""
    for boundary in boundaries:
        if start < boundary < end:
            end = boundary
            if text[end - 1] in "وف" and (end < 2 or not text[end - 2].isalpha()):
                end -= 1
            before = text[start:end].rstrip()
            for connector in CLAUSE_CONNECTORS:
                if before.endswith(connector) and not before[: -len(connector)][-1:].isalpha():
                    end = start + len(before) - len(connector)
                    break
            break
    return end


def colon_after(text: str, start: int, limit: int) -> int | None:
    """The colon that opens speech soon after `start` (not a clock time), within the clause."""
    colon = text.find(":", start, limit)
    while colon != -1 and 0 < colon < len(text) - 1 and text[colon - 1].isdigit() and text[colon + 1].isdigit():
        colon = text.find(":", colon + 1, limit)  # a clock time (23:45), not speech
    if colon == -1:
        return None
    between = text[start:colon]
    if len(between.split()) > OPENING_WINDOW_WORDS or SENTENCE_END.search(between):
        return None
    return colon


def after_comma(text: str, position: int) -> bool:
    """Does a clause start here: a comma or semicolon before it (…؛ مشيرة إلى أن …), a conjunction و/ف glued to it or
    a connector (حيث، كما)?"""
    before = text[max(0, position - 12) : position].rstrip()
    for connector in CLAUSE_CONNECTORS:
        if before.endswith(connector) and (len(before) == len(connector) or before[-len(connector) - 1] in " ،,؛;"):
            before = before[: -len(connector)].rstrip()
            break
    if before.endswith(("و", "ف")) and (len(before) < 2 or before[-2].isspace() or before[-2] in "،,؛;"):
        before = before[:-1].rstrip()
    return before.endswith(("،", ",", "؛", ";"))


def in_parentheses_at(text: str, position: int) -> bool:
    opened = text.rfind("(", 0, position + 1)
    return opened != -1 and text.find(")", opened, position + 1) == -1 and position - opened < 80
