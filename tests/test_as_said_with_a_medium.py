"""A source named after its content (the spec's `…، كما أفاد فلان`) followed by where or how it was said:
`…، كما قال محافظ الإقليم في رسالة وجهها إلى المنظمات الدولية أمس`، `…، كما أوضح رئيس لجنة المقاولين خلال لقاء مع
الصحفيين في مقر الغرفة التجارية`. Only up to four words after the source were allowed (a medium, a time or a place),
so a longer medium lost the quote; a prepositional phrase of up to eight words with no speech of its own (no
complementizer, colon or quotation mark) is still only the medium. With speech after the source
(`…، كما قال المدرب في المؤتمر الصحفي إن …`) كما is "also" and the speech is the content.

Each sentence was written for the test (invented names and content), after a record missed on a SaudiNewsNet article
outside the gold sets. tests/data/entities/as_said_with_a_medium.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "as_said_with_a_medium.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)



@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "medium-1",
            (
                "indirect",
                "قال",
                "محافظ الإقليم",
                "وارتفع عدد النازحين من القرى الحدودية إلى أكثر من عشرة آلاف شخص خلال الأسبوع الماضي",
            ),
        ),
        (
            "medium-2",
            ("indirect", "أوضح", "رئيس لجنة المقاولين", "وتراجعت أسعار الحديد في السوق المحلية بنسبة خمسة في المائة"),
        ),
        ("medium-3", ("indirect", "قال", "المدرب", "إن الفريق جاهز تماما للمواجهة المقبلة")),
    ],
)
def test_a_medium_after_the_source_named_after_its_content(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: tuple[str, ...]
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == [expected]
