"""The word lists of the coreference steps that no extractor hands them, read once from the bundled rules
(`rules/lexicons/`): `numerals` (counting), `demonstratives` and `another_words` (pointing),
`belonging_prepositions` (titles), `document_nouns` (heads, where no extractor gives its own)."""

from __future__ import annotations

from functools import cache

from quotes.grammar.loader import default_rules_dir
from quotes.lexicon import Lexicon, load_lexicon


@cache
def bundled(name: str) -> Lexicon:
    """The lexicon `name` of the bundled rules (`rules/lexicons/NAME.tsv`)."""
    return load_lexicon(default_rules_dir() / "lexicons" / f"{name}.tsv")


def word_set(name: str) -> frozenset[str]:
    """The normalised keys of the bundled lexicon `name`."""
    return frozenset(bundled(name))
