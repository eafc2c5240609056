"""The imperfect of علم is "knows", not "learned": `وعندما يعلم المستثمر أن السوق تتراجع …`، `ألا يعلم هؤلاء المخربون أن
…؟` hold what someone knows or should know, which the spec does not count as a quote (no statement); they were
indirect quotes. The perfect keeps reporting a source's information (`وعلمت الصحيفة من مصادرها أن …`).

Each sentence was written for the test (invented content), after records seen on SaudiNewsNet articles outside the
gold sets. tests/data/entities/knows_is_no_report.conllu holds the parses (bundled model, entity tagger on); no model
is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "knows_is_no_report.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize("doc_id", ["knows-1", "knows-2", "knows-3"])
def test_what_someone_knows_is_no_quote(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str) -> None:
    assert quotes_found(extractor, documents[doc_id]) == []


def test_what_a_paper_learned_is_a_quote(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert quotes_found(extractor, documents["knows-4"]) == [
        ("indirect", "وعلمت", "الصحيفة", "أن الوزارة تدرس رفع رسوم التأشيرات")
    ]
