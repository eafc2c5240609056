"""`الكثيرون` / `الكثيرين` (many people) is a group that speaks, whatever the lemmatizer makes of it.

The no-source sieve takes away a speaker whose head is an event or abstract noun (`rules/lexicons/non_source_nouns.tsv`),
read off the written word or its lemma. The lemmatizer reads `الكثيرين` as `مثل`, which the list holds as "a proverb"
(`المثل الشعبي يقول`), and the many who believe lost their voice: `كشفت دراسة أن الكثيرين يعتقدون أن …`. The lemma
now counts only where the written word names no source; `كثيرين` is a listed quantifier of people
(`rules/lexicons/quantifiers.tsv`). Each sentence was written for the test (invented content), after a record seen on a
SaudiNewsNet article outside the gold sets.

tests/data/entities/many_people.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("many_people")


@pytest.mark.parametrize(("doc_id", "cue"), [("many-1", "يعتقدون"), ("many-2", "يتوقعون")])
def test_many_people_who_believe_are_the_speaker(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str) -> None:
    assert (cue, "الكثيرين", "الكثيرين", None) in sources(extractor, documents[doc_id])


def test_a_proverb_still_speaks_for_no_one(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    """`أن المثل الشعبي يقول إن …`: the proverb is no source; its quote has none."""
    assert ("يقول", None, None, None) in sources(extractor, documents["many-3"])
