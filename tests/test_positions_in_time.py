"""A word of a position in time before a time word says when, never who speaks.

`آخر الليل ومع سكون الأصوات، تنشط هند … معتبرة أن …`: the parse made `آخر` ("the end of") the verb's subject, and the
participle spoke for `آخر الليل`. A speaker phrase headed by a word of rules/lexicons/time_positions.tsv with a time
word after it (time_words.tsv: `الليل`، `الأسبوع`) names no source (`quotes.mentions.source_heads`), and the cue goes
on with the person named last. Alone, `آخر` is "another" and speaks (`وقال آخر إن …`).

Sentences written for the test (invented content), after the shape of a speaker seen on SaudiNewsNet articles outside
the gold sets; tests/data/entities/positions_in_time.conllu holds their parses (bundled model, entity tagger on); no
model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_resolved
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("positions_in_time")


@pytest.mark.parametrize(("doc_id", "person"), [("end-of-the-night", "هند العلي"), ("middle-of-the-week", "سامي الجابر")])
def test_the_participle_goes_on_with_the_person_not_the_time(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, person: str
) -> None:
    first, second = quotes_resolved(extractor, documents[doc_id])
    assert first[2] == second[2] == person


def test_another_alone_speaks(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert [quote[2] for quote in quotes_resolved(extractor, documents["another-one-speaks"])] == ["أحد السكان", "آخر"]
