"""`أعلنت السلطات الأمنية في الكويت …`: a plural noun with the article is no family name said alone, so the adjective
and the place after it are no description of a person (as `ويقول الهاشمي | القيادي في حزب …` has one): the whole
phrase speaks, with no role (`quotes.speakers.describe`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/authorities_with_their_place.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("authorities_with_their_place")


@pytest.mark.parametrize(
    ("doc_id", "speaker"),
    [
        ("security-authorities-in-kuwait", "السلطات الأمنية في الكويت"),
        ("health-authorities-in-jordan", "السلطات الصحية في الأردن"),
    ],
)
def test_the_authorities_and_their_place_speak(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, speaker: str
) -> None:
    [(_, found, resolved, role)] = sources(extractor, documents[doc_id])
    assert (found, resolved, role) == (speaker, speaker, None)
