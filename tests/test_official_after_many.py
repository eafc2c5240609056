"""The official, after many have spoken: `وأضاف المسؤول البريطاني` passes over the critics quoted since.

A definite singular descriptor (`المسؤول`، `المسؤولة`) is the person the text quoted last (tests/test_official_quoted_last.py);
people quoted in between as many, by a sound plural with no name (`ويرى المعارضون أن …`), are not that person, and
one official is none of them: he is the one quoted before them. A person named in between is the one quoted last.
And a participle of saying with the article is a noun, who speaks: `ويقول المنتقدون إن …` (the critics), where the
participle of circumstance (`منتقدا`) is indefinite and never the subject.

The sentences were written for the test after records seen on SaudiNewsNet articles annotated outside the gold sets;
tests/data/entities/official_after_many.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("official_after_many")


def test_the_official_is_the_envoy_quoted_before_the_critics(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["official-after-critics"])[2] == (
        "وأضاف",
        "المسؤول البريطاني",
        "مارك غرين",
        "المبعوث البريطاني السابق",
    )


def test_a_person_quoted_since_is_the_official(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["official-after-another-person"])[3] == (
        "وأضاف",
        "المسؤول الأمريكي",
        "جون بيل",
        "وزير الخارجية الأمريكي",
    )


def test_the_critics_with_the_article_speak_themselves(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["feminine-official-after-critics"])[1] == ("ويقول", "المنتقدون", "المنتقدون", None)
    assert sources(extractor, DOCUMENTS["critics-speak"])[1] == ("ويرى", "المنتقدون", "المنتقدون", None)


def test_the_feminine_official_is_the_commissioner(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["feminine-official-after-critics"])[2] == (
        "وأضافت",
        "المسؤولة الألمانية",
        "أنغيلا شتاين",
        "مفوضة الهجرة الألمانية",
    )
