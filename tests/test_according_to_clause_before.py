"""A source named after its content with بحسب ما / وفق ما and a reporting verb (the spec's settled case `بحسب ما صرح
به`): `ارتفعت أسعار القمح … حسب ما أوضح جيمس هارلو، كبير الاقتصاديين في …`. The verb after ما reports the clause
before the marker, as it does after حسبما written as one word, whatever follows the source: a title after a comma
(`…، كبير الاقتصاديين في …`) is the source's, not the content, which before took the title for what was said. The
clause runs back past a bracket closed before the marker (`… عشرين مليون ريال (خمسة ملايين دولار) وفق ما كشف عنه …`:
the bracket was taken for the clause's opening), and the source is the verb's own subject or object even where no
list names it (`بحسب ما أعلنت السلطات المحلية`: the authorities were no source, so the verb's object became a quote
of its own, `أعلنت` + `السلطات المحلية`). A main clause opened by فإن or فقد after the source stays the content
(`وعلى صعيد الأسعار، فإنه وطبقا لما أعلنته الهيئة … فإن معدل التضخم …`), as at the head of a sentence.

Each sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/according_to_clause_before.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "according_to_clause_before.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "according-to-1",
            (
                "according_to",
                "حسب",
                "جيمس هارلو",
                "ارتفعت أسعار القمح في الأسواق العالمية بنسبة خمسة في المائة خلال الشهر الماضي",
            ),
        ),
        (
            "according-to-2",
            (
                "according_to",
                "وفق",
                "سامر الحداد",
                "تعتزم الشركة افتتاح ثلاثة فروع جديدة في المنطقة الشرقية بتكلفة تبلغ عشرين مليون ريال (خمسة ملايين دولار)",
            ),
        ),
        (
            "according-to-3",
            (
                "according_to",
                "بحسب",
                "إدارة الطوارئ",
                "وتعطلت حركة المرور على الطريق الساحلي لساعات بعد انهيار جزء من الجسر (جنوب المدينة)",
            ),
        ),
        (
            "according-to-4",
            (
                "according_to",
                "بحسب",
                "السلطات المحلية",
                "أغلقت المطارات في الجزيرة أمام الرحلات الدولية لمدة يومين بسبب العاصفة",
            ),
        ),
        # (a comment of the writer's after the source and its medium: …، وهو ما دفع …)
        ("according-to-7", ("according_to", "بحسب", "مركز الأرصاد", "وسجلت المدينة أعلى درجة حرارة منذ عشر سنوات")),
    ],
)
def test_the_clause_before_the_marker_is_what_the_source_said(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: tuple[str, ...]
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == [expected]


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "according-to-5",
            (
                "according_to",
                "وطبقا",
                "الهيئة العامة للإحصاء",
                "فإن معدل التضخم تراجع إلى اثنين في المائة خلال الربع الثاني",
            ),
        ),
        ("according-to-6", ("according_to", "وبحسب", "الوكالة", "فإن المفاوضات ستستأنف الأسبوع المقبل في جنيف")),
    ],
)
def test_a_main_clause_after_the_source_stays_the_content(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: tuple[str, ...]
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == [expected]


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "semicolon-marker-1",
            (
                "according_to",
                "وفق",
                "مصادر أمنية",
                "شنت طائرات حربية غارتين على موقعين في شمال المدينة فجر الخميس، دون أن تسجل إصابات",
            ),
        ),
        (
            "semicolon-marker-2",
            (
                "according_to",
                "حسب",
                "شهود عيان",
                "فجّر مجهولون سيارتين تعودان لمسؤولين محليين في وسط البلدة، بواسطة عبوات ناسفة",
            ),
        ),
        ("semicolon-marker-3", ("according_to", "وحسب", "الشهود", "فقد اشتعلت النيران في منزل مجاور لإحدى السيارات")),
    ],
)
def test_a_semicolon_before_the_marker_closes_the_clause_it_reports(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: tuple[str, ...]
) -> None:
    # …، بواسطة عبوات ناسفة؛ حسب شهود عيان: the clause before the semicolon, all of it (the clause was taken to open at
    # the semicolon, so it was empty and the quote lost); at the head of a sentence the main clause after it stays
    assert quotes_found(extractor, documents[doc_id]) == [expected]
