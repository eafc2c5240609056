"""Two people named with their titles and joined by و (`الرئيس الأميركي باراك أوباما والرئيس التركي رجب طيب
إردوغان`): the title after و is the second person's, so his role is `الرئيس التركي`, not the whole phrase from the
first title; one person's two titles joined by و (`الرئيس التنفيذي والعضو المنتدب للشركة فلان`) stay one role, as no
name stands before و (issue 10; the spec: role is "the source's described position, function or affiliation"; the shape
of an error seen on SaudiNewsNet articles annotated in session 32, outside the gold sets; quotes/speakers/roles.py
role_before).

The sentences were written for the test (content invented). tests/data/entities/titles_of_two_people.conllu holds them
as the bundled model parsed them (`quotes parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_of_two_people")


def test_the_title_after_and_a_name_is_the_second_persons(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["second-persons-title-after-and"]) == [
        ("وقال", "إردوغان", "رجب طيب إردوغان", "الرئيس التركي")
    ]


def test_one_persons_two_titles_stay_one_role(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["one-persons-two-titles"]) == [
        ("وقال", "سامي العلي", "سامي العلي", "الرئيس التنفيذي والعضو المنتدب للشركة")
    ]
