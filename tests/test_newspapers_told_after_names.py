"""The newspaper a person spoke to, written after the name (`وأضاف الدوسري لـ "الاقتصادية" أن …`), is no title of
the person even where the tagger read the paper's name as an adjective of the name and the role lexicon lists it
(اقتصادي, an economist): a title is never governed by a preposition. The quote takes the title the text gave the
person before. The sentences were written for the test (invented names and content), after a record seen on a
SaudiNewsNet article outside the gold sets.

tests/data/entities/newspapers_told_after_names.conllu holds the parses (bundled model, entity tagger on), with the
second sentence's paper name then made an `amod` of the name, as the parse of that record had it.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "newspapers_told_after_names.conllu"


def test_the_paper_told_is_no_title(extractor: Extractor) -> None:
    document = documents_by_id(PARSES)["told-newspapers-1"]
    assert sources(extractor, document) == [
        ("وقال", "حمد بن صالح الدوسري", "حمد بن صالح الدوسري", "مدير عام التعليم بالمنطقة"),
        ("وأضاف", "الدوسري", "حمد بن صالح الدوسري", "مدير عام التعليم بالمنطقة"),
    ]
