"""Whom the speaker talked to is not the speaker: a name inside a preposition's object that starts with a word for a
person (`مع الإعلامي الزميل فلان`، `مع الصحفي الزميل …`، `مع المذيع المعروف …`) is the interviewer, however many words
describe them, not the holder of the subject's title (`وقال المدرب`). The entity sieve read a name right before the
content as the title's holder unless a title stood right before it and a preposition right before the title; a
describing word after the title (`الزميل`، `المعروف`) hid the preposition. A name after a preposition whose object is
a place (`… في الرياض فهد الشمري إن`) is still the holder. Nor does a participle without a subject after the quote
(`…: …، مبدياً …`) speak for the interviewer, the person its sentence named last (`drafts.named_person`): a person
named between an earlier cue of the sentence that has a speaker and that cue's content is not the one who goes on.
Each sentence was written for the test (invented names and
content), after a record seen on a dev article parsed with session 44's news parser.

tests/data/entities/interviewers_after_titles.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("interviewers_after_titles")


@pytest.mark.parametrize(
    ("doc_id", "speaker"),
    [("interviewer-1", "المدرب"), ("interviewer-2", "اللاعب"), ("interviewer-3", "الوزير")],
)
def test_the_interviewer_named_after_a_title_and_its_description_is_not_the_speaker(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, speaker: str
) -> None:
    [(_, found, resolved, role)] = sources(extractor, documents[doc_id])
    assert (found, resolved, role) == (speaker, speaker, speaker)


def test_a_holder_named_after_a_place_is_still_the_speaker(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    """`قال الرئيس التنفيذي لشركة النخيل للاستثمار في الرياض فهد الشمري إن …`: where the company is, then its head."""
    assert sources(extractor, documents["interviewer-4"]) == [
        ("قال", "فهد الشمري", "فهد الشمري", "الرئيس التنفيذي لشركة النخيل للاستثمار في الرياض")
    ]


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("interview-participle-1", [("وقال", "المهاجم", "المهاجم", "المهاجم"), ("مبدياً", None, "المهاجم", "المهاجم")]),
        ("interview-participle-2", [("وقالت", "الوزيرة", "الوزيرة", "الوزيرة"), ("مؤكدة", None, "الوزيرة", "الوزيرة")]),
    ],
)
def test_a_participle_after_the_interview_goes_on_with_the_speaker_not_the_interviewer(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    """`وقال المهاجم لبرنامج … مع المذيع الزميل فلان: …، مبدياً …`: the person named between the earlier cue and its
    content is whom the speaker talked to; the participle without a subject goes on with the speaker."""
    assert sources(extractor, documents[doc_id]) == expected
