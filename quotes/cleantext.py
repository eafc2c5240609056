"""What the parser reads: text as it arrives, cleaned, with a map back to the original characters.

News text arrives with bidi marks (RLM, LRE …), zero-width characters, a byte-order mark, tatweel,
full vocalisation, Arabic presentation forms (ﻗﺎﻝ), control characters and emoji. The parser was
trained on none of these, so it reads a cleaned copy:

* removed: bidi marks, zero-width joiners and non-joiners, word joiners, the BOM, variation
  selectors, a tatweel that stretches a word (قـــال; one that marks a cut, لـ"سبق", stays), and, for the
  tokenizer only, the short vowels, shadda and sukun (tanween stays: news text writes it);
* read as a space: a zero-width space (it separates words: قال​الوزير), control characters other
  than tab, line breaks and SUB, and emoji;
* read as a line break: SUB (U+001A, the character a converter writes for one it could not carry), which
  scraped news leaves where a picture or its caption was cut out, between paragraphs
  (`… عن حياض الوطن. \x1a\x1aمن احتفالات الأهالي`): a caption without a full stop is no part of the next sentence;
* read in their compatibility form (NFKC), one character at a time: Arabic presentation forms
  (ﻗ → ق, ﻻ → لا) and full-width ASCII (＂ → ");
* curly double quotation marks (“ ” „ ‟) read as the plain `"` the tokenizer was trained on: it
  left `“` as a word of its own (tagged a name) or glued to the next word (“كيف).

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
#: The substitute character (U+001A), read as the paragraph break it stands for in scraped news.
SUBSTITUTE = "\x1a"
#: Double quotation marks the tokenizer never saw in training, and the mark it did see.
_CURLY_QUOTES = frozenset("\u201c\u201d\u201e\u201f")
_PLAIN_QUOTE = '"'
#: Characters that stay part of the word before them: its marks and tatweel.
ATTACHED = VOWEL_MARKS | {TATWEEL}


def _compatible(code: int) -> bool:
    """Arabic presentation forms A and B, and full-width ASCII."""
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC or 0xFF01 <= code <= 0xFF5E


def _emoji(char: str, code: int) -> bool:
    return (0x1F000 <= code <= 0x1FAFF) or (0x2600 <= code <= 0x27BF and unicodedata.category(char) == "So")


def _replacement(char: str, *, keep_vowels: bool = False) -> str:
    """What the parser reads for `char` (tatweel aside): itself, nothing, a space, or its compatibility form."""
    if char in _INVISIBLE or (char in VOWEL_MARKS and not keep_vowels):
        return ""
    code = ord(char)
    if char == "\u200b" or _emoji(char, code):
        return " "
    if char == SUBSTITUTE:
        return "\n"
    if unicodedata.category(char) == "Cc" and char not in _KEPT_CONTROLS:
        return " "
    if _compatible(code):
        return unicodedata.normalize("NFKC", char)
    if char in _CURLY_QUOTES:
        return _PLAIN_QUOTE
    return char


def _elongation(text: str, index: int) -> bool:
    """Is the tatweel at `index` stretching a word (قـــال), with letters on both sides, not marking a cut (لـ"سبق")?"""
    before, after = index - 1, index + 1
    while before >= 0 and (text[before] in ATTACHED):
        before -= 1
    while after < len(text) and text[after] in ATTACHED:
        after += 1
    return before >= 0 and after < len(text) and text[before].isalpha() and text[after].isalpha()


@attrs.frozen
class CleanText:
    """The cleaned text and, for each of its characters, the original character's index."""

    text: str
    positions: tuple[int, ...]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the cleaned text's ``[start, end)``, with the marks and tatweel right after it
        that the cleaned text left out."""
        first, last = self.positions[start], self.positions[end - 1] + 1
        # only what the cleaned text left out: a tatweel the tokenizer read (لـ"…") is no part of the word before it
        limit = self.positions[end] if end < len(self.positions) else len(self.original)
        while last < limit and self.original[last] in ATTACHED:
            last += 1
        return first, last


def _needs_cleaning(text: str, *, keep_vowels: bool = False) -> bool:
    return any(
        (char == TATWEEL) or _replacement(char, keep_vowels=keep_vowels) != char
        for char in set(text)
        if not char.isascii() or unicodedata.category(char) == "Cc"
    )


def _cleaned(text: str, *, keep_vowels: bool) -> tuple[str, list[int]]:
    pieces: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        if char == TATWEEL:
            replacement = "" if _elongation(text, index) else char
        else:
            replacement = _replacement(char, keep_vowels=keep_vowels)
        pieces.append(replacement)
        positions.extend([index] * len(replacement))
    return "".join(pieces), positions


def clean_for_parser(text: str) -> CleanText:
    """`text` as the tokenizer reads it, with the map back to `text`."""
    if not _needs_cleaning(text):
        return CleanText(text, tuple(range(len(text))), text)
    cleaned, positions = _cleaned(text, keep_vowels=False)
    return CleanText(cleaned, tuple(positions), text)


#: A word with more vowel marks than this is fully vocalised (المُتَحَدِّثُ): the tagger reads it without them.
MAX_KEPT_MARKS = 1


#: Punctuation neither training treebank contains (UD Arabic-PUD, PADT write ، where news writes ؛), and the
#: mark the tagger reads in its place: it tagged a ؛ of its own NOUN, VERB or ADJ (hung as obj, nsubj).
TAGGER_PUNCTUATION = {"\u061b": "\u060c", ";": "\u060c"}


def tagger_form(written: str) -> str:
    """The form of a written token the tagger, lemmatizer and parser read: cleaned as for the tokenizer, but
    with its one vowel mark or shadda kept (بيّن "he made clear" is not بين "between"), as the model was
    trained; a fully vocalised word (more marks than that) is read without them; a semicolon (؛ ;), which
    the treebanks never write, is read as the comma they write in its place."""
    if written in TAGGER_PUNCTUATION:
        return TAGGER_PUNCTUATION[written]
    keep_vowels = sum(char in VOWEL_MARKS for char in written) <= MAX_KEPT_MARKS
    if not _needs_cleaning(written, keep_vowels=keep_vowels):
        return written
    return _cleaned(written, keep_vowels=keep_vowels)[0] or written
