"""Whom the speaker told, someone of theirs, is no part of the speaker's name.

`وقال ماكرون لنظيره الألماني إن «…»`: the entity tagger ran the president's name on into `ل + نظير` ("to his
counterpart"), the name `ماكرون لنظيره` split him from `إيمانويل ماكرون` named before, and every quote of his went
to that phrase. A `ل` glued to a noun that carries a pronoun (`لنظيره`، `لضيفه`، `لمحاوريه`) says whom one told
(`speakers.words.opens_possessed_noun`), in the tagger's spans (`mentions.tagged`) and where a tagged name runs on
past the parse's (`drafts.subject_mention.through_tagged_name`).

Sentences written for the test (invented content), after a read-set record; tests/data/entities/
told_someone_of_theirs.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("told_someone_of_theirs")


def test_the_president_is_who_told_his_counterpart(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    said, confirming = sources(extractor, documents["told-his-counterpart"])
    assert said[:3] == ("وقال", "ماكرون", "إيمانويل ماكرون")
    assert confirming[:3] == ("مؤكدا", None, "إيمانويل ماكرون")


def test_whom_he_told_stays_out_of_the_name(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["told-his-guest"])
    assert said[:3] == ("وقال", "فلاديمير بوتين", "فلاديمير بوتين")
