"""The quotation marks of a text are looked for among its punctuation only (`quotes.quotemarks._mark_finder`): no
mark may be a character that the search for punctuation skips."""

from __future__ import annotations

import sys
import unicodedata

from quotes.quotemarks import _NOT_WORD_OR_SPACE, _mark_finder, mark_kind, pair_quote_marks


def test_every_quotation_mark_is_found_among_the_punctuation() -> None:
    """Every character that mark_kind can read as a quotation mark («، »، “، ”، "، '، 「 …: punctuation of the
    categories it looks at) is neither a word character nor a space, over all of Unicode."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.category(char) in ("Pi", "Pf", "Ps", "Pe", "Po"):
            assert _NOT_WORD_OR_SPACE.fullmatch(char), hex(code)
    assert all(unicodedata.category(char) in ("Pi", "Pf", "Ps", "Pe", "Po") for char in "«»“”\"'「」‹›„")
    assert all(mark_kind(char) is not None for char in "«»“”\"'「」")


def test_the_finder_knows_the_marks_of_the_text_and_no_other() -> None:
    text = 'وقال الوزير: «نعمل على ذلك»، وأضاف "سنرى" ثم قال 「نعم」 في 2016.'
    finder = _mark_finder(text)
    assert finder is not None
    assert [found.group() for found in finder.finditer(text)] == ["«", "»", '"', '"', "「", "」"]
    assert _mark_finder("وقال الوزير إن العمل مستمر، والنتائج قريبة.") is None
    assert [segment.mark for segment in pair_quote_marks(text).segments] == ["«", '"', "「"]
