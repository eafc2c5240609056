"""A woman's given name says she is a woman: `هيلاري` (Hillary) was listed masculine in rules/lexicons/given_names.tsv,
so a feminine cue without a subject after her name (`…، قالت إن …`) did not speak for her. The tests read the bundled
lexicon and a sentence written for the test.

tests/data/entities/women_named_abroad.conllu holds the parse (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import RULES, entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument
from quotes.lexicon import load_lexicons
from quotes.speakers import person_gender


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("women_named_abroad")


@pytest.mark.parametrize("name", ["هيلاري", "سارة", "فاطمة"])
def test_these_given_names_are_women(name: str) -> None:
    lexicons = load_lexicons(RULES / "lexicons")
    assert person_gender(name, None, lexicons["given_names"], lexicons["role_nouns"]) == "Fem"


def test_a_feminine_cue_after_her_name_is_hers(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["hillary-2"]) == [("قالت", None, "هيلاري كلينتون", "المرشحة")]
