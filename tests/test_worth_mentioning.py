"""`الجدير ذكره أن …` ("it is worth mentioning that"), like `الجدير بالذكر أن`, is the writer's note: no quote, whether
الجدير is parsed as the subject of ذكر or the cue is left with no subject after a quoted person (who would take it).

The sentences were written for the test (invented content), after a false quote seen on SaudiNewsNet articles that are
in neither gold set. tests/data/entities/worth_mentioning.conllu holds the parses (bundled model, entity tagger on); no
model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "worth_mentioning.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def test_worth_mentioning_is_no_quote(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # ذكره once made a quote said by الجدير
    assert extractor.extract_parsed(documents["worth-mentioning-1"]) == []


def test_worth_mentioning_is_no_quote_of_the_person_quoted_before(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # ذكره once made a subject-less quote of فهد الشهري
    assert sources(extractor, documents["worth-mentioning-2"]) == [("وقال", "فهد الشهري", "فهد الشهري", "مدير المعرض")]
