"""A prayer written after a person's name (`وأكد -رحمه الله- أن …`، `وقال -يرحمه الله- … إن …`; the formulas are in
rules/lexicons/prayer_formulas.tsv) is never the source, though a parser may read its verb or its word الله as the
cue's subject: the cue has no overt subject and speaks for the person the text is about. Each sentence was written
for the test (invented names and content), after a record seen on a SaudiNewsNet article outside the gold sets.

tests/data/entities/prayers_after_names.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "prayers_after_names.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("prayers-1", [("وأكد", None, "عبدالرحمن المنصور", "الوزير الراحل")]),
        ("prayers-2", [("وقال", None, "ناصر الدوسري", "الشاعر الراحل")]),
    ],
)
def test_a_prayer_after_the_name_is_no_speaker(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str | None, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected
