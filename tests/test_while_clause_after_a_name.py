"""`ويضيف كريم وهو يقود الشاحنة: «…»`: a `وهو …` clause after the speaker's name that opens with a verb, a preposition or
an indefinite accusative (the ḥāl: `وهو ممسكاً كيساً`) says what the speaker was doing as they spoke, not who they
are, so it is no role. A `وهو` clause that opens with a noun in the nominative describes them (`وهو مهندس زراعي
سابق`) and stays the role; a title before the name still wins over the clause.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/while_clause_after_a_name.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "while_clause_after_a_name.conllu"


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("while-1", [("ويقول", "رامي الخطيب", "رامي الخطيب", "المهندس")]),
        ("while-2", [("ويضيف", "كريم", "كريم", None)]),
        ("while-3", [("ويقول", "سامي الحربي", "سامي الحربي", "اللواء"), ("وأضاف", None, "سامي الحربي", "اللواء")]),
        ("while-4", [("رد", "سعود", "سعود", None)]),
        ("while-5", [("وقال", "سالم", "سالم", "مهندس زراعي سابق")]),
    ],
)
def test_while_clause_is_no_role(extractor: Extractor, doc_id: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert sources(extractor, documents_by_id(PARSES)[doc_id]) == expected
