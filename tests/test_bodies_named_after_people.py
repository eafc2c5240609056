"""A body named after a person keeps its head noun.

`أعلنت مدينة الملك عبدالعزيز للعلوم والتقنية …`: the entity tagger tagged the body from `الملك` on, leaving out
`مدينة`, on which the parse hangs the rest; the entity table named the body "King Abdulaziz for Science and
Technology". A noun in construct right before a tagged body that opens with an eponym title (rules/lexicons/
eponym_titles.tsv: الملك، الأمير …) is the body's head (`mentions.tagged.find_tagged`). Where the tagger kept the head
(`مستشفى الأمير سلطان العسكري`, `جامعة الملك فيصل`) nothing changes, and a city named without a title is no body.

Sentences written for the test (invented content), after a read-set record; tests/data/entities/eponym_bodies.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import canonical_names, entity_parses
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("eponym_bodies")


@pytest.mark.parametrize(
    ("doc_id", "body"),
    [
        ("city-named-after-a-king", "مدينة الملك عبدالعزيز للعلوم والتقنية"),
        ("hospital-named-after-a-prince", "مستشفى الأمير سلطان العسكري"),
        ("university-named-after-a-king", "جامعة الملك فيصل"),
    ],
)
def test_the_body_is_named_with_its_head(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, body: str) -> None:
    assert canonical_names(extractor, documents[doc_id], "ORG") == [body]


def test_a_city_named_without_a_title_is_no_body(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert canonical_names(extractor, documents["city-of-riyadh"], "ORG") == []
