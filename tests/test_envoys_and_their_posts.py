"""`التقى الرئيس … المبعوث الأممي إلى ليبيا خالد العتيبي … وأعرب المبعوث الأممي …`: إلى and لدى after a title say
where the post is held (an envoy to a country, an ambassador to a court), so the title phrase before the name stays
the name's title though a preposition stands in it, and the bare title later (`المبعوث الأممي`، `السفير`) is the
person who held it. A phrase before a name with another preposition (`المساعدة في بدء محادثات`) is still a clause, not
a title (`quotes.mentions.roles._clause_in`).

Sentences written for the test (invented content), after a read-set record (`مبعوث الأمين العام للأمم المتحدة إلى
اليمن` then `المبعوث الأممي إلى اليمن`); tests/data/entities/envoys_and_their_posts.conllu holds their parses
(bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("envoys_and_their_posts")


@pytest.mark.parametrize("doc_id", ["envoy-to-a-country", "envoy-of-the-secretary-general"])
def test_the_envoy_named_again_is_the_person_posted(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str) -> None:
    assert sources(extractor, documents[doc_id]) == [("أعرب", "المبعوث الأممي", "خالد العتيبي", "المبعوث الأممي")]


def test_the_ambassador_named_again_is_the_person_posted(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["ambassador-to-a-country"]) == [("وقال", "السفير", "سامي الصالح", "سفير المملكة لدى الأردن")]
