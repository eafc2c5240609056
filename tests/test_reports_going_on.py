"""A sentence that opens with و and a complementizer goes on with the report before it.

`وقال الوزير إنه «…». وإنه «…»`: the second sentence has no verb of its own; `وإنه` hangs on `قال` across the full
stop, so what the minister said runs to its end (the annotation writes one record; `drafts.content.content_end`). A
sentence with its own reporting verb (`وأعلنت الشركة أن …`) is a report of its own.

Sentences written for the test (invented content), after a read-set record; tests/data/entities/reports_going_on.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("reports_going_on")


def test_a_second_inna_clause_is_more_of_what_was_said(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = quotes_found(extractor, documents["second-inna-clause"])
    assert said == ("mixed", "وقال", "الوزير", "إنه «يمثل خطوة مهمة للبلاد». وإنه «سيضع حدا للأزمة في المنطقة»")


def test_a_second_anna_clause_is_more_of_what_was_stressed(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (stressed,) = quotes_found(extractor, documents["second-anna-clause"])
    assert stressed == ("indirect", "وأكد", "المتحدث", "أن التنظيمات تتبع فكرا واحدا. وأن خطتها تقضي بتنفيذ عمليات في عدة دول")


def test_a_sentence_with_its_own_verb_is_its_own_report(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    said, announced = quotes_found(extractor, documents["next-sentence-of-its-own"])
    assert said == ("indirect", "وقال", "الوزير", "إن المشروع سيكتمل قريبا")
    assert announced == ("indirect", "وأعلنت", "الشركة", "أن العمل بدأ أمس")
