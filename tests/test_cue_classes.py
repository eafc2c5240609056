"""Every class of reporting verb in rules/lexicons/reporting_verbs.tsv makes a quote of its class (issue 13 item 13).

One sentence per class, written for this test, parsed by the bundled model; the class is the lexicon's,
also where the parser gives the verb another lemma (تعهد → عهد, تساءل → ساءل).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quotes.api import Extractor

LEXICON = Path(__file__).resolve().parent.parent / "rules" / "lexicons" / "reporting_verbs.tsv"

SENTENCE_OF_CLASS = {
    "neutral": ("قال المتحدث باسم الشركة سامي العتيبي إن الأسعار ستبقى ثابتة هذا العام.", "قال"),
    "additive": ("وأضاف مدير المستشفى أن العمل في الجناح الجديد سيبدأ الشهر المقبل.", "وأضاف"),
    "assertive": ("أكد وزير التعليم أن المدارس ستفتح أبوابها في موعدها.", "أكد"),
    "denial": ("نفى المتحدث باسم الوزارة أن تكون الحكومة قد رفعت أسعار الوقود.", "نفى"),
    "hedged": ("زعم المتهم أن الشرطة احتجزته دون سبب.", "زعم"),
    "warning": ("حذر خبراء الأرصاد من أن الأمطار الغزيرة قد تسبب سيولاً في المنطقة.", "حذر"),
    "announcement": ("أعلنت وزارة الصحة أن عدد الإصابات تراجع إلى مستوى منخفض.", "أعلنت"),
    "explanatory": ("أوضح رئيس البلدية أن المشروع يهدف إلى تحسين الطرق في الأحياء القديمة.", "أوضح"),
    "pointing": ("أشار التقرير إلى أن البطالة ارتفعت بين الشباب.", "أشار"),
    "appeal": ("دعا رئيس الجمعية إلى أن يلتزم السائقون بقواعد المرور.", "دعا"),
    "opinion": ("اعتبر المحلل السياسي أن الاتفاق خطوة مهمة نحو السلام.", "اعتبر"),
    "admission": ("اعترف المدرب بأن الفريق لم يقدم مستواه المعهود.", "اعترف"),
    "question": ('تساءل النائب: "لماذا تأخر صرف رواتب الموظفين؟"', "تساءل"),
    "commitment": ("تعهد المحافظ بأن تنتهي أعمال الصيانة قبل نهاية الصيف.", "تعهد"),
    "prediction": ("توقع البنك المركزي أن ينمو الاقتصاد بنسبة ثلاثة في المئة.", "توقع"),
}


def lexicon_classes() -> set[str]:
    rows = [line.split("\t") for line in LEXICON.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {row[1] for row in rows[1:]}


def test_every_class_of_the_lexicon_has_a_sentence_here() -> None:
    assert set(SENTENCE_OF_CLASS) == lexicon_classes()


@pytest.fixture(scope="module")
def bundled() -> Iterator[Extractor]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STANZA_RESOURCES_DIR", "/nonexistent/stanza_resources")
        yield Extractor()


@pytest.mark.model
@pytest.mark.parametrize("cue_class", sorted(SENTENCE_OF_CLASS))
def test_a_verb_of_each_class_makes_a_quote_of_that_class(bundled: Extractor, cue_class: str) -> None:
    text, cue = SENTENCE_OF_CLASS[cue_class]
    quotes = bundled.extract(text, doc_id=cue_class)
    assert [(quote.cue.text, quote.cue_class) for quote in quotes] == [(cue, cue_class)]
