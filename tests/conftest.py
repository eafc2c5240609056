"""Shared fixtures: the project's rules, an extractor that never loads a parser, CoNLL-U helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.api import Extractor
from quotes.grammar import Grammar, load_grammar

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
RULES = REPO / "rules"


@pytest.fixture(scope="session")
def grammar() -> Grammar:
    return load_grammar(RULES)


@pytest.fixture(scope="session")
def extractor(grammar: Grammar) -> Extractor:
    """An extractor over pre-parsed input: CoNLL-U never loads the neural parser."""
    return Extractor(rules=grammar)
