"""Indirect content ends where the narrator's "and at once" takes up the story after a comma: `وأفاد فلان بأن رجلا
حاول الدخول …، وعلى الفور تم إبلاغ الشرطة …` reports only what the source said (the dev gold ends `إنه أيضاً سيدخن
بكل مكان …` before `، وعلى الفور تمت إحالة القضية`), like the narrator's `، إلا أن`. "And at the same time" (`، وفي
نفس الوقت يوفر …`) is mostly the speaker's clause going on, and stays.

The sentences were written for the test (invented names and content), after quotes that ran on past `، وعلى الفور` on
SaudiNewsNet articles in neither gold set and on a dev article. tests/data/entities/narrator_at_once.conllu holds each
twice: parsed by the step-1,800 parser of session 10 (`…-pud-style`) and by the bundled model (`…-shipped`), entity
tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found
from quotes.api import Extractor

DOCUMENTS = entity_parses("narrator_at_once")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "at-once-1",
            ("indirect", "وأفاد", "سالم الشهري", "بأن رجلا غريبا حاول الدخول إلى المبنى في ساعة متأخرة من الليل"),
        ),
        ("at-once-2", ("indirect", "وقال", "فهد العمري", "إن طالبا أصيب بحالة إغماء أثناء الطابور الصباحي")),
        (
            "same-time-1",
            (
                "indirect",
                "وأكد",
                "ماجد القحطاني",
                "أن المشروع سيخدم مئات الأسر المحتاجة في المحافظة، وفي نفس الوقت يوفر فرص عمل للشباب",
            ),
        ),
    ],
)
def test_the_narrators_at_once_ends_indirect_content(
    extractor: Extractor, style: str, doc_id: str, expected: tuple[str, ...]
) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"{doc_id}-{style}"]) == [expected]
