"""A relative clause of saying on a title set off after a name: `… بسامي العلي، رئيس الغرفة التجارية الذي أكد أن …`.

The title after the name and its comma is that person's, so the relative clause on it describes the person: the
speaker is the name and the title its role (quotes/drafts/subject.py, named_before_title). A title after a common noun
(`وزار الوفد المصنع، ومدير الإنتاج الذي أكد …`) stays the speaker.

The sentences were written for the test after a record seen on SaudiNewsNet articles annotated outside the gold sets;
tests/data/entities/title_set_off_after_name.conllu holds their parses by the bundled model; no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("title_set_off_after_name")


def test_the_title_after_a_name_is_the_named_person_s(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["title-set-off-after-a-name"]) == [("أكد", "سامي العلي", "سامي العلي", "رئيس الغرفة التجارية")]


def test_a_title_after_a_common_noun_stays_the_speaker(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["title-after-a-common-noun"]) == [("أكد", "مدير الإنتاج", "مدير الإنتاج", "مدير الإنتاج")]
