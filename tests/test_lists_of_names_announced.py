"""A body that announces a list of names (`أعلنت كلية … أسماء الطلاب المقبولين …`، `أعلن نادي … أسماء اللاعبين …`) is
the speaker: أسماء in construct with a definite plural is "the names of", not the given name Asma after the body
taken for her title (quotes.speakers.names `_common_word_in_construct`, for the given names that
rules/lexicons/given_names.tsv marks `common`); a woman named أسماء with her family name is still a person. And a
stretch of time after a glued لـ (`بالكلية | للعام الدراسي المقبل`، `للموسم الرياضي`: rules/lexicons/time_words.tsv
`period`) is no part of a body's name, so the body named again (`ودعت الكلية`) is the one named in full before.
Issue 10; the shape was seen on SaudiNewsNet articles annotated in session 38 outside the gold sets.

The sentences were written for the test (invented names and content).
tests/data/entities/lists_of_names_announced.conllu holds them as the bundled model parsed them (`quotes parse`,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("lists_of_names_announced")


def test_a_college_announces_the_names_of_those_admitted(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["college-admissions"]) == [
        ("أعلنت", "كلية التقنية بالدمام", "كلية التقنية بالدمام", None),
        ("ودعت", "الكلية", "كلية التقنية بالدمام", None),
        ("مؤكدة", None, "كلية التقنية بالدمام", None),
    ]


def test_a_club_announces_the_names_of_its_players(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["club-squad"]) == [
        ("أعلن", "نادي الوحدة", "نادي الوحدة", None),
        ("وقال", "النادي", "نادي الوحدة", None),
    ]


def test_a_woman_named_asma_is_still_a_person(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["researcher-asma"]) == [
        ("وقالت", "أسماء الشهري", "أسماء الشهري", "الباحثة"),
        ("مضيفة", None, "أسماء الشهري", "الباحثة"),
    ]
