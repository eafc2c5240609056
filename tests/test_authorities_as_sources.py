"""The authorities (`السلطات المحلية`، `السلطات الأردنية`) are a source, a group of bodies a feminine singular verb
agrees with (rules/lexicons/group_nouns.tsv, `singular_verb`): the subject of a past perfect (`وكانت السلطات المحلية
ذكرت أمس أن …`) and of a verb that reports nothing (`وأغلقت السلطات المحلية المدارس، مؤكدة أن …`) speaks for the
cue after it, where before the noun was no source and the cue went to whoever spoke last. Issue 10; the shape was seen
on SaudiNewsNet articles annotated outside the gold sets (read in session 38).

The sentences were written for the test (invented names and content).
tests/data/entities/authorities_as_sources.conllu holds them as the bundled model parsed them (`quotes parse`, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("authorities_as_sources")


def test_the_authorities_in_the_past_perfect(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["past-perfect"]) == [
        ("وقالت", "وكالة الأنباء", "وكالة الأنباء", None),
        ("ذكرت", "السلطات المحلية", "السلطات المحلية", None),
    ]


def test_the_authorities_acted_then_stressed(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["closed-then-stressed"]) == [
        ("وقال", "خالد العمري", "خالد العمري", "المتحدث باسم الشرطة"),
        ("مؤكدة", None, "السلطات المحلية", None),
    ]


def test_the_authorities_go_on_speaking(extractor: Extractor) -> None:
    assert [quote[2] for quote in sources(extractor, DOCUMENTS["accused-then-added"])] == ["السلطات الأردنية"] * 2
