"""The feminine past of a defective verb drops the verb's last letter before its ت (`دعت`, `نفت`, `أوصت` of دعا، نفى،
أوصى): where the lemmatizer gave no lemma of its own, the written form is read back to the lexicon's verb that way, so
`ودعت وزارة الصحة المواطنين إلى …` is an appeal like `دعا` (its class was none, so the addressee sieve did not run and
the speaker kept the addressee: `وزارة الصحة المواطنين`).

The addressee also leaves a speaker that ends in a definite adjective (`وزارة الداخلية | المواطنين`).

The sentences were written for the test (invented content), after errors seen on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/appeals_written_feminine.conllu holds the parses (bundled model, entity tagger
on); in `appeals-adjective-1` the tags and heads of الداخلية (ADJ, amod) and المواطنين (nmod of وزارة) were set by hand
to the bundled parser's reading of the same words on the unseen article. No model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "appeals_written_feminine.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize("doc_id", ["appeals-feminine-1", "appeals-feminine-2", "appeals-feminine-3"])
def test_a_feminine_appeal_is_an_appeal(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str) -> None:
    (quote,) = extractor.extract_parsed(documents[doc_id])
    assert quote.cue_class == "appeal"


@pytest.mark.parametrize(
    ("doc_id", "speaker"), [("appeals-feminine-3", "وزارة الصحة"), ("appeals-adjective-1", "وزارة الداخلية")]
)
def test_the_addressee_leaves_the_speaker(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, speaker: str
) -> None:
    (quote,) = extractor.extract_parsed(documents[doc_id])
    assert quote.speaker is not None and quote.speaker.text == speaker
