"""A word the rule refuses as the cue's subject (`not_form` of its speaker node: لي، لنا، الانتباه، النظر) is no
speaker either where the parse gave the cue no subject and the first noun after the cue is taken instead.

- `فقال لي: …` ("he told me"): the addressee is no speaker; the source is the person the sentence names.
- `ولفت الانتباه إلى أن …` ("drew attention to"): the attention is the verb's object; the source is the one quoted
  before.

The sentences were written for the test (invented names), after errors seen on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/refused_subjects.conllu holds the parses (bundled model, entity tagger on); no
model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "refused_subjects.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def test_attention_drawn_is_no_speaker(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # الانتباه was once the speaker, resolved to itself
    assert sources(extractor, documents["refused-1"])[-1] == ("ولفت", None, "خالد الدوسري", "رئيس الجمعية")


def test_the_writer_told_is_no_speaker(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # لي ("to me", tagged a proper noun) was once the speaker
    assert sources(extractor, documents["refused-2"]) == [("فقال", None, "ماركوس سيلفا", "المدرب البرازيلي")]
