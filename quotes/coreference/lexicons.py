"""The word lists of the coreference steps that no extractor hands them, read once from the bundled rules
(`rules/lexicons/`): `numerals` (counting), `demonstratives`, `emphatic_words` and `another_words` (pointing),
`belonging_prepositions` (titles), `document_nouns` (heads, where no extractor gives its own), `root_waw_fa` with the
title and body heads (words: which words own their first و or ف)."""

from __future__ import annotations

from quotes.grammar.loader import bundled_lexicon as bundled
from quotes.grammar.loader import marked_words, word_set

__all__ = ["bundled", "marked_words", "word_set"]
