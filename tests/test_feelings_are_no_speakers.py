"""A feeling the speaker expressed, with its possessive pronoun (`وأبدى إعجابه واندهاشه من كثرة الزوار، مشيرا إلى
أن …`), is no one who speaks, even where the parse made it the subject of the verb of expression: the participle
after it goes on with the person quoted before, never with `إعجابه` (issue 10; the spec: no speaker is a phrase that
is no mention of a person, organisation or group). A title with its pronoun (`وأكد مديرها أن …، مشيرا`) still speaks.

The sentences were written for the test (invented names and content), after a record seen on a SaudiNewsNet article
annotated in session 31 outside the gold sets. tests/data/entities/feelings_are_no_speakers.conllu holds the parses
(bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("feelings_are_no_speakers")


def test_the_participle_after_a_feeling_goes_on_with_the_speaker(extractor: Extractor) -> None:
    engineer = ("سامي الحربي", "المهندس")
    assert sources(extractor, DOCUMENTS["admiration-before-a-participle"]) == [
        ("وقال", engineer[0], *engineer),
        ("مشيرا", None, *engineer),
    ]


def test_a_title_with_its_pronoun_still_speaks(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["director-with-its-pronoun"]) == [
        ("وأكد", "مديرها", "مديرها", "مديرها"),
        ("مشيرا", None, "مديرها", "مديرها"),
    ]
