"""`أعلنت «فلاي ناس» عن إطلاق …`: a short name in quotation marks right after a verb of announcing or expressing,
then the verb's own عن, is the verb's subject, and what follows عن the content; the quotation is no direct speech.
After a transmitter the same عن brings in the source (`نقلت «رويترز» عن مصادر مطلعة أن …`), so a quoted name is read
as the subject before عن only where the rule's own preposition stands there (`quotes.drafts.quotations.quoted_name_after`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article (SaudiNewsNet
writes the shape 37 times); tests/data/entities/quoted_names_before_an.conllu holds their parses (bundled model,
entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("quoted_names_before_an")


@pytest.mark.parametrize(("doc_id", "cue", "name"), [("airline-announced", "أعلنت", "فلاي ناس"), ("player-expressed", "وأعرب", "الشمري")])
def test_the_quoted_name_is_who_announced(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, name: str
) -> None:
    assert sources(extractor, documents[doc_id]) == [(cue, name, name, None)]
    assert [quote.type for quote in extractor.extract_parsed(documents[doc_id])] == ["indirect"]


def test_after_a_transmitter_an_brings_in_the_source(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    [quote] = extractor.extract_parsed(documents["agency-relayed"])
    assert (quote.speaker.text, quote.via.text) == ("مصادر مطلعة", "رويترز")
