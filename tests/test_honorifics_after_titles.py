"""An honorific between a title and the name (`كشف محافظ المدينة الشيخ سالم العبيدي أن …`، `وقال أمير المنطقة الأمير
فيصل بن سعد إن …`، `مدير عام فرع الهيئة بالمنطقة الشيخ ناصر …`) is no part of the role: the gold decision in
rules/lexicons/honorifics.tsv (`مدير عام فرع الوزارة بجازان الشيخ أحمد بن عيسى الحازمي` → the role `مدير عام فرع
الوزارة بجازان`), whichever step read the role (the speaker phrase, the name inside it). A rank stays in the role
(`المتحدث باسم الشرطة العقيد`, the spec's settled case), and a phrase of honorifics alone before the name (`صاحب السمو
الملكي الأمير`) is still no role.

The sentences were written for the test (invented names), after records seen on SaudiNewsNet articles that are in
neither gold set (`محافظ مأرب الشيخ …`). tests/data/entities/honorifics_after_titles.conllu holds each twice: parsed
by session 10's step-1,800 parser (`…-pud-style`) and by the bundled model (`…-shipped`), entity tagger on; no model
is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("honorifics_after_titles")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "name", "role"),
    [
        ("honorific-after-title-1", "سالم العبيدي", "محافظ المدينة"),
        ("honorific-after-title-2", "فيصل بن سعد", "أمير المنطقة"),
        ("honorific-after-title-3", "ناصر بن علي القحطاني", "مدير عام فرع الهيئة بالمنطقة"),
        ("rank-after-title-1", "فواز المالكي", "المتحدث باسم الشرطة العقيد"),
    ],
)
def test_the_honorific_before_the_name_is_no_part_of_the_role(
    extractor: Extractor, style: str, doc_id: str, name: str, role: str
) -> None:
    ((_, speaker, resolved, found),) = sources(extractor, DOCUMENTS[f"{doc_id}-{style}"])
    assert (speaker, resolved, found) == (name, name, role)
