"""After بن/ابن/بنت a name always follows, even one spelled like a preposition (`خالد بن على الشهري`, علي written
with ى): the name does not end at بن, and a later family name (`وأضاف الشهري`) finds the full name and its role.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/names_after_bin.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "names_after_bin.conllu"


def test_ali_spelled_like_the_preposition_is_part_of_the_name(extractor: Extractor) -> None:
    name, role = "خالد بن على الشهري", "مدير مكتب الجمعية الخيرية في عمان"
    assert sources(extractor, documents_by_id(PARSES)["ali-spelled-ala"]) == [
        ("وقال", name, name, role),
        ("وأضاف", "الشهري", name, role),
    ]
