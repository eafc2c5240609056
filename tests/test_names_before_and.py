"""A name ends before a و that joins something else to it.

`وكانت طائرة شركة الخطوط الجوية … ورقم رحلتها …`: the body's name went on over `ورقم` (the flight's number), and the
entity table named the airline `… ورقم`; `مديرة النادي الأستاذة فلانة الشهراني ومنسوبات النادي`: the tokenizer left
و on `ومنسوبات` (the staff), the tagger called it a proper noun, and the person's name took it. After و a body's name
goes on only with a name, a definite noun or a construct chain that ends in one (`هيئة الاتصالات وتقنية المعلومات`),
not with one that ends in a pronoun (`quotes.mentions.organisations`); a word the parse reads as the conjunction, و
still on it, neither starts nor continues a person's name (`quotes.mentions.names`).

Sentences written for the test (invented content), after records on an unseen SaudiNewsNet sample;
tests/data/entities/names_before_and.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import canonical_names, entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("names_before_and")


def test_the_airline_ends_before_its_flight_number(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["flight-number"]
    assert canonical_names(extractor, document, "ORG") == ["شركة الطيران الوطنية"]
    assert sources(extractor, document) == [("وقالت", "الشركة", "شركة الطيران الوطنية", None)]


def test_the_director_ends_before_her_staff(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["staff-of-the-centre"]
    assert canonical_names(extractor, document, "PER") == ["نورة القحطاني"]
    assert sources(extractor, document) == [("وقالت", "القحطاني", "نورة القحطاني", "مديرة المركز الأستاذة")]


def test_a_body_of_two_fields_keeps_both(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert canonical_names(extractor, documents["body-of-two-fields"], "ORG") == ["هيئة الاتصالات وتقنية المعلومات"]
