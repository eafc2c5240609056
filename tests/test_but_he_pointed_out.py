"""`…، لكنه أشار إلى أن …`: "but he pointed out" after a comma opens a second report of the same source, which ends the
first one's content there (drafts.spans.CLAUSE_CONNECTORS, like `، كما أوضح`), as the annotated news writes it (issue
10: content bounds). A `لكن` inside the reported clause with no pronoun and no reporting verb (`…، لكن الأمطار متوقعة
في الجنوب`) is the speaker's own "but" and stays in the content. The shape was seen on SaudiNewsNet articles annotated
in sessions 30-33 outside the gold sets.

The sentences were written for the test (invented content).
tests/data/entities/but_he_pointed_out.conllu holds them as the bundled model parsed them (`quotes parse`, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("but_he_pointed_out")


def contents(extractor: Extractor, doc_id: str) -> list[tuple[str, str]]:
    return [(quote.cue.text, quote.content.text) for quote in extractor.extract_parsed(DOCUMENTS[doc_id])]


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "but-he-pointed-out",
            [("وأوضح", "أن الحكومة ستدعم المزارعين هذا العام"), ("أشار", "أن الدعم سيكون محدودا")],
        ),
        (
            "but-she-noted",
            [("وقالت", "إن الرحلات ستعود الأسبوع المقبل"), ("لفتت", "أن بعض المطارات ستبقى مغلقة")],
        ),
    ],
)
def test_but_he_pointed_out_opens_a_second_report(extractor: Extractor, doc_id: str, expected: list[tuple[str, str]]) -> None:
    assert contents(extractor, doc_id) == expected


def test_the_speakers_own_but_stays_in_the_content(extractor: Extractor) -> None:
    assert contents(extractor, "but-within-the-speech") == [("وقال", "إن الطقس سيكون حارا في الوسط، لكن الأمطار متوقعة في الجنوب")]
