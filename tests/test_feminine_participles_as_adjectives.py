"""A feminine participle right after an indefinite noun, with no comma between, is that noun's adjective.

`بفرض قيود مشددة على دخول المصلين` — "strict restrictions": `مشددة` agrees with `قيود` and reports nothing, though it
is spelled like the cue participle "stressing". A masculine participle shows the accusative of a circumstance
(`مشيرا`، `مؤكدا`); a feminine one does not, so after an indefinite noun in any case it is read as the adjective
(`quotes.drafts.words.adjective_of_noun_before`), unless a complement clause follows it (`تعليمات مؤكدة أن …`) or a
comma sets it off (`حملة جديدة للتوعية، مؤكدة أن …`).

Sentences written for the test (invented content), after the shape of a false record seen on SaudiNewsNet articles
outside the gold sets; tests/data/entities/feminine_participles_as_adjectives.conllu holds their parses (bundled
model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("feminine_participles_as_adjectives")


@pytest.mark.parametrize("doc_id", ["strict-restrictions", "strict-measures-in-a-list"])
def test_the_adjective_reports_nothing(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str) -> None:
    assert [quote.cue.text for quote in extractor.extract_parsed(documents[doc_id])] == []


@pytest.mark.parametrize(
    ("doc_id", "content"), [("after-a-comma", "أن الوقاية خير من العلاج"), ("before-a-complementizer", "أن المخالفين سيعاقبون")]
)
def test_the_participle_of_a_circumstance_still_reports(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, content: str
) -> None:
    (quote,) = extractor.extract_parsed(documents[doc_id])
    assert (quote.cue.text, quote.content.text) == ("مؤكدة", content)
