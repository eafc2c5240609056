"""Reported speech ends where a circumstantial participle after a comma tells what the speaker did besides (`…،
مستغربا صدورها`، `…، ومثمناً دور …`، `…، معيدا التذكير بأن …`), whether or not that participle is a cue of its own
(issue 10; the spec: the content of an indirect quote is "the reported clause"; the shape of content boundaries seen on
SaudiNewsNet articles annotated in sessions 30-32, outside the gold sets). Words that only say when or how, which
also end in the accusative's alif (`مجددا`، `مثلا`: rules/lexicons/subject_adverbials.tsv, time_words.tsv, and words
too short to be a participle), leave the clause whole.

The sentences were written for the test (invented content). tests/data/entities/the_speakers_next_act.conllu holds
them as the bundled model parsed them (`quotes parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("the_speakers_next_act")


def contents(extractor: Extractor, doc_id: str) -> list[tuple[str, str]]:
    return [(quote.cue.text, quote.content.text) for quote in extractor.extract_parsed(DOCUMENTS[doc_id])]


@pytest.mark.parametrize(
    ("doc_id", "cue", "content"),
    [
        ("surprise-after-a-denial", "وقال", "إن تصريحات النائب عارية من الصحة"),
        ("praise-after-and", "وأكد", "أن النتائج كانت مطمئنة للجميع"),
        ("reminding-after-a-claim", "وأوضح", "أن استهلاك المصانع قليل جدا"),
    ],
)
def test_the_reported_clause_ends_before_the_speakers_next_act(extractor: Extractor, doc_id: str, cue: str, content: str) -> None:
    assert contents(extractor, doc_id) == [(cue, content)]


@pytest.mark.parametrize(
    ("doc_id", "cue", "content"),
    [
        ("for-example-inside", "وقال", "إن الأسعار ارتفعت، مثلا، في قطاع الأغذية بنسبة كبيرة"),
        ("again-inside", "وأوضح", "أن الفريق سيعود، مجددا، إلى التدريب الأسبوع المقبل"),
    ],
)
def test_an_adverb_between_commas_is_part_of_the_clause(extractor: Extractor, doc_id: str, cue: str, content: str) -> None:
    assert contents(extractor, doc_id) == [(cue, content)]
