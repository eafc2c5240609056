"""Direct speech with no mark at all: no quotation marks, no colon, no complementizer (the spec's direct type reaches
it by its settled case "a colon followed by unmarked speech is direct"; the dev gold counts `واضاف اسفر الحريق عن …`
and `واوضح الناطق …، بمجرد تلقي بلاغ …` as direct). The speech opens with a finite verb the parse hangs on the cue:

- right after the speaker's phrase, with no comma (`وقال المتحدث باسم الجمعية فلان تم توزيع …`): the phrase holds
  nouns, names and prepositions only, the verb is the cue's clause (ccomp), and the cue is a saying verb (قال، أضاف،
  أوضح، بيّن);
- right after a cue with no subject after it, also after a particle of tense or negation (`وأضاف سيتم …`، `وقال لم
  نتلق …`; `سـ` is a word of its own in the parse) and after a subject written before the cue (`أما فلان فيقول لا بد
  من …`);
- not after "what" or "as" (`حسب ما نشر لم يكن …`): that cue names the source of what stands around it.

The sentences were written for the test (invented names and content), after quotes missed on SaudiNewsNet articles in
neither gold set (`وقال متحدث مديرية الدفاع المدني … الرائد فلان باشرت فرق الدفاع المدني …`، `وأضاف ستكون الـ48 الساعة
القادمة هي الفاصلة …`، `أما فلان فيقول لا بد من …`). tests/data/entities/speech_without_marks.conllu holds each
document twice: parsed by the step-1,800 parser of session 10 (`…-pud-style`, PUD's conventions) and by the bundled
model (`…-shipped`), entity tagger on; the GPU parser of session 23 (/work/models/gpu23a) gives the same quotes. No
model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("speech_without_marks")


def last_quote(extractor: Extractor, doc_id: str) -> tuple[str, str, str | None, str | None, str]:
    quote = extractor.extract_parsed(DOCUMENTS[doc_id])[-1]
    return (
        quote.type,
        quote.cue.text,
        quote.speaker.text if quote.speaker else None,
        quote.speaker_resolved.text if quote.speaker_resolved else None,
        quote.content.text,
    )


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "speaker", "content"),
    [
        ("unmarked-after-speaker-1", "سامي العتيبي", "باشرت الفرق الحريق فور تلقي البلاغ وتمت السيطرة عليه خلال ساعة"),
        ("unmarked-after-speaker-2", "ناصر القرني", "تم توزيع ثلاثمئة سلة غذائية على الأسر المحتاجة في القرية"),
    ],
)
def test_speech_right_after_the_speakers_phrase(extractor: Extractor, style: str, doc_id: str, speaker: str, content: str) -> None:
    assert last_quote(extractor, f"{doc_id}-{style}") == ("direct", "وقال", speaker, speaker, content)


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "cue", "source", "content"),
    [
        ("unmarked-after-particle-1", "وأضاف", "فيصل المطيري", "سيتم الإعلان عن أسماء اللاعبين الجدد قبل نهاية الشهر الحالي"),
        ("unmarked-after-particle-2", "وقالت", "هند السبيعي", "لن نسمح بدخول الطالبات بعد بدء الاختبار بربع ساعة"),
        ("unmarked-after-particle-3", "وقال", "خالد العنزي", "لم نتلق أي بلاغ عن إصابات جديدة منذ صباح اليوم"),
    ],
)
def test_speech_after_a_particle_of_tense_or_negation(
    extractor: Extractor, style: str, doc_id: str, cue: str, source: str, content: str
) -> None:
    # the cue has no subject: the person quoted in the sentence before speaks on
    assert last_quote(extractor, f"{doc_id}-{style}") == ("direct", cue, None, source, content)


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_speech_after_a_cue_whose_subject_comes_first(extractor: Extractor, style: str) -> None:
    assert last_quote(extractor, f"unmarked-subject-first-1-{style}") == (
        "direct",
        "فيقول",
        "فارس الدوسري",
        "فارس الدوسري",
        "لا بد من مراجعة أسعار الأسمدة قبل بداية الموسم المقبل",
    )


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_cue_after_what_says_nothing_after_it(extractor: Extractor, style: str) -> None:
    quotes = extractor.extract_parsed(DOCUMENTS[f"unmarked-as-published-1-{style}"])
    assert [(q.cue.text, q.content.text) for q in quotes] == [
        ("ويرى", "أن رفع الرسوم حسب ما نشر لم يكن مؤثرا في أرباح الشركات الكبرى")
    ]
