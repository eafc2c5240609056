"""A figure with a decimal point written against the next word (`بلغ 12.8مليون ريال`) makes the sentence splitter end
a sentence at the point; the reported clause goes on to the full stop (issue 10: content bounds; drafts.spans
.sentence_end), as a comma or semicolon the splitter ended a sentence at does. A figure the splitter leaves whole
(`3.25 في المئة`) was never cut. The shape was seen on SaudiNewsNet articles annotated in sessions 30-31 outside the
gold sets (quarterly results).

The sentences were written for the test (invented figures).
tests/data/entities/decimal_points.conllu holds them as the bundled model parsed them (`quotes parse`, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("decimal_points")


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
