"""A description in construct written right after a name, with no comma, says who the person is: `أحد/إحدى` and a
plural or a construct (`جوناثان ريد أحد كبار المستثمرين في القطاع`، `سارة ليندبرغ إحدى الباحثات في المعهد`), a job
or descriptor noun (`بيتر هانسن مسؤول الإطفاء في المدينة`، `دانيال كوهين كبير الاقتصاديين …`، `توماس برنار اختصاصي
أمراض القلب`), a definite descriptor with its own phrase (`نواف حسن القيادي في حزب الاتحاد`). It is the role: not
a group, and no part of the name even where the parse chained it to the name (`ماتيو لوران اختصاصي سوق الديون`) or
the entity tagger ran the person on into it (in `definite-description-tagged` the tags of حسن and القيادي were set by
hand to the tagger's error on an unseen article: `خليل القيادي في حزب …`). A definite word that spells a title and
ends the phrase after a given name is the family name (`عبدالرحمن الكبير`). A dual subject (`الوزيران`، `الجانبان`،
`الرئيسان`) is a group: described by no one's title.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set; with and without a comma, masculine and feminine. tests/data/entities/
descriptions_after_names.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("descriptions_after_names")


def speaker_and_role(extractor: Extractor, doc_id: str) -> tuple[str | None, str | None]:
    ((_, speaker, _, role),) = sources(extractor, DOCUMENTS[doc_id])
    return speaker, role


@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [
        ("one-of-after-name-4", "جوناثان ريد", "أحد كبار المستثمرين في القطاع"),
        ("one-of-after-name-5", "غاري سميث", "احد كبار المحللين في بنك الخليج"),
        ("one-of-after-name-2", "ماركوس ويلر", "أحد أبرز المحللين في السوق"),  # between commas
        ("one-of-after-name-3", "سارة ليندبرغ", "إحدى الباحثات في المعهد"),
        ("job-after-name-2", "دانيال كوهين", "كبير الاقتصاديين في مصرف الاتحاد"),
        ("job-after-name-4", "آنا بيكر", "كبيرة المحللين في شركة نورث"),
        ("job-after-name-3", "بيتر هانسن", "مسؤول الإطفاء في المدينة"),
        ("description-after-name-1", "توماس برنار", "اختصاصي أمراض القلب"),
        ("description-after-name-2", "ماتيو لوران", "اختصاصي سوق الديون"),  # the parse chained it to the name
    ],
)
def test_the_description_after_the_name_is_the_role(extractor: Extractor, doc_id: str, speaker: str, role: str) -> None:
    assert speaker_and_role(extractor, doc_id) == (speaker, role)


@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [
        ("definite-description-1", "نواف حسن", "القيادي في حزب الاتحاد"),
        ("definite-description-tagged", "نواف حسن", "القيادي في حزب الاتحاد"),  # the tagger ran the person on into it
        ("definite-description-2", "سامر حداد", "الخبير في الشؤون الاقتصادية"),
    ],
)
def test_a_definite_description_with_its_phrase_is_no_family_name(
    extractor: Extractor, doc_id: str, speaker: str, role: str
) -> None:
    ((_, found, resolved, found_role),) = sources(extractor, DOCUMENTS[doc_id])
    assert (found, resolved, found_role) == (speaker, speaker, role)


def test_a_family_name_that_spells_a_title_stays_in_the_name(extractor: Extractor) -> None:
    assert speaker_and_role(extractor, "family-kabir-1") == ("عبدالرحمن الكبير", None)


@pytest.mark.parametrize(("doc_id", "group"), [("dual-1", "الوزيران"), ("dual-2", "الجانبان"), ("dual-3", "الرئيسان")])
def test_a_dual_subject_is_a_group_without_a_title(extractor: Extractor, doc_id: str, group: str) -> None:
    ((_, speaker, resolved, role),) = sources(extractor, DOCUMENTS[doc_id])
    assert (speaker, resolved, role) == (group, group, None)
