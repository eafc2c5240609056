"""أكد with على and a noun: `وأكد الطرفان على أهمية …` (issue 10: missed quotes).

أكد takes what was affirmed after على as شدد does (`شدد على ضرورة …`): the noun phrase after على is the content, the
preposition left out as after أشار إلى (spec, settled cases). Only على: `أكد لـ«الرياض» أن …` names whom he told,
and its أن clause is the content. Where the parse hangs the phrase after على under where it was said (`وشدد فلان
خلال الاجتماع على ضرورة …`), a verbal noun of what was stressed (complement_nouns.tsv: ضرورة، أهمية …) is read from
there. A noun phrase's content ends where the next statement starts, comma or not: a cue with و or after كما that
the parse makes the next clause of the cue (`… ووجه بتشكيل فريق …`، `… كما وجه الأمير بإنشاء …`), or a cue with a
subject of its own.

Each sentence was written for the test (invented content), after shapes seen on SaudiNewsNet articles in neither
gold set. tests/data/entities/affirmed_on_a_noun.conllu holds each sentence three times: parsed by the bundled model
(ids `…-shipped`), by the step-1,800 parser of MODEL.md's session 10 (`…-pud-style`) and by session 23's GPU-trained
news parser (`…-gpu23`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, quotes_found, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("affirmed_on_a_noun")
STYLES = (*PARSE_STYLES, "gpu23")


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(
    ("doc_id", "cue", "source", "content"),
    [
        ("affirmed-importance", "وأكد", "رئيس الغرفة التجارية", "أهمية دعم المنشآت الصغيرة في المحافظة"),
        ("affirmed-necessity-where", "أكدت", "الهيئة", "ضرورة الالتزام بمواعيد تسليم المشروعات"),
        ("affirmed-determination", "وأكد", "الوزراء", "تصميمهم على مواجهة الإرهاب بكل الوسائل المتاحة"),
    ],
)
def test_the_noun_phrase_after_ala_is_what_was_affirmed(
    extractor: Extractor, style: str, doc_id: str, cue: str, source: str, content: str
) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"{doc_id}-{style}"]) == [("indirect", cue, source, content)]


@pytest.mark.parametrize("style", STYLES)
def test_what_was_stressed_is_read_under_where_it_was_said(extractor: Extractor, style: str) -> None:
    content = "ضرورة تفعيل الشراكة مع الجمعيات الأهلية لكونها أقرب الجهات إلى المستفيدين في القرى"
    assert quotes_found(extractor, DOCUMENTS[f"stressed-during-meeting-2-{style}"]) == [
        ("indirect", "وشدد", "العتيبي", content)
    ]


@pytest.mark.parametrize("style", STYLES)
def test_a_preposition_of_whom_was_told_leaves_the_clause_the_content(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"affirmed-to-a-paper-{style}"]) == [
        ("indirect", "وأكد", "المتحدث", "أن العمل في المشروع سيبدأ الشهر المقبل")
    ]


@pytest.mark.parametrize("style", STYLES)
def test_the_next_clause_of_the_cue_ends_what_was_affirmed(extractor: Extractor, style: str) -> None:
    document = DOCUMENTS[f"affirmed-then-directed-{style}"]
    assert quotes_found(extractor, document) == [
        ("indirect", "وأكد", "المحافظ", "أهمية صيانة الطرق قبل موسم الأمطار"),
        ("indirect", "ووجه", None, "بتشكيل فريق لمتابعة الأعمال"),
    ]
    assert [resolved for _, _, resolved, _ in sources(extractor, document)] == ["المحافظ", "المحافظ"]


@pytest.mark.parametrize("style", STYLES)
def test_another_source_after_kama_ends_what_was_affirmed(extractor: Extractor, style: str) -> None:
    assert quotes_found(extractor, DOCUMENTS[f"affirmed-then-another-directed-{style}"]) == [
        ("indirect", "وأكد", "مدير الجامعة", "أهمية البحث العلمي في خدمة المجتمع"),
        ("indirect", "وجه", "الأمير", "بإنشاء مركز للابتكار في المنطقة"),
    ]
