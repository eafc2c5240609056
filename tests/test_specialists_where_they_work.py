"""A specialist described by where they work is the person named after the description.

`يؤكد أخصائي أمراض القلب بمستشفى الملك فهد بالدمام الدكتور سامي العتيبي أن …`: a descriptor (أخصائي، مسؤول، مصدر) with
a preposition before a name was read as a source described by its relation to someone else (`مصادر مقربة من الوزير
فلان`: the sources speak, the minister is whom they are close to). `ب` says where the specialist works, no relation to
another person: the name is the specialist's own (`speakers.names._described_by_its_relation`).

Sentences written for the test (invented content), after a read-set record; tests/data/entities/
specialists_where_they_work.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("specialists_where_they_work")


def test_the_specialist_is_the_doctor_named(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (stressed,) = sources(extractor, documents["specialist-at-a-centre"])
    assert stressed == ("يؤكد", "سامي العتيبي", "سامي العتيبي", "أخصائي أمراض القلب بمستشفى الملك فهد بالدمام الدكتور")


def test_sources_close_to_a_minister_are_still_the_sources(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["sources-close-to-a-minister"])
    assert said[:2] == ("وقالت", "مصادر مقربة من الوزير")
