"""A short quotation that ends with its own full stop inside the marks is speech (`وقال المدرب في مؤتمر صحفي عقب
التدريب حول إصابة الحارس "لا شيء خطير."`): a title or a name has no full stop, so a quotation of fewer than six
words without a verb was taken for one, and the speech after a long subject and its phrases was lost. A title
after a reporting verb (`وكتب الشاعر … قصيدة بعنوان "ليل المدينة الطويل"`) stays no quote.

Each sentence was written for the test (invented content), after records missed on SaudiNewsNet articles outside
the gold sets. tests/data/entities/quoted_sentences.conllu holds the parses (bundled model, entity tagger on); no
model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "quoted_sentences.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def _quotes(extractor: Extractor, document: ParsedDocument) -> list[tuple[str, str, str]]:
    return [(q.type, q.cue.text, q.content.text) for q in extractor.extract_parsed(document)]


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("quoted-sentence-1", [("direct", "وقال", "لا شيء خطير.")]),
        ("quoted-sentence-2", [("direct", "وقالت", "قريبا جدا.")]),
    ],
)
def test_a_short_quotation_closed_by_a_full_stop_is_speech(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert _quotes(extractor, documents[doc_id]) == expected


def test_a_title_after_a_reporting_verb_is_no_speech(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert _quotes(extractor, documents["quoted-sentence-3"]) == []
