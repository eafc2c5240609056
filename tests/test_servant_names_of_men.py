"""A given name compounded with عبد ("servant of": عبدالباقي، عبدالصمد) or أبو names a man, whether or not the
given-names lexicon lists it: a feminine cue with no subject (`وأوضحت أن …`) does not speak for such a man that its
sentence names before it (`والمتهمان هما عبدالباقي صالح حمدان … وأخوه، وأوضحت أن …`), but for the source quoted
before (`الشرطة`). Each sentence was written for the test (invented names and content), after a record seen on a
SaudiNewsNet article outside the gold sets.

tests/data/entities/servant_names_of_men.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import RULES, documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument
from quotes.lexicon import load_lexicons
from quotes.speakers import person_gender

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "servant_names_of_men.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("servant-names-1", [("أعلنت", "الشرطة", "الشرطة", None), ("وأوضحت", None, "الشرطة", None)]),
        ("servant-names-2", [("قالت", "وزارة الصحة", "وزارة الصحة", None), ("وأضافت", None, "وزارة الصحة", None)]),
    ],
)
def test_a_feminine_cue_does_not_speak_for_a_servant_name(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str | None, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected


@pytest.mark.parametrize("name", ["عبدالباقي", "عبدربه", "ابوزيد"])
def test_servant_and_father_names_are_men(name: str) -> None:
    lexicons = load_lexicons(RULES / "lexicons")
    assert person_gender(name, None, lexicons["given_names"], lexicons["role_nouns"]) == "Masc"
