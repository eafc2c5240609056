"""A directive verb, its addressee, then the demand: `وطالب عدد من المتابعين الأندية المشاركة بتخفيض أسعار التذاكر`.
The parse hangs the demand's prepositional phrase under the addressee (the verb's object), where no rule read it, and
the quote was lost; rule `verb-directive-complement-under-addressee` reads it there (طالب، دعا، ناشد، حث).

Left: the parse also hangs the addressee under the subject, so the speaker runs on into it (`عدد من المتابعين
الأندية`); the content and cue are right.

The sentences were written for the test (invented content), after a quote missed on a SaudiNewsNet dev article and
one on an unseen article of the same shape. tests/data/entities/demands_under_addressees.conllu holds the parses
(bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "demands_under_addressees.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "content"),
    [
        ("addressee-3", "بتخفيض أسعار التذاكر"),  # the demand under the addressee
        ("addressee-1", "بتوفير مظلات في الساحة"),  # the demand on the verb, as before
    ],
)
def test_the_demand_after_the_addressee_is_the_content(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, content: str
) -> None:
    (quote,) = extractor.extract_parsed(documents[doc_id])
    assert (quote.type, quote.cue.text, quote.content.text) == ("indirect", "وطالب", content)
