"""A street, a road or a quarter named after a person names no one who speaks.

`وفي نفس السياق بين المهندس …، أنه سيتم ربط … وطريق سهل بن أبي حثمة …، موضحاً أن …`: the participle, with no cue
before it that the rules read, spoke for the road's eponym, the last person the sentence seemed to name. A person's name
that a street noun holds in construct (rules/lexicons/street_nouns.tsv: طريق، شارع، ميدان، حي …; a title such as
`الأمير` may come between) is the street's: a PLACE mention (`quotes.mentions.places`), and neither the person the
sentence names before a cue nor a name in a speaker's phrase (`quotes.speakers.words.street_named_for`). After عن,
`طريق` is "by way of", and the person stays one.

Sentences written for the test (invented content), after the shape of a read-set record; tests/data/entities/
streets_named_after_people.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import canonical_names, entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("streets_named_after_people")


def test_the_participle_speaks_for_the_engineer_not_the_road(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    first, second = sources(extractor, documents["road-before-a-participle"])
    assert first[2] == second[2] == "خالد بن سعد العتيبي"
    assert second[3] == "مدير المشاريع المهندس"


def test_the_people_streets_are_named_after_are_no_entities(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["streets-in-a-list"]
    assert canonical_names(extractor, document, "PER") == []
    assert [source[2] for source in sources(extractor, document)] == ["أمانة المنطقة", "أمانة المنطقة"]


def test_by_way_of_a_person_keeps_the_person(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["by-way-of-a-person"]
    assert canonical_names(extractor, document, "PER") == ["سعيد المالكي", "فهد الدوسري"]
    assert sources(extractor, document)[1][2] == "فهد الدوسري"
