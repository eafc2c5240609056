"""A speaker's title that the parse made the cue's noun complement is no part of what was said: `وأكد فلان، مستشار
وزير الداخلية، أهمية تطوير …` stressed `أهمية تطوير …` (the settled case: the content of a noun complement is the
noun phrase reported), and the title stays the speaker's. Where the parse hangs the title on the cue as its object and
the name is written right before it, the content starts after the comma that closes the title (after عن/إلى/على:
`وكشف فلان، رئيس اللجنة، عن تعديل …` → `تعديل …`); where a conjunction or a cue follows that comma (`أكد ذلك لـ«الوطن»
فلان عضو المجلس البلدي، وقال إن …`), the cue reports nothing of its own; where no comma closes the title (`أكد فلان
مدرب الفريق رضاه عن …`, tests/test_unseen_news.py) the content is left as the parse gives it. A source named after a
quoted medium (`كشف لـ«عكاظ» مصدر مطلع عن …`) is the source itself, not a title.

The sentences were written for the test (invented names and content), after records on SaudiNewsNet articles in
neither gold set (`وأكد خالد الفيصل، مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة، أهمية إيصال …`، `أكد ذلك
لـ«عكاظ» عبدالله الأحمري عضو اللجنة العقارية في غرفة جدة، وقال إن …`). tests/data/entities/titles_taken_for_content
.conllu holds each twice: parsed by the step-1,800 parser of session 10 (`…-pud-style`) and by the bundled model
(`…-shipped`), entity tagger on; the GPU parser of session 23 gives the same quotes. No model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_taken_for_content")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("title-as-object-1", ("indirect", "وأكد", "سلطان بن فهد", "أهمية تطوير الخدمات الإلكترونية في جميع المحافظات")),
        (
            "title-as-object-2",
            ("indirect", "وكشف", "سامي العنزي", "تعديل جدول الدوري بسبب مشاركة المنتخب في البطولة الآسيوية"),
        ),
        (
            "title-as-object-3",
            ("indirect", "ورجح", "ماهر الحلبي", "تعاونا أوسع بين الدول المجاورة لمكافحة التهريب عبر الحدود"),
        ),
    ],
)
def test_the_content_starts_after_the_speakers_title(
    extractor: Extractor, style: str, doc_id: str, expected: tuple[str, ...]
) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"{doc_id}-{style}"]) == [expected]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_title_with_nothing_after_it_reports_nothing(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"title-as-object-4-{style}"]) == [
        ("indirect", "وقال", None, "إن المشروع سيكتمل في العام المقبل")
    ]
