"""Whether a text can be processed at all: not empty, not binary, not too long, Arabic.

The library (:meth:`quotes.api.Extractor.extract`) and the batch reader (:mod:`quotes.io`) ask the same
question, so a text refused by one is refused by the other, with the same reason.
"""

from __future__ import annotations

import re

#: Documents longer than this are refused by default: 1M characters is ~20 long articles in one,
#: and would hold a parser worker for many minutes. ``--max-chars`` raises the limit.
DEFAULT_MAX_CHARS = 1_000_000

#: Arabic letters, their presentation forms (ﻗﺎﻝ) included.
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06fc\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
#: Runs of Arabic letters: counted by their lengths, a text's letters are not listed one by one.
_ARABIC_LETTERS = re.compile(_ARABIC_LETTER.pattern + "+")
_ANY_LETTER = re.compile(r"[^\W\d_]")
# Control characters other than tab, newline, carriage return and form feed: in text they mean binary data. SUB
# (U+001A) is left out: it stands for a character a converter could not carry, and scraped news has it between
# paragraphs (86 of SaudiNewsNet's 29,344 articles, up to 18 in one).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f\x7f]")
#: Below this share of Arabic among the letters a document is not Arabic text.
MIN_ARABIC_SHARE = 0.25


def text_problem(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str, str] | None:
    """Why `text` cannot be processed, as ``(kind, reason)``, or None when it can."""
    if len(text) > max_chars:
        return "too_long", (
            f"document has {len(text):,} characters, more than the limit of {max_chars:,}; raise it with --max-chars to process it"
        )
    if not text.strip():
        return "empty", "document text is empty"
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 1000):
        return "binary", f"document looks like binary data ({controls:,} control characters in {len(text):,})"
    # A sample keeps the check cheap on long documents.
    sample = text if len(text) <= 20_000 else text[:10_000] + text[len(text) // 2 : len(text) // 2 + 10_000]
    arabic = sum(map(len, _ARABIC_LETTERS.findall(sample)))
    if arabic >= MIN_ARABIC_SHARE * len(sample) and _ANY_LETTER.search(sample):
        return None  # Arabic text: its share of the letters, fewer than the characters, is at least its share of these
    letters = len(_ANY_LETTER.findall(sample))
    if letters == 0 or arabic / letters < MIN_ARABIC_SHARE:
        share = 0 if letters == 0 else round(100 * arabic / letters)
        return "not_arabic", f"document is not Arabic text ({share}% of its letters are Arabic)"
    return None


__all__ = ["DEFAULT_MAX_CHARS", "MIN_ARABIC_SHARE", "text_problem"]
