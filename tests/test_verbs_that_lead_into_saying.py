"""`وأشارت فلانة …، بقولها: يبدأ الموسم …`: a verb whose content opens with a word of saying (`بقوله`، `قائلا`) only
leads into that saying; the saying's record is the quote, and the verb is none of its own. A quotation that holds a
cue of its own (`وقال فلان: يرى المستثمرون أن …`) stays two records (`quotes.drafts.overlaps`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/verbs_that_lead_into_saying.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("verbs_that_lead_into_saying")


def test_the_saying_is_the_quote(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    [quote] = extractor.extract_parsed(documents["pointed-out-by-saying"])
    assert (quote.cue.text, quote.type, quote.content.text) == ("بقولها", "direct", "يبدأ الموسم من شعبان ويزداد الطلب")
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == "نورة الزهراني"


def test_a_quoted_sentence_with_its_own_cue_stays_two_quotes(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    found = sources(extractor, documents["said-a-sentence-with-its-own-cue"])
    assert [(cue, speaker) for cue, speaker, _, _ in found] == [("وقال", "سامي الحربي"), ("يرى", "المستثمرون")]
