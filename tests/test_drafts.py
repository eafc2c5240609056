"""The drafting steps' reading of the text: words, clauses, colons and quotations around a cue.

The content sieves and speaker passes that use them are tested through whole
documents (test_attribution, test_news_attribution); these are the text
facts they rest on, on real sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from quotes.drafts.context import DocumentContext, Lexicons
from quotes.drafts.quotations import closing_before, quoted_name_after, speech_like
from quotes.drafts.spans import after_comma, colon_after, trim, word_span
from quotes.grammar import Grammar
from quotes.graph import ParsedDocument
from quotes.quotemarks import pair_quote_marks


@pytest.fixture(scope="module")
def lexicons(grammar: Grammar) -> Lexicons:
    return Lexicons.from_mapping(grammar.lexicons)


def context_of(text: str, lexicons: Lexicons, verb_starts: Sequence[int] = ()) -> DocumentContext:
    """A document context for text-only steps: its quotation marks paired, no sentences needed."""
    document = ParsedDocument(doc_id="doc", text=text, sentences=())
    return DocumentContext(
        document=document, text=text, marks=pair_quote_marks(text), lexicons=lexicons, verb_starts=tuple(verb_starts)
    )


def test_a_cue_inside_a_clitic_token_is_the_whole_written_word() -> None:
    text = "وقال الوزير إن الاجتماع انتهى"
    # the parser splits و + قال; the cue is reported as written
    assert word_span(text, 1, 4).text == "وقال"


def test_content_is_trimmed_of_edge_punctuation_and_its_quotation_marks() -> None:
    text = 'قال: "الوضع مستقر تماماً".'
    span = trim(text, text.index(":") + 1, len(text))
    assert span is not None and span.text == "الوضع مستقر تماماً"


def test_a_closing_mark_stays_when_the_content_only_ends_with_a_quotation() -> None:
    text = 'أكد أن الحملة تحمل اسم "معاً"'
    span = trim(text, text.index("أن"), len(text))
    assert span is not None and span.text == 'أن الحملة تحمل اسم "معاً"'


def test_a_clock_time_is_not_the_colon_that_opens_speech() -> None:
    text = "وقال في تمام الساعة 10:30: نحن مستعدون"
    assert colon_after(text, 4, len(text)) == text.index(":", text.index("10:30") + 3)


def test_a_colon_far_from_the_cue_opens_no_speech_of_it() -> None:
    text = "وقال إن الوزارة ستعلن خلال الأيام المقبلة عن خطة جديدة تشمل عدة مناطق في المملكة وتستمر حتى نهاية العام: التفاصيل لاحقاً"
    assert colon_after(text, 4, len(text)) is None


def test_a_connector_after_a_comma_opens_a_new_clause() -> None:
    text = "أكد المدير أن العمل مستمر، كما أوضح أن الموعد ثابت"
    assert after_comma(text, text.index("أوضح"))
    assert after_comma(text, text.index("كما"))
    without_comma = "أكد المدير أن العمل مستمر كما أوضح أن الموعد ثابت"
    assert not after_comma(without_comma, without_comma.index("أوضح"))


def test_a_short_quotation_followed_by_a_colon_is_the_speakers_name(lexicons: Lexicons) -> None:
    text = 'وقال "صالح السرحاني" لـ"سبق": كنت داخل السوق مع أسرتي'
    segment = quoted_name_after(context_of(text, lexicons), cue_end=4)
    assert segment is not None and text[segment.start : segment.end] == "صالح السرحاني"


def test_a_quotation_right_after_the_cue_that_goes_on_is_the_speech(lexicons: Lexicons) -> None:
    text = 'وقال "كنت داخل السوق مع أسرتي عندما بدأ الحريق" ثم غادر'
    assert quoted_name_after(context_of(text, lexicons), cue_end=4) is None


def test_quote_first_speech_closes_right_before_its_cue(lexicons: Lexicons) -> None:
    text = '"الأسعار سترتفع العام المقبل"، قال الوزير.'
    segment = closing_before(context_of(text, lexicons), cue_start=text.index("قال"))
    assert segment is not None and text[segment.start : segment.end] == "الأسعار سترتفع العام المقبل"


def test_a_short_quotation_is_speech_only_with_a_verb_in_it(lexicons: Lexicons) -> None:
    text = 'شاهد برنامج "سي إن إن ستايل" ثم قال "سنعود قريباً جداً"'
    title, speech = pair_quote_marks(text).segments
    verb = text.index("سنعود")
    context = context_of(text, lexicons, verb_starts=[text.index("شاهد"), text.index("قال"), verb])
    assert not speech_like(context, title)
    assert speech_like(context, speech)


def test_a_long_quotation_is_speech_even_without_a_verb(lexicons: Lexicons) -> None:
    text = 'وأضاف "مزيد من الجهود والتعاون بين الجهات المعنية في المنطقة"'
    [segment] = pair_quote_marks(text).segments
    assert speech_like(context_of(text, lexicons), segment)
