"""A new quote that opens with و, its own subject and its speech ends the content before it, comma or not:
`وقال مدير الدفاع المدني إن …المتضررة في الحي الشرقي وأوضح المتحدث الرسمي … أن …`، `وذكرت الوزارة أن … وقال وكيل
الوزارة سعد المالكي: "…"`. Only after a comma (or as a participle, or before a colon) did a later cue end the
content, so the first content ran on into the second quote. A cue whose content is a bare noun phrase starts no new
speech there (`… وتوقعت الشركة أرباحا كبيرة …`: a rule less sure than a verb with its speech).

Each sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/and_says_without_comma.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "and_says_without_comma.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def _contents(extractor: Extractor, document: ParsedDocument) -> list[tuple[str, str]]:
    return [(q.cue.text, q.content.text) for q in extractor.extract_parsed(document)]


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "and-says-1",
            [
                ("وقال", "إن فرق الإنقاذ أخلت ثلاثين أسرة من المباني المتضررة في الحي الشرقي"),
                ("وأوضح", "أن التحقيقات مستمرة لمعرفة أسباب الحريق"),
            ],
        ),
        (
            "and-says-2",
            [
                ("وذكرت", "أن الأسعار ستبقى ثابتة حتى نهاية العام الجاري"),
                ("وقال", "لن نسمح بأي زيادة غير مبررة"),
            ],
        ),
    ],
)
def test_a_quote_with_its_own_source_ends_the_content_before_it(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, str]]
) -> None:
    assert _contents(extractor, documents[doc_id]) == expected


def test_a_bare_noun_phrase_after_wa_starts_no_new_speech(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert _contents(extractor, documents["and-says-3"]) == [
        ("وأعلنت", "أنها ستفتتح فرعا جديدا في المدينة وتوقعت الشركة أرباحا كبيرة خلال العام المقبل")
    ]
