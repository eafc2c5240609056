"""A plural cue without a subject (`وقالوا`، `وطالبوا`، `مؤكدين`) speaks for the group the text named since the last
quote (issue 10).

Session 20 let such a cue take only a source that can speak as a group, else none; but the people who say it are
often named just before it and never quoted: `تجمع عدد من أهالي القرية …. وقالوا إن …`. The mention layer
(quotes/mentions/groups.py) finds them as GROUP mentions where they act (a subject, or in apposition to one):

- a quantifier with من and a plural of people: `عدد من أهالي قرية الريحان`، `عدد من سكان الحي`;
- a plural of people: a listed broken plural (`الحضور`، `أبناء الشيخ …`، rules/lexicons/people_plurals.tsv), a sound
  plural the tagger reads as one (`7 لاعبين`، `3 مسؤولين`), plurals joined by و (`مهندسون وخبراء`، `المعلمون
  والمعلمات`), a group noun with its place (`سكان حي الورود`);

each with its whole phrase: the count, the quantifier, the nouns in construct up to the first definite one, a person's
name after a title (`أبناء الشيخ سالم بن علي الدوسري`: the sons speak, not their father). The resolver asks for the
nearest such group after the last quote, in the cue's sentence or the two before (recency.group_named_since), before
the speakers quoted earlier. A group named only where it is acted on or spoken of (`بحضور عدد من المسؤولين`، `عن
أصحاب المحلات`) is none; a written plural participle (`مؤكدين`) is plural whatever the tagger read.

The sentences were written for the test (invented names and content). tests/data/entities/plural_cues_find_groups.conllu
holds them parsed by the bundled model with `quotes parse` (entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("plural_cues_find_groups")


def last_source(extractor: Extractor, name: str) -> tuple[str, str | None, str | None, str | None]:
    return sources(extractor, DOCUMENTS[f"{name}-shipped"])[-1]


@pytest.mark.parametrize(
    ("name", "cue", "group"),
    [
        ("group-cue-1", "وقالوا", "عدد من أهالي قرية الريحان"),  # a quantifier, من, and the village by name
        ("group-cue-2", "وأكدوا", "مهندسون وخبراء"),  # two plurals joined by و
        ("group-cue-3", "وطالبوا", "الحضور"),  # the attendees
        ("group-cue-4", "وقالوا", "7 لاعبين"),  # digits before a sound plural
        ("group-cue-9", "وقالوا", "3 مسؤولين في الاتحاد"),  # where they are, as a speaker phrase takes it in
        ("group-cue-5", "مؤكدين", "المعلمون والمعلمات"),  # a plural participle the tagger read as singular
        ("group-cue-6", "وطالبوا", "سكان حي الورود"),  # residents and their quarter
    ],
)
def test_a_plural_cue_speaks_for_the_group_named_before_it(extractor: Extractor, name: str, cue: str, group: str) -> None:
    assert last_source(extractor, name) == (cue, None, group, None)


def test_the_sons_speak_not_the_father_their_phrase_names(extractor: Extractor) -> None:
    """`استقبل أبناء الشيخ سالم بن علي الدوسري المعزين …، مؤكدين أن والدهم …`: أبناء (kinship) heads the group."""
    assert last_source(extractor, "group-cue-7") == ("مؤكدين", None, "أبناء الشيخ سالم بن علي الدوسري", None)


def test_a_group_named_after_the_last_quote_comes_before_its_speaker(extractor: Extractor) -> None:
    """`قال المتحدث … إن …. وتجمع عدد من سكان الحي …. وقالوا إن …`: not the spokesman, one person."""
    assert sources(extractor, DOCUMENTS["group-cue-8-shipped"])[-1] == ("وقالوا", None, "عدد من سكان الحي", None)


def test_two_named_people_joined_by_waw_are_one_plural_source(extractor: Extractor) -> None:
    """`وقال سعد الغامدي وفيصل الزهراني إن …. وأكدوا …`: the singular verb before its subject, then "they"."""
    pair = "سعد الغامدي وفيصل الزهراني"
    assert sources(extractor, DOCUMENTS["group-cue-10-shipped"]) == [("وقال", pair, pair, None), ("وأكدوا", None, pair, None)]


def test_a_plural_cue_after_one_person_and_no_group_stays_unresolved(extractor: Extractor) -> None:
    assert last_source(extractor, "group-cue-11") == ("وقالوا", None, None, None)


def test_the_group_spoken_about_is_not_the_group_that_speaks(extractor: Extractor) -> None:
    """`تساءل عدد من المواطنين عن أصحاب المحلات …. وقالوا`: the owners are what they asked about."""
    assert last_source(extractor, "group-cue-12") == ("وقالوا", None, "عدد من المواطنين", None)


def test_a_definite_plural_is_in_construct_with_nothing(extractor: Extractor) -> None:
    """`ناقش الوزراء جدول أعمال القمة …. وأكدوا`: the agenda is the ministers' object, not part of their name."""
    assert last_source(extractor, "group-cue-13") == ("وأكدوا", None, "الوزراء", None)


def test_a_group_in_a_prepositional_phrase_does_not_speak(extractor: Extractor) -> None:
    """`وصل الوزير … بحضور عدد من المسؤولين. وقالوا`: named in passing; the cue stays unresolved."""
    assert last_source(extractor, "group-cue-14") == ("وقالوا", None, None, None)
