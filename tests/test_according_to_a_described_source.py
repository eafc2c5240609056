"""What the text says an according-to source is, right after it (`…، وفقا لمنظمة الصحة العالمية، وهي هيئة تابعة للأمم
المتحدة.`), is its role, not what it said: the content is the clause before the marker (quotes.drafts.according_to),
and the description ends before the sentence's full stop (quotes.speakers.roles `huwa_role`). A clause after the
source opened by فإن is still the content (`ووفقا لمنظمة الصحة العالمية، فإن …`). Issue 10; the shape was seen on
SaudiNewsNet articles annotated outside the gold sets (read in session 38).

The sentences were written for the test (invented content).
tests/data/entities/according_to_a_described_source.conllu holds them as the bundled model parsed them (`quotes
parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("according_to_a_described_source")


def test_the_clause_before_the_marker_is_what_the_described_source_said(extractor: Extractor) -> None:
    (quote,) = extractor.extract_parsed(DOCUMENTS["source-described"])
    assert quote.type == "according_to"
    assert quote.content.text == "وارتفع عدد المصابين بالحمى في الإقليم إلى ألف حالة"
    assert quote.speaker is not None and quote.speaker.text == "منظمة الصحة العالمية"
    assert quote.role is not None and quote.role.text == "هيئة تابعة للأمم المتحدة"


def test_a_clause_opened_by_fa_inna_after_the_source_is_its_content(extractor: Extractor) -> None:
    (quote,) = extractor.extract_parsed(DOCUMENTS["source-then-clause"])
    assert quote.content.text == "فإن عدد المصابين بالحمى في الإقليم ارتفع إلى ألف حالة"
    assert quote.role is None
