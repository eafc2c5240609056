"""A given name that is more often a common word (rules/lexicons/given_names.tsv column `common`: تركي "Turkish")
right after a noun without the article, with no name after it, is the adjective that agrees with that noun: `وقال
مسؤول تركي أمس` is a Turkish official, the whole phrase the source with no role, and `وأضاف المسؤول` later is the
official quoted last; `الأمير تركي الفيصل` is still the prince Turki (issue 10; the spec: speaker is "the mention of the
source in the cue's own clause"; the shape of an error seen on SaudiNewsNet articles annotated in session 32, outside
the gold sets).

The sentences were written for the test (content invented). tests/data/entities/nationality_after_an_official.conllu
holds them as the bundled model parsed them (`quotes parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("nationality_after_an_official")


def test_a_turkish_official_is_no_man_called_turki(extractor: Extractor) -> None:
    official = "مسؤول حكومي رفيع المستوى"
    assert sources(extractor, DOCUMENTS["turkish-official"]) == [
        ("وقال", "مسؤول تركي", "مسؤول تركي", None),
        ("قال", official, official, None),
        ("وأضاف", "المسؤول", official, None),
    ]


def test_a_name_after_the_given_name_keeps_it_a_name(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["prince-turki"]) == [("وقال", "تركي الفيصل", "تركي الفيصل", None)]
