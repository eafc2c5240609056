"""An age in parentheses after a name (`وأكد سيلفا (31 عاما) أنه …`) describes the person; it is no part of the speaker,
so the family name finds the full name given before (`ماركو سيلفا`) and the role with it. A body's acronym in
parentheses (`الوكالة الدولية للطاقة الذرية (IAEA)`) stays part of its name.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/ages_after_names.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "ages_after_names.conllu"


def test_an_age_is_no_part_of_the_name(extractor: Extractor) -> None:
    player, role = "ماركو سيلفا", "لاعب الوسط البرازيلي"
    assert sources(extractor, documents_by_id(PARSES)["age-after-a-family-name"]) == [
        ("قال", player, player, role),
        ("وأكد", "سيلفا", player, role),
    ]


def test_an_acronym_stays_in_a_body_name(extractor: Extractor) -> None:
    body = "الوكالة الدولية للطاقة الذرية (IAEA)"
    assert sources(extractor, documents_by_id(PARSES)["acronym-after-a-body"]) == [("وقالت", body, body, None)]
