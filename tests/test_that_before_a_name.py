"""`أوضح ذلك سامي الحربي مدير عام جمرك البطحاء وقال: …`: "that" before a name is the verb's object (he made that
clear), not a word of the name, however the parse hung it; a demonstrative goes with a definite noun (ذلك المدير).
The speaker is the name, and the title after it is his role; what he made clear is the sentence before.

The sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/that_before_a_name.conllu holds the parses (bundled model, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "that_before_a_name.conllu"


def test_that_before_a_name_is_no_part_of_it(extractor: Extractor) -> None:
    document = documents_by_id(PARSES)["that-1"]
    assert sources(extractor, document) == [
        # what he made clear is the sentence before (tests/test_that_said_after_the_news.py)
        ("أوضح", "سامي الحربي", "سامي الحربي", "مدير عام جمرك البطحاء"),
        ("وقال", None, "سامي الحربي", "مدير عام جمرك البطحاء"),
        ("وبين", "الحربي", "سامي الحربي", "مدير عام جمرك البطحاء"),
    ]
