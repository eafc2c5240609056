"""A statement or report named again: `الوثيقة` stands for whichever the text named before.

`وأعلنت المنظمة في تقرير … أن …` then `وتضيف الوثيقة أن …`: the document is the report the organisation spoke in, and
the quote resolves to the organisation (the contract: a statement's speaker_resolved is its issuer). The report may
also be named after its content (`…، على ما ذكرت الوزارة في بيان`). A noun of its own kind (`الدراسة`) stands only
for a statement of that noun, not for another statement named in between. Which nouns stand for any statement is
data: rules/lexicons/document_nouns.tsv, column `any`.

The sentences were written for the test after records seen on SaudiNewsNet articles annotated outside the gold sets;
tests/data/entities/statement_named_again.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("statement_named_again")


def test_the_document_is_the_report_the_body_spoke_in(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["any-statement-report"])[1] == ("وتضيف", "الوثيقة", "منظمة الصحة العالمية", None)


def test_the_document_is_the_statement_named_after_its_content(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["document-after-content"])[1] == ("وتشير", "الوثيقة", "وزارة التجارة", None)


def test_the_report_named_after_its_content_is_its_issuers(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["report-after-content"])[1] == ("وبحسب", "التقرير", "هيئة الإغاثة الدولية", None)


def test_a_study_stands_for_the_study_not_the_statement_named_since(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["study-not-document"])[2] == ("وبحسب", "الدراسة", "الجامعة", None)
