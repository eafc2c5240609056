"""A definite noun takes a relative clause only after a relative pronoun.

`وواصل اللاعب المثير للجدل هوايته بالسخرية من جماهير …، مشيرا إلى أن …`: the tagger read `هوايته` ("his hobby", the
verb's object) as a verb with its object pronoun, the parse hung it on `للجدل` as a relative clause, and the speaker's
phrase ran on to the end of the object; the entity tagger called `هوايت` a person. In Arabic a relative clause on a
definite noun opens with الذي/التي; a verb hung on one without it is no part of the mention
(`speakers.mention._relative_leaves`), and a word with a pronoun written on it names no one
(`mentions.tagged.find_tagged`).

Sentences written for the test (invented content), after a read-set record; tests/data/entities/
definite_noun_then_verb.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("definite_noun_then_verb")


@pytest.mark.parametrize("doc_id", ["the-controversial-player", "no-name-before"])
def test_the_players_phrase_ends_before_the_object(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str) -> None:
    (pointing,) = sources(extractor, documents[doc_id])
    assert pointing == ("مشيرا", None, "اللاعب المثير للجدل", "اللاعب المثير للجدل")


def test_a_word_with_its_pronoun_is_no_person(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    _, table = extractor.extract_with_entities(documents["no-name-before"])
    assert not any(mention.span.text.startswith("هواي") for entity in table for mention in entity.mentions)
