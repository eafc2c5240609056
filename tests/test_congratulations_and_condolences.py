"""Congratulations and condolences are formulas like thanks and praise: they report nothing.

`وأعرب الأمير … عن أبلغ التهاني وأطيب التمنيات …`، `وعبر الوزير عن خالص التعازي والمواساة …`: the annotated news never
counts them, as the contract's settled case does not count bare thanks and praise. rules/lexicons/thanks_nouns.tsv
lists their lemmas as the lemmatizer writes them (تهنئة، تهاني، تعازي، مواساة، تبريكات …), also after an intensifier
in construct (`أبلغ`، `خالص`). An expression of hope with content stays a quote.

Sentences written for the test (invented content), after the shape of false records seen on SaudiNewsNet articles
(the royal court's congratulations to heads of state); tests/data/entities/congratulations_and_condolences.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("congratulations_and_condolences")


@pytest.mark.parametrize("doc_id", ["congratulations", "condolences", "congratulation-participle"])
def test_congratulations_and_condolences_report_nothing(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str) -> None:
    assert extractor.extract_parsed(documents[doc_id]) == []


def test_an_expression_of_hope_stays_a_quote(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (quote,) = extractor.extract_parsed(documents["hope-stays"])
    assert (quote.cue.text, quote.content.text) == ("وأعرب", "أن تنتهي الأزمة قريبا")
