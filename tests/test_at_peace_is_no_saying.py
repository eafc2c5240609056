"""`وسأل الله أن تبقى المملكة آمنة مطمئنة في عهد …`: مطمئنة after آمنة is the adjective "at peace", written like the
participle "reassuring"; and the participle with a noun after it reassures someone (whom, not what). Neither reports a
noun phrase, so the rule `participle-nominal-complement` takes none of مطمئن's forms (rules/participles.toml).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/at_peace_is_no_saying.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("at_peace_is_no_saying")


@pytest.mark.parametrize("doc_id", ["kingdom-safe-and-at-peace", "nation-safe-and-at-peace"])
def test_safe_and_at_peace_quotes_nothing(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str) -> None:
    assert [quote.cue.text for quote in extractor.extract_parsed(documents[doc_id])] == []
