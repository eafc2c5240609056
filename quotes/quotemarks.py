"""Pair quotation marks: «…», "…", “…”, ‘…’, »…« and the rest, classified by Unicode category.

A quotation mark is a character of category Pi (initial quote) or Pf (final quote), a Ps/Pe bracket
whose Unicode name says it is a quotation mark or a corner bracket (〝…〞, 「…」), or a Po character
named a quotation mark, a double prime or the apostrophe (", ＂, ″, '). Which side a mark stands on is read first from
where it stands (after a space and before a word it opens, after a word and before a space or
punctuation it closes) and only then from its category, so reversed guillemets (»…«) and ” used on
both sides pair too. A closing mark with no opening mark of its own kind closes an open mark of the
same weight (double or single) when one is open: mismatched pairs (“…" or «…”) pair as well.

A quotation running over paragraphs, written as the news convention has it (an opening mark at the
start of every paragraph, one closing mark at the end), is one segment. Unbalanced marks never raise:
an opening mark without its closing one yields a segment that runs to the end of its paragraph,
flagged as unbalanced, and a stray closing mark is reported; each problem keeps its position.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import attrs

from quotes.normalize import INVISIBLE

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
#: What may stand right before an opening mark besides a space: the colon or dash that introduces speech.
_BEFORE_OPENING = frozenset(":：-–—(،,؛;")


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
class MarkProblem:
    """An unbalanced or stray quotation mark at `position` of the text."""

    position: int
    message: str


@attrs.frozen
class QuoteMarks:
    segments: tuple[QuotedSegment, ...]
    problems: tuple[MarkProblem, ...] = ()

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(problem.message for problem in self.problems)

    def containing(self, position: int) -> QuotedSegment | None:
        for segment in self.segments:
            if segment.start <= position < segment.end:
                return segment
        return None

    def problems_within(self, start: int, end: int) -> tuple[MarkProblem, ...]:
        """The problems whose mark lies in ``[start, end)``."""
        return tuple(problem for problem in self.problems if start <= problem.position < end)


@attrs.frozen
class _Kind:
    family: str  # marks of one family pair with each other: "guillemet", "curly", "straight", "corner" …
    weight: str  # "double" or "single": a mismatched pair must agree in weight
    side: str  # "open", "close" or "either", from the Unicode category


#: Families of quotation marks beyond what the Unicode category tells (which marks pair with which).
_FAMILIES = {
    "«": ("guillemet", "double"),
    "»": ("guillemet", "double"),
    "‹": ("guillemet", "single"),
    "›": ("guillemet", "single"),
    "“": ("curly", "double"),
    "”": ("curly", "double"),
    "„": ("curly", "double"),
    "‟": ("curly", "double"),
    "‘": ("curly", "single"),
    "’": ("curly", "single"),
    "‚": ("curly", "single"),
    "‛": ("curly", "single"),
    '"': ("straight", "double"),
    "＂": ("straight", "double"),
    "″": ("straight", "double"),
    "'": ("straight", "single"),
    "〝": ("ornament", "double"),
    "〞": ("ornament", "double"),
    "〟": ("ornament", "double"),
}
#: ” closes “ but opens a quotation too (”…” is common in Arabic typing): its side is decided by position.
_EITHER_SIDE = frozenset('"＂″\'”')


@lru_cache(maxsize=4096)
def mark_kind(char: str) -> _Kind | None:
    """The kind of quotation mark `char` is, or None for any other character."""
    category = unicodedata.category(char)
    name = unicodedata.name(char, "")
    if category in ("Pi", "Pf"):
        quote_like = True
    elif category in ("Ps", "Pe", "Po"):
        quote_like = "QUOTATION MARK" in name or "CORNER BRACKET" in name or name in ("DOUBLE PRIME", "APOSTROPHE")
    else:
        quote_like = False
    if not quote_like:
        return None
    family, weight = _FAMILIES.get(char, (name.replace("LEFT ", "").replace("RIGHT ", ""), "double"))
    if char in _EITHER_SIDE or category == "Po":
        side = "either"
    elif category in ("Pi", "Ps"):
        side = "open"
    else:
        side = "close"
    return _Kind(family, weight, side)


def is_quote_mark(char: str) -> bool:
    return len(char) == 1 and mark_kind(char) is not None


def _side_by_position(text: str, position: int) -> str | None:
    """"open" for a mark between a space (or a colon, dash, start) and a word; "close" for one between a word
    and a space, punctuation or the end; None where its neighbours do not say."""
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    before_open = before.isspace() or before in _BEFORE_OPENING or is_quote_mark(before)
    after_close = after.isspace() or unicodedata.category(after).startswith("P") or is_quote_mark(after)
    opens = before_open and not after.isspace() and not after_close
    closes = not before.isspace() and before not in _BEFORE_OPENING and after_close
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return None


def _apostrophe(text: str, position: int) -> bool:
    """A single mark between two letters (an elision, a transliteration: دي'ميستورا) is no quotation mark."""
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for found in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((start, found.start()))
        start = found.end()
    bounds.append((start, len(text)))
    return bounds


#: Invisible characters a quotation does not start or end with (word joiners standing for an HTML entity, bidi marks).
_INVISIBLE = frozenset(INVISIBLE)


def _segment(text: str, open_at: int, end: int, close_at: int | None, mark: str) -> QuotedSegment:
    """The segment between a mark at `open_at` and `end`, without invisible characters at its edges."""
    start = open_at + 1
    while start < end and text[start] in _INVISIBLE:
        start += 1
    while end > start and text[end - 1] in _INVISIBLE:
        end -= 1
    return QuotedSegment(start, end, open_at, close_at, mark)


@attrs.define
class _Open:
    char: str
    kind: _Kind
    position: int


@lru_cache(maxsize=1024)
def _marks_pattern(marks: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(marks) + "]")


#: The characters that are neither word characters nor spaces: every quotation mark is one (mark_kind only knows
#: punctuation, categories Pi, Pf, Ps, Pe and Po, which \w and \s never match; tests/test_quote_mark_finder.py checks each).
_NOT_WORD_OR_SPACE = re.compile(r"[^\w\s]")


def _mark_finder(text: str) -> re.Pattern[str] | None:
    """A pattern that finds the quotation marks of `text` (None when it has none): the pairing looks at those
    characters only, not at every character of the text. The marks are looked for among the text's punctuation:
    `set(text)` made a string of every character of an Arabic text (none of them is one Python keeps), 3x the time."""
    marks = "".join(sorted(char for char in set(_NOT_WORD_OR_SPACE.findall(text)) if mark_kind(char) is not None))
    return _marks_pattern(marks) if marks else None


def pair_quote_marks(text: str) -> QuoteMarks:
    """Find the quoted segments of `text`; nested pairs are kept too."""
    segments: list[QuotedSegment] = []
    problems: list[MarkProblem] = []
    stack: list[_Open] = []
    finder = _mark_finder(text)
    if finder is None:
        return QuoteMarks((), ())
    paragraphs = _paragraphs(text)
    for number, (start, end) in enumerate(paragraphs):
        continued_at: int | None = None
        if stack and start < len(text):
            first = start + len(text[start:end]) - len(text[start:end].lstrip())
            kind = mark_kind(text[first]) if first < end else None
            # the news convention: a paragraph that opens with the open quotation's own mark continues it
            if kind is not None and kind.family == stack[0].kind.family and kind.side != "close":
                continued_at = first
            else:
                _close_unbalanced(text, stack, paragraphs[number - 1][1], segments, problems)
        _pair_in(text, finder, start, end, stack, segments, problems, skip=continued_at)
    if stack:
        _close_unbalanced(text, stack, paragraphs[-1][1], segments, problems)
    segments.sort(key=lambda segment: (segment.start, -segment.end))
    problems.sort(key=lambda problem: problem.position)
    return QuoteMarks(tuple(segments), tuple(problems))


def _close_unbalanced(
    text: str, stack: list[_Open], end: int, segments: list[QuotedSegment], problems: list[MarkProblem]
) -> None:
    for opened in stack:
        problems.append(
            MarkProblem(
                opened.position,
                f"unbalanced quotation mark {opened.char!r} at {opened.position}: the quote runs to the paragraph end, "
                "or to a report that opens a sentence or clause after it",
            )
        )
        segments.append(_segment(text, opened.position, end, None, opened.char))
    stack.clear()


def _pair_in(
    text: str,
    finder: re.Pattern[str],
    start: int,
    end: int,
    stack: list[_Open],
    segments: list[QuotedSegment],
    problems: list[MarkProblem],
    *,
    skip: int | None,
) -> None:
    for found in finder.finditer(text, start, end):
        position = found.start()
        char = text[position]
        kind = mark_kind(char)
        if kind is None or position == skip:
            continue
        if kind.weight == "single" and _apostrophe(text, position):
            continue
        side = _side_by_position(text, position) or kind.side
        own = any(opened.kind.family == kind.family for opened in stack)
        if side == "either":
            side = "close" if own else "open"
        if side == "open":
            stack.append(_Open(char, kind, position))
            continue
        target = next((at for at in range(len(stack) - 1, -1, -1) if stack[at].kind.family == kind.family), None)
        if target is None and stack and stack[-1].kind.weight == kind.weight:
            target = len(stack) - 1  # a mismatched pair: “…" or «…”
        if target is None:
            if kind.weight == "double" or _side_by_position(text, position) == "close":
                problems.append(
                    MarkProblem(position, f"closing quotation mark {char!r} at {position} without an opening one")
                )
            continue
        while len(stack) > target + 1:
            inner = stack.pop()
            problems.append(MarkProblem(inner.position, f"unbalanced quotation mark {inner.char!r} at {inner.position}"))
        opened = stack.pop()
        segments.append(_segment(text, opened.position, position, position, opened.char))


#: Opening marks that may enclose a name (صحيفة «الحياة»، حملة (السكر صديق أم عدو)) and their closing marks.
NAME_MARKS = {"«": "»", '"': '"', "“": "”", "(": ")"}
#: The longest name in marks read as part of a mention, in characters.
MARKED_NAME_CHARS = 60


def marked_name_end(text: str, after: int, limit: int) -> int | None:
    """The end (after the closing mark) of a name in marks that opens right after offset `after` (spaces between),
    closes before `limit` and holds no line break; None if there is none."""
    opening = after
    while opening < limit and text[opening] == " ":
        opening += 1
    if opening >= limit or text[opening] not in NAME_MARKS:
        return None
    closing = text.find(NAME_MARKS[text[opening]], opening + 1, min(limit, opening + MARKED_NAME_CHARS))
    if closing <= opening + 1 or "\n" in text[opening:closing]:
        return None
    return closing + 1


def unclosed_name_end(text: str, span_start: int, span_end: int, limit: int) -> int | None:
    """The end of a name in marks that the span opens and does not close (مجلة "المجلة), closing before `limit`."""
    inside = text[span_start:span_end]
    for opening, closing in NAME_MARKS.items():
        unclosed = inside.count(opening) % 2 == 1 if opening == closing else inside.count(opening) > inside.count(closing)
        if unclosed:
            return marked_name_end(text, span_start + inside.rfind(opening), limit)
    return None
