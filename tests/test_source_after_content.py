"""A source named after its content with كما and a reporting verb (`«…»، كما قال فلان`) is the spec's settled case:
the quotation before the cue is its direct content, as without كما (`«…»، قال فلان`).

The sentences were written for the test (invented names and content), after the shape seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/source_after_content.conllu holds the parses (bundled model,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "source_after_content.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def test_quotation_before_kama_qala_is_its_content(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # the quotation before «، كما قال» was no one's quote
    quotes = extractor.extract_parsed(documents["source-after-content-1"])
    assert [(q.type, q.content.text, q.cue.text) for q in quotes] == [
        ("direct", "سنفتتح ثلاثة مستشفيات أخرى في المنطقة قبل نهاية العام", "قال")
    ]
    assert sources(extractor, documents["source-after-content-1"]) == [
        ("قال", "سلمان الغامدي", "سلمان الغامدي", "مدير الشؤون الصحية")
    ]


def test_quotation_before_kama_of_a_body(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    quotes = extractor.extract_parsed(documents["source-after-content-2"])
    assert [(q.type, q.content.text, q.cue.text) for q in quotes] == [("direct", "لم تسجل أي إصابات بين المسافرين", "أوضحت")]


def test_kama_after_a_full_stop_opens_a_quote_of_its_own(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # «…». كما قال X إن …: "X also said that", the quotation before belongs to the earlier cue
    quotes = extractor.extract_parsed(documents["source-after-content-3"])
    assert [(q.type, q.content.text, q.cue.text) for q in quotes] == [
        ("direct", "الموسم كان صعبا على الجميع", "وقال"),
        ("indirect", "إن الفريق سيعود أقوى في الموسم المقبل", "قال"),
    ]


def test_clause_before_kama_afad_is_its_content(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # without quotation marks: the clause before «، كما أفاد» is what the source said (no quote before)
    quotes = extractor.extract_parsed(documents["source-after-content-4"])
    assert [(q.type, q.content.text, q.cue.text) for q in quotes] == [
        ("indirect", "وتضررت عشرات المنازل في القرية جراء السيول", "أفاد")
    ]
    assert quotes[0].speaker is not None and quotes[0].speaker.text.startswith("مدير الدفاع المدني")


def test_kama_with_content_of_its_own_takes_no_clause_before(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # …، كما أعلن عن إطلاق برنامج …: "also announced" something of its own; the clause before is the minister's
    # أن clause, not a second quote
    quotes = extractor.extract_parsed(documents["source-after-content-6"])
    assert [q.cue.text for q in quotes] == ["وأكد"]
