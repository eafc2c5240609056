"""`…، بحسب ما أكد دبلوماسي فرنسي للصحفيين`: after `بحسب ما` and a reporting verb, the source may be an adjective
standing as a noun (`دبلوماسي`، `مسؤول`, which the tagger often calls adjectives) where the parse makes it the verb's
own; it is the according-to quote's source as a noun is (`quotes.drafts.according_to._reported_source`; the spec: an
according-to marker stays `according_to` even when a verb follows it).

Sentences written for the test (invented content), after a record on the read SaudiNewsNet sets;
tests/data/entities/according_to_an_adjective.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("according_to_an_adjective")


def _found(extractor: Extractor, doc_id: str) -> list[tuple[str, str, str | None]]:
    return [
        (quote.type, quote.cue.text, quote.speaker.text if quote.speaker else None)
        for quote in extractor.extract_parsed(DOCUMENTS[doc_id])
    ]


def test_a_diplomat_named_by_an_adjective_is_the_source(extractor: Extractor) -> None:
    assert _found(extractor, "a-diplomat-confirmed") == [("according_to", "بحسب", "دبلوماسي فرنسي")]


def test_an_official_named_by_a_noun_still_is(extractor: Extractor) -> None:
    assert _found(extractor, "an-official-said") == [("according_to", "حسب", "مسؤول في الجمارك")]
