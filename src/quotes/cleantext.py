"""What the parser reads: text as it arrives, cleaned, with a map back to the original characters.

News text arrives with bidi marks (RLM, LRE …), zero-width characters, a byte-order mark, tatweel,
full vocalisation, Arabic presentation forms (ﻗﺎﻝ), control characters and emoji. The parser was
trained on none of these, so it reads a cleaned copy:

* removed: bidi marks, zero-width joiners and non-joiners, word joiners, the BOM, variation
  selectors, tatweel, and the short vowels, shadda and sukun (tanween stays: news text writes it);
* read as a space: a zero-width space (it separates words: قال​الوزير), control characters other
  than tab and line breaks, and emoji;
* read in their compatibility form (NFKC), one character at a time: Arabic presentation forms
  (ﻗ → ق, ﻻ → لا) and full-width ASCII (＂ → ").

``positions[i]`` is the index in the original text of the cleaned text's character ``i``: every
offset reported stays an offset into the original text.
"""

from __future__ import annotations

import unicodedata

import attrs

#: Short vowels, shadda and sukun: rare in news text, and the compact tokenizer was not trained on them.
VOWEL_MARKS = frozenset(chr(code) for code in range(0x064E, 0x0653))
TATWEEL = "\u0640"
_INVISIBLE = frozenset(
    "\u200c\u200d\u200e\u200f\u061c\u2060\ufeff\ufe0e\ufe0f\u20e3"
    + "".join(chr(code) for code in range(0x202A, 0x202F))
    + "".join(chr(code) for code in range(0x2066, 0x206A))
)
_KEPT_CONTROLS = frozenset("\t\n\r")
#: Characters that stay part of the word before them: its marks and tatweel.
ATTACHED = VOWEL_MARKS | {TATWEEL}


def _compatible(code: int) -> bool:
    """Arabic presentation forms A and B, and full-width ASCII."""
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC or 0xFF01 <= code <= 0xFF5E


def _emoji(char: str, code: int) -> bool:
    return (0x1F000 <= code <= 0x1FAFF) or (0x2600 <= code <= 0x27BF and unicodedata.category(char) == "So")


def _replacement(char: str) -> str:
    """What the parser reads for `char`: itself, nothing, a space, or its compatibility form."""
    if char in _INVISIBLE or char in ATTACHED:
        return ""
    code = ord(char)
    if char == "\u200b" or _emoji(char, code):
        return " "
    if unicodedata.category(char) == "Cc" and char not in _KEPT_CONTROLS:
        return " "
    if _compatible(code):
        return unicodedata.normalize("NFKC", char)
    return char


@attrs.frozen
class CleanText:
    """The cleaned text and, for each of its characters, the original character's index."""

    text: str
    positions: tuple[int, ...]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the cleaned text's ``[start, end)``, with the marks and tatweel right after it."""
        first, last = self.positions[start], self.positions[end - 1] + 1
        while last < len(self.original) and self.original[last] in ATTACHED:
            last += 1
        return first, last


def _needs_cleaning(text: str) -> bool:
    return any(not char.isascii() and _replacement(char) != char for char in set(text)) or any(
        unicodedata.category(char) == "Cc" and char not in _KEPT_CONTROLS for char in set(text) if char.isascii()
    )


def clean_for_parser(text: str) -> CleanText:
    """`text` as the parser reads it, with the map back to `text`."""
    if not _needs_cleaning(text):
        return CleanText(text, tuple(range(len(text))), text)
    pieces: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        replacement = _replacement(char)
        pieces.append(replacement)
        positions.extend([index] * len(replacement))
    return CleanText("".join(pieces), tuple(positions), text)
