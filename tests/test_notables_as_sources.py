"""The notables and elders of a town or tribe (`وجهاء`، `أعيان`، `مشايخ`: rules/lexicons/group_nouns.tsv) are a group
that goes on speaking with a plural verb and no subject (`دان وجهاء وأعيان محافظة الأحساء … . وأكدوا أن …`); two
plurals joined by و take the place they belong to in construct after the second (quotes.mentions.groups). Issue 10;
the shape was seen on SaudiNewsNet articles annotated outside the gold sets (read in session 39).

The sentences were written for the test (invented content).
tests/data/entities/notables_as_sources.conllu holds them as the bundled model parsed them (`quotes parse`, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("notables_as_sources")


def test_the_notables_of_a_governorate_go_on_affirming(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["notables-condemned"]) == [("وأكدوا", None, "وجهاء وأعيان محافظة الأحساء", None)]


def test_the_elders_of_the_tribes_go_on_demanding(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["elders-demanded"]) == [("وطالبوا", None, "مشايخ قبائل المنطقة الشرقية", None)]
