"""A noun with its own pronoun after a body's name (`منظمة حقوق الإنسان الدولية ومقرها جنيف`، `… ومقره لندن`: "and its
seat is …") says something about the body: it is no part of its name, neither of the speaker's mention (where the
parse coordinated it with the body's head) nor of the body's mention (whose fullest name is then the entity's name,
not one cut inside the written word, `… ومقر`). Each sentence was written for the test (invented content), after
records seen on a SaudiNewsNet article outside the gold sets.

tests/data/entities/bodies_with_their_seat.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "bodies_with_their_seat.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def test_the_bodys_seat_is_no_part_of_the_speaker(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # وذكرت منظمة حقوق الإنسان الدولية ومقرها جنيف أن …
    assert sources(extractor, documents["seat-2"]) == [
        ("وذكرت", "منظمة حقوق الإنسان الدولية", "منظمة حقوق الإنسان الدولية", None)
    ]


def test_the_bodys_name_ends_before_its_seat(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    _, table = extractor.extract_with_entities(documents["seat-2"])
    names = [mention.span.text for entity in table.entities for mention in entity.mentions]
    assert "منظمة حقوق الإنسان الدولية" in names
    assert not any("ومقر" in name for name in names)
