"""`بحسب ما نقلته وكالة …`: an according-to marker with ما and a reporting verb whose object pronoun is written on it
is a source (the spec: the marker stays the cue, the verb's subject is the speaker); where the verb relays another's
words (`وفقا لما نقلته الوكالة عن الوزير`), the marker only transmits the quote before it and makes no record.

Each sentence was written for the test (invented content), after quotes missed on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/according_to_what_was_relayed.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "according_to_what_was_relayed.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def test_the_subject_of_a_verb_with_its_object_pronoun_is_the_source(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # the pronoun of نقلته once stood where the source was looked for: no quote
    [quote] = extractor.extract_parsed(documents["according-to-what-it-relayed"])
    assert (quote.type, quote.cue.text, quote.speaker and quote.speaker.text) == ("according_to", "بحسب", "وكالة الأنباء الرسمية")
    assert quote.content.text == "وتراجع المؤشر العام للسوق 2 في المائة في تعاملات الأمس"


def test_an_agency_that_relays_another_is_no_source_of_its_own(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # with the agency as a source, its marker took the quotes before it for its content and the participle's was lost
    quotes = extractor.extract_parsed(documents["according-to-what-it-relayed-from"])
    assert [quote.cue.text for quote in quotes] == ["وأوضح", "نافيا"]
