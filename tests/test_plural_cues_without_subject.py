"""A plural cue with no subject of its own (`وقالوا`، `وطالبوا`، `ووجهوا`, issue 10) speaks for people as a group.

On SaudiNewsNet articles outside the gold sets such cues took things for their source: `وقالوا` the phrase
`سلامة تصميم …` (سلامة read as a given name), `طالبوا` a market, `ووجهوا` the incident the main clause's verb had as
object. A plural verb's left-out subject is people: a plural or collective noun of people (مسؤولون، الأهالي، الوزراء،
عدد من …), a body the entity tagger found, or several persons named and joined by و. So the person its sentence names
before it is no source for a plural cue, a main clause's subject that names no group is no hint for it, and the
latest source it falls back on must be one that can speak as a group; where none is, the speaker stays unresolved.

The sentences were written for the test (invented names and content).
tests/data/entities/plural_cues_without_subject.conllu holds each twice: parsed by session 10's step-1,800 parser
(`…-pud-style`) and by the bundled model (`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("plural_cues_without_subject")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_given_name_inside_an_abstract_noun_is_no_group(extractor: Extractor, style: str) -> None:
    """`انتقد مهندسون وخبراء سلامة تصميم النفق …. وقالوا …`: سلامة here is "safety", and one person could not be "they";
    they are the engineers and experts named as the subject (session 21: the group a plural cue finds, and its
    phrase ends before the object the parse hung on it)."""
    assert sources(extractor, DOCUMENTS[f"plural-cue-1-{style}"]) == [("وقالوا", None, "مهندسون وخبراء", None)]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_main_verbs_object_is_no_hint_for_a_plural_verb(extractor: Extractor, style: str) -> None:
    """`تابع الوزير … ونائبه … الحريق … ووجهوا بسرعة إخلاء السكان`: never the fire, nor the deputy alone."""
    assert sources(extractor, DOCUMENTS[f"plural-cue-2-{style}"]) == [("ووجهوا", None, None, None)]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_plural_cue_after_a_group_keeps_it(extractor: Extractor, style: str) -> None:
    group = "مسؤولون في وزارة النقل"
    assert sources(extractor, DOCUMENTS[f"plural-cue-3-{style}"]) == [("قال", group, group, None), ("وأكدوا", None, group, None)]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_broken_plural_of_people_is_a_group(extractor: Extractor, style: str) -> None:
    """`قال الوزراء العرب …. وأضاف رئيس الاجتماع خالد المطيري …. وطالبوا …`: they are the ministers, not the chairman."""
    assert sources(extractor, DOCUMENTS[f"plural-cue-4-{style}"])[-1] == ("وطالبوا", None, "الوزراء العرب", None)


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_plural_cue_after_one_person_stays_unresolved(extractor: Extractor, style: str) -> None:
    assert sources(extractor, DOCUMENTS[f"plural-cue-5-{style}"])[-1] == ("وأكدوا", None, None, None)


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_an_event_is_no_group(extractor: Extractor, style: str) -> None:
    """`أكد الحادث الأخير … أن …. وطالبوا بتشديد العقوبات`: an incident "showed", it does not demand."""
    assert sources(extractor, DOCUMENTS[f"plural-cue-6-{style}"])[-1] == ("وطالبوا", None, None, None)


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_plural_participle_is_not_the_father_named_in_its_subject(extractor: Extractor, style: str) -> None:
    """`رفع أبناء الشيخ ناصر بن سعد الحربي شكرهم …، داعين الله …`: the sons pray, not the sheikh their father (session
    21: the sons, the whole phrase, are one group, the one a plural cue speaks for). Since session 30 a prayer is no
    quote (`rules/lexicons/prayed_to.tsv`): the group is still the sons, in the entity table."""
    sons = "أبناء الشيخ ناصر بن سعد الحربي"
    document = DOCUMENTS[f"plural-cue-7-{style}"]
    assert extractor.extract_parsed(document) == []
    assert any(mention.kind == "GROUP" and mention.span.text == sons for mention in extractor.mentions(document))
