"""`أوضح ذلك فلان`، `ذكر ذلك مدير …`: a cue that opens its sentence with "that" (ذلك) as its object and its source after
it names the teller of the sentence before, which is the quote's content (issue 10; the spec's settled case of a source
named after its content, `…، كما أفاد فلان`, here across a full stop: the shape Saudi news agencies close an item with,
seen on SaudiNewsNet articles annotated in sessions 32 and 33 outside the gold sets, and written there the same way
every time). A dateline before a colon is no part of the content, and "that" is no part of the source or its role;
`وقال ذلك التاجر إن …`, with its own clause and no name after it, is "that merchant" as before.

The sentences were written for the test (invented names and content). tests/data/entities/that_said_after_the_news.conllu
holds them as the bundled model parsed them (`quotes parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("that_said_after_the_news")


def quotes_of(extractor: Extractor, doc_id: str) -> list[tuple[str, str | None, str]]:
    return [
        (quote.cue.text, quote.speaker_resolved.text if quote.speaker_resolved else None, quote.content.text)
        for quote in extractor.extract_parsed(DOCUMENTS[doc_id])
    ]


def test_the_spokesman_tells_the_sentence_before_and_goes_on(extractor: Extractor) -> None:
    assert quotes_of(extractor, "spokesman-after-the-news") == [
        ("أوضح", "فواز الميمان", "تمكنت دوريات الأمن في محافظة الخرج من القبض على ثلاثة مقيمين بحوزتهم كمية من المواد المخدرة"),
        ("مشيراً", "فواز الميمان", "أن الجناة أحيلوا إلى جهة الاختصاص"),
    ]


def test_the_role_is_the_one_after_that(extractor: Extractor) -> None:
    (told,) = extractor.extract_parsed(DOCUMENTS["spokesman-after-the-news"])[:1]
    assert told.role is not None and told.role.text == "المتحدث الإعلامي لشرطة منطقة الرياض العقيد"


def test_the_news_on_the_line_before(extractor: Extractor) -> None:
    (told,) = extractor.extract_parsed(DOCUMENTS["director-on-a-new-line"])
    assert (told.type, told.cue.text, told.speaker.text if told.speaker else None) == ("indirect", "ذكر", "عبدالرحمن الداود")
    assert told.content.text == "أطلقت جامعة القصيم برنامجا جديدا لتأهيل الخريجين لسوق العمل"


def test_that_is_no_part_of_the_role_before_the_name(extractor: Extractor) -> None:
    told, pointing = extractor.extract_parsed(DOCUMENTS["rank-after-that"])
    assert told.content.text == "استأنفت الخطوط الجوية رحلاتها إلى مطار أبها بعد توقف دام ثلاثة أيام"
    for quote in (told, pointing):
        assert quote.speaker_resolved is not None and quote.speaker_resolved.text == "سعد بن محمد القحطاني"
        # the rank before the name names no position: the job after it does, and "that" is in neither
        assert quote.role is not None and quote.role.text.startswith("المتحدث الرسمي")


def test_a_dateline_is_no_part_of_the_news(extractor: Extractor) -> None:
    assert quotes_of(extractor, "dateline-before-the-news") == [
        ("أوضح", "فهد العطوي", "ضبطت فرق البلدية في محافظة تيماء كميات كبيرة من الأغذية الفاسدة في أحد المستودعات"),
    ]


def test_that_merchant_with_his_own_clause(extractor: Extractor) -> None:
    assert quotes_of(extractor, "that-merchant") == [("وقال", "ذلك التاجر", "إن الطلب تراجع")]
