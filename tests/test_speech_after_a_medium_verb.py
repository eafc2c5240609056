"""Speech after the statement it was made in, where a verb describes that statement: `وأكد العميد الحارثي في تصريح
صحفي بثته وكالة الأنباء الرسمية اليوم أن القوات …`. The parse may hang the أن-clause on the medium's verb (بثته) and
not on the cue; the search for a complementizer the parse left elsewhere stopped at that verb as at the start of
another clause, and the quote was lost. A verb hung on a statement noun (بيان، تصريح، حديث، كلمة: `في بيان أصدره`،
`في تصريح بثته`، `في كلمة ألقاها`) says where the words were published, so the search goes on past it.

Each sentence was written for the test (invented names and content), after records missed on SaudiNewsNet articles
outside the gold sets. tests/data/entities/speech_after_a_medium_verb.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "speech_after_a_medium_verb.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "medium-verb-1",
            ("indirect", "وأكد", "الحارثي", "أن القوات الحكومية في طريقها إلى استعادة المدينة بالكامل"),
        ),
        (
            "medium-verb-2",
            ("indirect", "وأوضح", "القحطاني", "أن فرق الإنقاذ انتشلت جثث ثلاثة غرقى من السد"),
        ),
        ("medium-verb-4", ("indirect", "وشدد", "المالكي", "أن الحدود الجنوبية آمنة تماما")),
        ("medium-verb-5", ("indirect", "وقال", "الرئيس", "انه يرحب بالاتفاق الذي توصلت إليه الأطراف")),
    ],
)
def test_speech_after_a_verb_describing_the_statement(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: tuple[str, ...]
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == [expected]
