"""Verbs of going on (زاد "added"، واصل، أكمل، استرسل) before the speech's colon or opening quotation mark report
speech, like أضاف and تابع: `وزاد المدرب الوطني: "…"`، `وواصل: "…"`، `وزاد "…"`; with a colon and إن the speech
is indirect (`وأكملت المتحدثة باسم الهيئة: إن …`, the spec's `قال: إن …`). They are not reporting verbs
(`وزاد عدد زوار المعرض …`، `ومما زاد من معاناة السكان أن …`، `وواصل الفريق تدريباته …`): without the mark that opens
the speech under the verb they report nothing, nor does a colon that opens a list under another word
(`وأكمل الطلاب اختباراتهم النهائية في ثلاث مواد: …`).

Each sentence was written for the test (invented names and content), after records missed on SaudiNewsNet articles
outside the gold sets. tests/data/entities/verbs_of_going_on.conllu holds the parses (bundled model, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "verbs_of_going_on.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)



@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("goes-on-1", ("direct", "وزاد", "المدرب الوطني", "اللاعبون جاهزون تماما لمواجهة الغد، ونعد الجماهير بأداء مشرف")),
        ("goes-on-2", ("direct", "وواصل", None, "لن نتوقف عن المطالبة بحقوق المزارعين حتى تنفذ الوعود")),
        ("goes-on-3", ("indirect", "وأكملت", "المتحدثة باسم الهيئة", "إن التسجيل سيبقى مفتوحا حتى نهاية الشهر الجاري")),
        ("goes-on-4", ("direct", "وزاد", None, "الأسعار لم ترتفع منذ عامين، ونحن ملتزمون بذلك أمام عملائنا")),
    ],
)
def test_a_verb_of_going_on_before_the_speech_reports_it(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: tuple[str, ...]
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == [expected]


@pytest.mark.parametrize("doc_id", ["goes-on-5", "goes-on-6", "goes-on-7", "goes-on-8"])
def test_a_verb_of_going_on_without_speech_reports_nothing(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == []


def test_only_the_reporting_verb_after_it_speaks(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert quotes_found(extractor, documents["goes-on-9"]) == [("direct", "وقال", "مديرها", "التكاليف ارتفعت كثيرا")]
