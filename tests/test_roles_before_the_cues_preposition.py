"""A job written after the name ends before the cue's own preposition (`أعرب … العمري مدير عام التعليم بالمنطقة
الشرقية عن سعادته …`، `وشدد … مدير إدارة الطرق بالمحافظة على ضرورة …`): the content after عن/على stops the role, and
the preposition left at its end is cut off as ل and ب already were (a role never ends with a preposition without its
noun). Later quotes of the same person carry the role the same way.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/roles_before_the_cues_preposition.conllu holds the parses (bundled
model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("roles_before_the_cues_preposition")


def test_the_role_leaves_an(extractor: Extractor) -> None:
    director, role = "سامي بن خالد العمري", "مدير عام التعليم بالمنطقة الشرقية"
    assert sources(extractor, DOCUMENTS["role-an"]) == [("أعرب", director, director, role), ("مؤكدا", None, director, role)]


def test_the_role_leaves_ala(extractor: Extractor) -> None:
    engineer = "فهد بن ناصر الدوسري"
    assert sources(extractor, DOCUMENTS["role-ala"]) == [("وشدد", engineer, engineer, "مدير إدارة الطرق بالمحافظة")]
