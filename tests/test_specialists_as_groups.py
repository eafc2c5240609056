"""Plural sources named by their field or interest are groups, as `خبراء` is (`المختصون`، `المتخصصون`، `المهتمون`:
rules/lexicons/group_nouns.tsv): `وكان المختصون يتوقعون أن …` is their expectation, and `عدد من المهتمين` the group a
later plural cue without a subject means. Issue 10; the shape was seen on SaudiNewsNet articles annotated in sessions
36 and 37 outside the gold sets.

The sentences were written for the test (invented content).
tests/data/entities/specialists_as_groups.conllu holds them as the bundled model parsed them (`quotes parse`, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("specialists_as_groups")


def test_the_specialists_expectation(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["specialists-expected"]) == [("يتوقعون", "المختصون", "المختصون", None)]


def test_those_interested_go_on_in_the_plural(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["those-interested"]) == [
        ("ورجح", "عدد من المهتمين", "عدد من المهتمين", None),
        ("وأضافوا", None, "عدد من المهتمين", None),
    ]
