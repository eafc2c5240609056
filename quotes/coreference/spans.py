"""A speaker phrase as a record shows it: grown to whole written words where a small tokenizer cut it inside one
(`لسويسري` of `السويسري`), cut where a relative clause, an addressee, a quotation, a complementizer or the next
paragraph begins."""

from __future__ import annotations

import re
from itertools import repeat

from quotes.model import Span
from quotes.normalize import article_cut_start
from quotes.quotemarks import NAME_MARKS

#: Where a mention must end: a newline, a relative pronoun (with و or not: `المشرف على المعرض | والذي يعد …`), an
#: addressee with quotation marks, an opening mark, a complementizer.
MENTION_END = re.compile(
    r"\n|\sو?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)(?=\s|$)|\sلـ?\s?[\"«“]|\s\S*\s?[«“]"
    r"|\s(?:ب|و)?[اأإ]ن(?:ه|ها|هم|هما|ني|نا)?(?=\s|$)"  # الجهني انه عند …: the complementizer starts the speech
)
#: What may stand glued before a mention without being part of it.
PROCLITIC_RUNS = frozenset(("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "لل", "ولل", "فلل"))


def letter(char: str) -> bool:
    return char.isalpha() and char != "ـ"  # tatweel joins a word to a dash (الإحصاءـ)


def closed_within(text: str, mark: int, end: int) -> bool:
    """Whether the opening quotation mark at `mark` is closed before `end` (the name in marks is inside the mention)."""
    closing = NAME_MARKS.get(text[mark])
    return closing is not None and closing != text[mark] and text.find(closing, mark + 1, end) != -1


def _first_of(text: str, marks: str, start: int, end: int) -> int | None:
    """Where the first of `marks` stands in text[start:end], if any: one search of the text per mark, not a step of
    Python per character."""
    found = [at for at in map(text.find, marks, repeat(start), repeat(end)) if at != -1]
    return min(found) if found else None


def whole_words(text: str, span: Span | None) -> Span | None:
    """A mention cut inside a written word by a small tokenizer (لسويسري of السويسري، عبدالل of عبدالله) grows
    to the whole word; one that starts after a proclitic (و، ب، ل …) keeps it off."""
    if span is None:
        return None
    start, end = span.start, span.end
    word_start = start
    while word_start > 0 and letter(text[word_start - 1]):
        word_start -= 1
    if word_start < start and text[word_start:start] not in PROCLITIC_RUNS:
        start = word_start  # السويسري cut as ا + لسويسري: the mention takes the whole word
    start = article_cut_start(text, start)  # ل + لبيان is لل + البيان cut in the wrong place
    while end < len(text) and letter(text[end]):
        end += 1
    inside = text[start:end]
    closes = text.find(")", end, end + 3)
    unclosed = inside.count("(") > inside.count(")")
    if unclosed and closes != -1:
        end = closes + 1  # مصادر (الرياضي): the bracket closes right after the phrase
    elif unclosed:
        # شركة الأمن الإلكتروني (سايبرنت – …: the bracket closes far beyond the phrase; the name ends before it
        end = start + inside.rindex("(")
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            return span
    closing = _first_of(text, "»”", start, end)
    if closing is not None and _first_of(text, "«“", start, closing) is None:
        # موتور غروب» شونغ مونغكو: the phrase began inside a quoted organisation name; the source is after it
        start = closing + 1
        while start < end and not letter(text[start]):
            start += 1
        if start >= end:
            return span
    cut = MENTION_END.search(text, start + 1, end)
    while cut is not None and closed_within(text, cut.end() - 1, end):
        cut = MENTION_END.search(text, cut.end(), end)  # صحيفة «الشرق الأوسط»: a name in marks the mention closes
    if cut is not None:
        # a mention never runs into the next paragraph (غلاء أسعار المخططات ⏎ بدوره), a relative clause
        # (… بالناس الذين ينتظرون), an addressee (لـ"الرياض") or a quotation (عن «استحالة …»)
        end = cut.start()
        while end > start and (text[end - 1].isspace() or text[end - 1] in "،,"):
            end -= 1
        if end <= start:
            return span
    return span if (start, end) == (span.start, span.end) else Span.from_offsets(text, start, end)
