"""A title with the holder's nationality is the holder named before.

`أكد ماورو رينالدي مدرب نادي الوحدة …. وقال المدرب الإيطالي …`: news calls a person again by their title and their
nationality, which the title they were named with does not hold. The title mention joined no one (its words were not
all in the holder's title) and the quotes went to `المدرب الإيطالي`. Without its nationality the title names one
holder only, and that holder is who speaks (`entities.EntityBuilder._by_title`); where it names several, none.

A document written for the test (invented content), after a read-set record; tests/data/entities/
coach_by_nationality.conllu holds its parse (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def document() -> ParsedDocument:
    return entity_parses("coach_by_nationality")["coach-by-nationality"]


def test_the_coach_named_before_speaks(extractor: Extractor, document: ParsedDocument) -> None:
    stressed, said, added = sources(extractor, document)
    assert stressed[:3] == ("أكد", "ماورو رينالدي", "ماورو رينالدي")
    assert said[:3] == ("وقال", "المدرب الإيطالي", "ماورو رينالدي")
    assert added[:3] == ("وأضاف", None, "ماورو رينالدي")


def test_the_entity_table_holds_the_title_with_the_name(extractor: Extractor, document: ParsedDocument) -> None:
    _, table = extractor.extract_with_entities(document)
    (coach,) = [entity for entity in table if entity.canonical.text == "ماورو رينالدي"]
    assert "المدرب الإيطالي" in [mention.span.text for mention in coach.mentions]
