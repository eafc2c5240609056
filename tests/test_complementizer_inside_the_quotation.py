"""A quotation that opens after the speaker and where the words were said, with a complementizer inside it:
`يقول سامي الدوسري، مؤسس شركة للاستثمار العقاري “من الواضح للجميع أن السوق …”`، `وقال إمام المسجد في خطبة الجمعة
“المطلوب أن يتحلى الجميع …”`. The أن is the speech's own, so the content is the whole quotation, direct; it was the
clause after أن, indirect, which for a long quotation matched none of it. Where a complementizer stands before the
quotation (`ويرى المحلل المالي أنه «من الطبيعي أن …»`) the speech opens there and the quotation is a fragment of it.

Each sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/complementizer_inside_the_quotation.conllu holds the parses (bundled
model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "complementizer_inside_the_quotation.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("quoted-that-1", ("direct", "وأضاف", "المتحدث", "الواضح أن المهاجمين خططوا للهجوم منذ أشهر")),
        (
            "quoted-that-2",
            (
                "direct",
                "يقول",
                "سامي الدوسري",
                "من الواضح للجميع أن السوق تمر بمرحلة تصحيح. لا أحد يعرف متى تنتهي",
            ),
        ),
        ("quoted-that-3", ("direct", "وقال", "إمام المسجد", "المطلوب أن يتحلى الجميع بالصبر ولا ينجروا وراء الشائعات")),
        (
            "quoted-that-4",
            ("mixed", "ويرى", "المحلل المالي", "أنه «من الطبيعي أن تتراجع الأسعار بعد انتهاء موسم الصيف»"),
        ),
    ],
)
def test_the_quotation_holding_the_complementizer_is_the_speech(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: tuple[str, ...]
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == [expected]
