"""Three shapes of unseen news (issue 10; SaudiNewsNet articles annotated in session 30, outside the gold sets).

- A relative clause the parse made a conjunct of the verb before it (`تواصلت «الرياض» مع أفراد الفريق …، والذين
  أكدوا أن …`): its pronoun stands for the nearest noun before it that agrees (الذين: people in the plural), and the
  participle after it (`مطالبين`) speaks for the same group (`أفراد` a plural of people: people_plurals.tsv).
- A prayer is no report (the dev gold leaves `سائلاً الله` out): a verb of appeal or asking with God after it and the
  prayer's أن (`داعيا الله عز وجل أن …`، `ودعا فلان الله أن …`، `داعياً المولى جلّ وعلا أن …`; rules/lexicons/prayed_to.tsv
  and prayer_epithets.tsv), also with God as its object and no أن (`سائلا الله له الرحمة`); an appeal to people stays.
  A prayer after another cue is the prayer's, never that cue's content (`وأشاد … بجهود …، داعيا الله أن يحفظهم`: the
  parse hung the prayer's clause on the praise), and a report's content ends before it (`…، سائلا المولى عز وجل أن …`).
- A definite descriptor with its body before a name (`المسؤول الإعلامي في الجمعية سامي الحربي`) is that person's
  title; a descriptor of a relation to a titled person (`المصدر المقرب من الرئيس سامي الحربي`) is not.

The sentences were written for the test (invented names and content).
tests/data/entities/relatives_prayers_and_officials.conllu holds them as the bundled model parsed them (`quotes parse`,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("relatives_prayers_and_officials")


def test_a_relative_pronoun_after_a_comma_stands_for_the_people_before_it(extractor: Extractor) -> None:
    members = "أفراد الفريق"
    assert sources(extractor, DOCUMENTS["relative-pronoun-after-a-comma"]) == [
        ("أكدوا", members, members, None),
        ("مطالبين", None, members, None),
    ]


@pytest.mark.parametrize("doc_id", ["prayer-after-congratulations", "prayer-after-the-subject", "prayer-with-another-epithet"])
def test_a_prayer_is_no_quote(extractor: Extractor, doc_id: str) -> None:
    assert sources(extractor, DOCUMENTS[doc_id]) == []


def test_an_appeal_to_people_is_still_a_quote(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["appeal-to-people"]) == [("ودعا", "الوزير", "الوزير", "الوزير")]


def test_a_definite_official_of_a_body_before_a_name_is_that_persons_title(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["definite-official-in-a-body"]) == [
        ("وأشار", "سامي الحربي", "سامي الحربي", "المسؤول الإعلامي في الجمعية")
    ]


def test_a_source_close_to_a_titled_person_is_not_that_person(extractor: Extractor) -> None:
    source = "المصدر المقرب من الرئيس سامي الحربي"
    assert sources(extractor, DOCUMENTS["source-close-to-a-titled-person"]) == [("وقال", source, source, None)]


@pytest.mark.parametrize("doc_id", ["prayer-after-praise", "prayer-asked-after-praise", "prayer-for-mercy"])
def test_a_prayer_after_praise_is_no_quote_of_the_praise(extractor: Extractor, doc_id: str) -> None:
    assert sources(extractor, DOCUMENTS[doc_id]) == []


def test_a_reports_content_ends_before_the_prayer_after_it(extractor: Extractor) -> None:
    (quote,) = extractor.extract_parsed(DOCUMENTS["prayer-after-a-report"])
    assert (quote.cue.text, quote.content.text) == ("وأوضح", "أن القرار يأتي في سياق دعم القطاع الصحي")
