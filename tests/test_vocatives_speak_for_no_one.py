"""A vocative particle (`يا`، `أيها`، `أيتها`: rules/lexicons/vocatives.tsv) addresses someone; it is never a source.

The tagger may call `يا` a pronoun and the parser make it the subject of the sentence's main clause (`يا أبناء
الوطن …: أهنئكم …`); a cue without a subject hanging from that clause (`…، كما قال عليه الصلاة والسلام: (…)`) took it
as the hint for its speaker, and the quote went to "O". A vocative now never passes as a source (`drafts.words.
could_be_source`), the main clause's word included; the cue speaks for the person the text named (the Prophet). Each
sentence was written for the test (invented content), after a record seen on a SaudiNewsNet article outside the gold
sets.

tests/data/entities/vocatives_before_quotes.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("vocatives_before_quotes")


@pytest.mark.parametrize("doc_id", ["vocative-1", "vocative-2"])
def test_the_prophet_speaks_not_the_vocative(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str) -> None:
    said = [source for source in sources(extractor, documents[doc_id]) if source[0] == "قال"]
    assert said == [("قال", None, "محمد", None)]
