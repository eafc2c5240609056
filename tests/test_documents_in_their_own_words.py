"""What a statement, report or cable says in its own words is its quote: `وجاء في البيان الصادر عن اتحاد السباحة:
«…»` and `وجاء في الرسالة التي بعثها رئيس النادي: …` attribute the words after the colon to the document (spec: a
quote is content the text attributes to a source; a colon followed by unmarked speech is direct). The source is the
document; its issuer, where the text names one, is the speaker resolved (spec, settled cases): the body it came from
(`الصادر عن …`), or the subject of the relative clause that says who sent it (`التي بعثها …`). `جاء في المرتبة
الثانية: …` ("came second") names no document and gives no quote.

The sentences were written for the test (invented content), each the shape of quotes missed on SaudiNewsNet articles
outside the gold sets (`وجاء في بيان …: «…»`، `وجاء في البرقية التي بعثها ولي العهد: …`).
tests/data/entities/documents_in_their_own_words.conllu holds their parses in both styles (PARSE_STYLES); no model is
loaded. The news parser (/work/models/gpu23a) gives the same records.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("documents_in_their_own_words")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_statement_in_quotation_marks_after_a_colon(extractor: Extractor, style: str) -> None:
    document = DOCUMENTS[f"came-in-speech-1-{style}"]
    assert quotes_found(extractor, document) == [
        ("direct", "وجاء", "البيان الصادر عن اتحاد السباحة", "سنعلن أسماء السباحين المختارين للبطولة يوم الأحد المقبل")
    ]
    assert [resolved for _, _, resolved, _ in sources(extractor, document)] == ["اتحاد السباحة"]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_letter_in_its_own_words_after_a_colon_is_its_senders(extractor: Extractor, style: str) -> None:
    document = DOCUMENTS[f"came-in-speech-2-{style}"]
    assert quotes_found(extractor, document) == [
        ("direct", "وجاء", "الرسالة", "نتمنى للفريق التوفيق في مشواره المقبل ونثق بقدرة لاعبيه على المنافسة")
    ]
    assert [resolved for _, _, resolved, _ in sources(extractor, document)] == ["رئيس النادي"]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_came_second_is_no_statement(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"came-in-speech-3-{style}"]) == []


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_statement_of_a_named_person_is_his_and_his_title_follows_the_name(extractor: Extractor, style: str) -> None:
    """`وجاء في بيان لسامر الحداد المتحدث باسم …: «…»`: the issuer is the person, without his title; the statement
    is no title of his."""
    document = DOCUMENTS[f"came-in-speech-4-{style}"]
    assert sources(extractor, document) == [("وجاء", "سامر الحداد", "سامر الحداد", "المتحدث باسم منظمة أطباء الأمل")]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_who_spread_a_statement_did_not_issue_it(extractor: Extractor, style: str) -> None:
    """`وقال البيان الذي نشرته وكالة الأنباء الرسمية إن …`: the agency published the statement (rules/lexicons/
    issuing_verbs.tsv, column spreads), someone else issued it: the statement stays its own source."""
    assert sources(extractor, DOCUMENTS[f"spread-statement-1-{style}"]) == [("وقال", "البيان", "البيان", None)]
