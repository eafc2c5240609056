"""A figure with a decimal point written against the next word (`بلغ 12.8مليون ريال`) makes the sentence splitter end
a sentence at the point; the reported clause goes on to the full stop (issue 10: content bounds; drafts.spans
.sentence_end), as a comma or semicolon the splitter ended a sentence at does. A figure the splitter leaves whole
(`3.25 في المئة`) was never cut; nor, since session 38, is one with a right-to-left mark after the point
(`3.\u200f25`, which some news sites write): quotes.parser joins the pieces the tokenizer made of it. The shapes were
seen on SaudiNewsNet articles annotated outside the gold sets (quarterly results, sessions 30-31; market figures,
session 38).

The sentences were written for the test (invented figures). tests/data/entities/decimal_points.conllu and
decimal_points_marked.conllu hold them as the bundled model parsed them (`quotes parse`, entity tagger on); no model
is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("decimal_points")
MARKED = entity_parses("decimal_points_marked")


@pytest.mark.parametrize(
    ("doc_id", "content"),
    [
        ("profit-in-millions", "أنها حققت صافي ربح خلال الربع الثاني بلغ 12.8مليون ريال بانخفاض 42.8% مقارنة بالعام السابق"),
        ("sales-in-millions", "أنه حقق صافي ربح خلال النصف الأول بلغ 15.2مليون ريال بارتفاع 10.5% مقارنة بالعام السابق"),
        ("growth-forecast", "إن النمو سيصل الى 3.25 في المئة بنهاية العام المقبل"),
    ],
)
def test_the_clause_goes_on_past_the_decimal_point(extractor: Extractor, doc_id: str, content: str) -> None:
    (quote,) = extractor.extract_parsed(DOCUMENTS[doc_id])
    assert quote.content.text == content


def test_a_figure_with_a_mark_after_its_point_is_one_word_of_one_sentence(extractor: Extractor) -> None:
    document = MARKED["index-with-a-mark"]
    assert len(document.sentences) == 1
    figures = [word.text for word in document.sentences[0].words if word.text[:1].isdigit()]
    assert figures == ["3.\u200f25", "4.\u200f8"]  # each one word, as written
    stated, added = extractor.extract_parsed(document)
    assert stated.content.text == "إن مؤشر السوق صعد 3.\u200f25 في المئة في ختام تعاملات الأسبوع"
    assert added.content.text == "أن السيولة ارتفعت إلى 4.\u200f8 مليار ريال"
    assert stated.speaker_resolved is not None and stated.speaker_resolved.text == "سامر العلي"
