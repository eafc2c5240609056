"""Who a later cue without a subject speaks for, and what a name or a time word is before it.

- A description written after a family name (`ويقول الهاشمي القيادي في حزب النهضة إن …`) is the quote's role, and
  the role the person goes on with: `وتابع: …`، `وأضاف أن …` take the latest description the text gave them, not the
  title they were first named with (`الأمين العام لجبهة الإصلاح سمير الهاشمي`). The parse may read the family name
  said alone as a common noun (الهاشمي/NOUN): the description with its own phrase still ends the name. A title said as
  the subject (`وبين المهاجم السوري أن …`) or a title after the name describes no one anew: the first role stays.
- God and the Prophet quoted by a speaker (`قال الله تعالى: «…»`، `قال تعالى`، `قال رسول الله صلى الله عليه وسلم`)
  never go on speaking: the later cue speaks for the preacher who quoted them (rules/lexicons/scripture_sources.tsv).
- `صباح` before a family name with the article (`وقال صباح الخالد إن …`، `وأكد صباح السالم …`) is a given name;
  before a day or `اليوم` (`صباح الأحد`، `صباح اليوم`) the morning (time_words.tsv `given_name`).
- `البارحة` ("yesterday") after the speaker is a time word: no part of the speaker or the role.
- `الخطيب` after a given name (`محمد الخطيب`) is the family name: no title ("preacher") cut off the name.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/speakers_going_on.conllu holds each twice: parsed by session 10's
step-1,800 parser (`…-pud-style`) and by the bundled model (`…-shipped`), entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("speakers_going_on")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "name", "first", "latest"),
    [
        ("latest-description-1", "سمير الهاشمي", "الأمين العام لجبهة الإصلاح", "القيادي في حزب النهضة"),
        ("latest-description-2", "عادل المنصور", "رئيس اللجنة", "المستشار القانوني للهيئة"),
    ],
)
def test_a_cue_without_subject_goes_on_with_the_latest_description(
    extractor: Extractor, style: str, doc_id: str, name: str, first: str, latest: str
) -> None:
    named_first, described, going_on = sources(extractor, DOCUMENTS[f"{doc_id}-{style}"])
    assert named_first[2:] == (name, first)
    assert described[2:] == (name, latest)
    assert going_on[1:] == (None, name, latest)


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_description_after_a_family_name_read_as_a_noun_ends_the_name(extractor: Extractor, style: str) -> None:
    _, described, _ = sources(extractor, DOCUMENTS[f"latest-description-1-{style}"])
    assert described == ("ويقول", "الهاشمي", "سمير الهاشمي", "القيادي في حزب النهضة")


def test_a_feminine_description_is_the_role_she_goes_on_with(extractor: Extractor) -> None:
    *_, going_on = sources(extractor, DOCUMENTS["latest-description-3-pud-style"])
    assert going_on == ("وتابعت", None, "هالة الزين", "الخبيرة في شؤون التعليم")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "quoted", "preacher", "role"),
    [
        ("scripture-1", "الله تعالى", "ناصر العمري", "الداعية"),
        ("scripture-2", "تعالى", "فهد الدوسري", None),
        ("scripture-3", "رسول الله صلى الله", "منى الحربي", "الداعية"),
    ],
)
def test_god_and_the_prophet_quoted_never_go_on_speaking(
    extractor: Extractor, style: str, doc_id: str, quoted: str, preacher: str, role: str | None
) -> None:
    found = sources(extractor, DOCUMENTS[f"{doc_id}-{style}"])
    assert [speaker for _, speaker, _, _ in found] == [preacher, quoted, None]
    assert found[-1][2:] == (preacher, role)


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "name"),
    [("sabah-given-2", "صباح السالم"), ("sabah-given-3", "صباح الخالد"), ("sabah-given-4", "صباح السالم")],
)
def test_sabah_before_a_family_name_is_a_given_name(extractor: Extractor, style: str, doc_id: str, name: str) -> None:
    ((_, speaker, resolved, _),) = sources(extractor, DOCUMENTS[f"{doc_id}-{style}"])
    assert (speaker, resolved) == (name, name)


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_sabah_after_a_quoted_person_is_another_person(extractor: Extractor, style: str) -> None:
    assert sources(extractor, DOCUMENTS[f"sabah-given-5-{style}"])[-1][1:] == ("صباح الفهد", "صباح الفهد", None)


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(("doc_id", "speaker"), [("sabah-time-2", "وزير الصحة"), ("sabah-time-3", "مدير المرور")])
def test_sabah_before_a_day_is_the_morning(extractor: Extractor, style: str, doc_id: str, speaker: str) -> None:
    ((_, found, resolved, role),) = sources(extractor, DOCUMENTS[f"{doc_id}-{style}"])
    assert (found, resolved, role) == (speaker, speaker, speaker)


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [("barha-time-1", "المتحدث باسم الشرطة", "المتحدث باسم الشرطة"), ("barha-time-2", "سعد القحطاني", "رئيس البلدية")],
)
def test_yesterday_is_no_part_of_the_speaker(extractor: Extractor, style: str, doc_id: str, speaker: str, role: str) -> None:
    ((_, found, resolved, found_role),) = sources(extractor, DOCUMENTS[f"{doc_id}-{style}"])
    assert (found, resolved, found_role) == (speaker, speaker, role)


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(("doc_id", "name"), [("khatib-family-1", "محمد الخطيب"), ("khatib-family-2", "يوسف الخطيب")])
def test_al_khatib_after_a_given_name_is_the_family_name(extractor: Extractor, style: str, doc_id: str, name: str) -> None:
    ((_, speaker, resolved, role),) = sources(extractor, DOCUMENTS[f"{doc_id}-{style}"])
    assert (speaker, resolved, role) == (name, name, None)
