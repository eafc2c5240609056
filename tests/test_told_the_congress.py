"""`قال وزير الدفاع الأمريكي جون ديفيس للكونجرس اليوم إنه …`: a preposition glued to the article after a name (للكونجرس،
بالبرلمان) opens whom it was said to, not a letter the tokenizer cut off the name (ل + افروف is لافروف, a name; لل +
كونجرس is "to the Congress"). The speaker is the name alone, and so is the entity's name.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/told_the_congress.conllu holds the parses (bundled model, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "told_the_congress.conllu"


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "told-congress-1",
            [
                ("قال", "جون ديفيس", "جون ديفيس", "وزير الدفاع الأمريكي"),
                ("وأكد", "ديفيس", "جون ديفيس", "وزير الدفاع الأمريكي"),
            ],
        ),
        ("told-congress-2", [("وقال", "فرانسوا هولاند", "فرانسوا هولاند", "الرئيس الفرنسي")]),
    ],
)
def test_whom_it_was_said_to_is_no_part_of_the_name(extractor: Extractor, doc_id: str, expected: list[tuple[str, ...]]) -> None:
    assert sources(extractor, documents_by_id(PARSES)[doc_id]) == expected
