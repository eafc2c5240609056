"""A bare title (`وأضاف رئيس جمعية المزارعين أن …`) after a quote whose person the text named with that title in the
same breath, where the rules read no role for the quote (`وصف سالم الحربي رئيس جمعية المزارعين في القصيم الموسم …`),
is that person: the resolver reads the title the text gave them where it named them, as it would once the document
is read, and the title's every word must be in it. Each sentence was written for the test (invented names and
content), after a record seen on a SaudiNewsNet article outside the gold sets.

tests/data/entities/titles_of_untitled_holders.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "titles_of_untitled_holders.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "speaker", "resolved"),
    [
        ("untitled-1", "رئيس جمعية المزارعين", "سالم الحربي"),
        ("untitled-2", "رئيس نادي الصقور", "فهد القحطاني"),
    ],
)
def test_a_bare_title_is_the_person_named_with_it(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, speaker: str, resolved: str
) -> None:
    last = sources(extractor, documents[doc_id])[-1]
    assert (last[1], last[2]) == (speaker, resolved)
