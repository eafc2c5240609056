"""The subject of كان in a past perfect is the cue's own, whatever noun it is (`وكانت المدارس الأهلية أعلنت … أن …`،
`وكانت الأحياء الجنوبية أكدت … أن …`): the parse hangs the cue from كان, and the hint it gives is the speaker even
where no lexicon lists the noun as one that speaks (quotes.drafts.speaker `main_clause_hint`, `under_kana`); before,
such a cue went to whoever spoke last. A statement issued in the past perfect (`وكانت قيادة القوات المشتركة قد أصدرت
بيانا أوضحت فيه أن …`) speaks for كان's subject too (`statement_issuer_hint`). Issue 10; the shape was seen on
SaudiNewsNet articles annotated outside the gold sets (read in session 38).

The sentences were written for the test (invented content).
tests/data/entities/past_perfect_subjects.conllu holds them as the bundled model parsed them (`quotes parse`, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("past_perfect_subjects")


def test_schools_that_had_announced(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["schools-had-announced"])[1] == ("أعلنت", "المدارس الأهلية", "المدارس الأهلية", None)


def test_neighbourhoods_that_had_stressed(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["residents-had-complained"])[1] == ("أكدت", "الأحياء الجنوبية", "الأحياء الجنوبية", None)


def test_a_statement_issued_in_the_past_perfect(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["command-had-issued-a-statement"])[1] == ("أوضحت", None, "قيادة القوات المشتركة", None)
