"""A group's phrase takes in a body's whole name where the body is the genitive of an indefinite noun the group's
construct chain took in (`رؤساء أركان جيوش دول | التحالف الدولي`، `سفراء دول | مجلس التعاون لدول الخليج العربية`): the
countries of the alliance, which no phrase can end at. The later `وأكد السفراء` is that group named in full; the group
noun's own genitive stays apart (`مصادر | وزارة الداخلية`, tests/test_groups_in_construct.py). Issue 10; the shape was
seen on a SaudiNewsNet article annotated in session 37 outside the gold sets.

The sentences were written for the test (invented content).
tests/data/entities/groups_in_construct_with_a_body.conllu holds them as the bundled model parsed them (`quotes
parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("groups_in_construct_with_a_body")


def test_the_chiefs_of_staff_of_the_alliances_armies(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["chiefs-of-staff"]) == [
        ("وأكد", "رؤساء الأركان", "رؤساء أركان جيوش دول التحالف الدولي", None),
    ]


def test_the_ambassadors_of_the_councils_countries(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["ambassadors-of-the-council"]) == [
        ("وأكد", "السفراء", "سفراء دول مجلس التعاون لدول الخليج العربية", None),
    ]
