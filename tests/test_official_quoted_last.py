"""A definite descriptor of an official is the person quoted last: `وأضافت المسؤولة الأوروبية أن …`.

After `وقالت مفوضة الطاقة ماريا لوندبرغ: «…»`, a definite singular descriptor (role_nouns.tsv kind descriptor:
المسؤول، المسؤولة), alone or with a nisba, is the named person the text quoted last, whose gender agrees
(quotes/coreference/sieve_titles.py, official_quoted_last). A nisba the person's title contradicts (`المسؤول
الأمريكي` after the Russian minister) is another official; a plural (`الباحثون`) is many people, never one.

The sentences were written for the test after a record seen on SaudiNewsNet articles annotated outside the gold sets;
tests/data/entities/official_quoted_last.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("official_quoted_last")


def test_the_european_official_is_the_commissioner_quoted_last(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["the-european-official"])[1] == ("وأضافت", "المسؤولة الأوروبية", "ماريا لوندبرغ", "مفوضة الطاقة")


def test_an_official_of_another_nisba_is_someone_else(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["another-nisba-is-another-official"])[1] == ("وأضاف", "المسؤول الأمريكي", "المسؤول الأمريكي", None)


def test_researchers_are_not_the_one_person_quoted_last(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["the-researchers-are-many"])[-1] == ("وقال", "الباحثون", "الباحثون", None)
