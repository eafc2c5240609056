"""Pair quotation marks by type: "…", «…», “…” (and ” used on both sides).

Unbalanced marks never raise: an opening mark without its closing one yields
a segment that runs to the end of its paragraph, flagged as unbalanced, and a
stray closing mark is reported as a warning.
"""

from __future__ import annotations

import re

import attrs

OPENERS = {"«": "»", "“": "”", "„": "”", "‹": "›"}
SYMMETRIC = {'"', "”", "'"}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


@attrs.frozen
class QuotedSegment:
    """The text between a pair of marks (marks excluded), with the marks' positions."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    mark: str

    @property
    def balanced(self) -> bool:
        return self.close_at is not None

    def word_count(self, text: str) -> int:
        return len(text[self.start : self.end].split())


@attrs.frozen
class QuoteMarks:
    segments: tuple[QuotedSegment, ...]
    warnings: tuple[str, ...]

    def containing(self, position: int) -> QuotedSegment | None:
        for segment in self.segments:
            if segment.start <= position < segment.end:
                return segment
        return None


def _apostrophe_quote(text: str, position: int, is_open: bool) -> bool:
    """A single quote mark counts only at a word edge: 'بالمناسبة …' yes, transliterations no."""
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    if is_open:
        return not after.isalnum()
    return not before.isalnum() and after.isalpha()


def _paragraph_ends(text: str) -> list[int]:
    ends = [match.start() for match in _PARAGRAPH_BREAK.finditer(text)]
    ends.append(len(text))
    return ends


def pair_quote_marks(text: str) -> QuoteMarks:
    """Find the quoted segments of `text`; nested pairs of another type are kept too."""
    segments: list[QuotedSegment] = []
    warnings: list[str] = []
    paragraph_ends = _paragraph_ends(text)
    paragraph_start = 0
    for paragraph_end in paragraph_ends:
        _pair_in(text, paragraph_start, paragraph_end, segments, warnings)
        paragraph_start = paragraph_end
    segments.sort(key=lambda segment: (segment.start, -segment.end))
    return QuoteMarks(tuple(segments), tuple(warnings))


_ANY_MARK = re.compile("[" + re.escape("".join({*OPENERS, *OPENERS.values(), *SYMMETRIC})) + "]")


def _pair_in(text: str, start: int, end: int, segments: list[QuotedSegment], warnings: list[str]) -> None:
    stack: list[tuple[str, int]] = []
    symmetric_open: dict[str, int] = {}
    for found in _ANY_MARK.finditer(text, start, end):
        position = found.start()
        char = found.group()
        if char in OPENERS:
            stack.append((char, position))
        elif char in OPENERS.values() and any(OPENERS[opener] == char for opener, _ in stack):
            while stack:
                opener, opened_at = stack.pop()
                if OPENERS[opener] == char:
                    segments.append(QuotedSegment(opened_at + 1, position, opened_at, position, opener))
                    break
                warnings.append(f"unbalanced quotation mark {opener!r} at {opened_at}")
        elif char == "'" and not _apostrophe_quote(text, position, "'" in symmetric_open):
            continue
        elif char in SYMMETRIC:
            if char in symmetric_open:
                opened_at = symmetric_open.pop(char)
                segments.append(QuotedSegment(opened_at + 1, position, opened_at, position, char))
            else:
                symmetric_open[char] = position
        elif char in OPENERS.values():
            warnings.append(f"closing quotation mark {char!r} at {position} without an opening one")
    for opener, opened_at in [*stack, *symmetric_open.items()]:
        warnings.append(f"unbalanced quotation mark {opener!r} at {opened_at}: quote runs to the paragraph end")
        segments.append(QuotedSegment(opened_at + 1, end, opened_at, None, opener))
