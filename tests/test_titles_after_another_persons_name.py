"""`ويدعم الرئيس الأمريكي الحالي أوباما المرشحة هيلاري كلينتون …`: a definite job right after another person's name,
a person named with a definite title of their own, opens this person's title; it is in construct with nothing before
it. The candidate's role is `المرشحة`, not the president's title and name with it. After a body's name the job goes
on the same person's title (`نائب رئيس نادي الرائد المشرف على كرة القدم فلان`: one man's two posts), and a rank or
an academic title after a body's eponym stays in it (`عميد كلية الطب بجامعة الملك سعود الدكتور فلان`,
tests/test_kin_prayers_descriptions.py and others) (`quotes.speakers.roles.role_before`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/titles_after_another_persons_name.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("titles_after_another_persons_name")


def test_the_candidate_after_the_president_is_only_the_candidate(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["candidate-after-the-president"]) == [("وقالت", "كلينتون", "هيلاري كلينتون", "المرشحة")]


def test_two_posts_after_a_club_are_one_persons(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["two-titles-after-a-club"]) == [
        ("وقال", "منصور الرسيني", "منصور الرسيني", "نائب رئيس نادي الرائد المشرف على كرة القدم")
    ]
