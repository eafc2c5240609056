"""What the grounds of a judgement say: `وجاء في حيثيات الحكم أن …` (issue 10: missed quotes).

The grounds of a ruling (حيثيات) are a document the court issues, like a statement or a report: what came in them is a
quote whose source is the document (rule came-in-a-document; rules/lexicons/document_nouns.tsv lists حيثيات and the
lemmatizer's singular حيثية). The spec's settled case: with no issuer named in its own phrase, the document is its
own fullest mention (`speaker_resolved` = `حيثيات الحكم`), also after the court was named in the sentence before.

Each sentence was written for the test (invented content), after a shape seen on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/grounds_of_a_judgement.conllu holds each document twice: parsed by the
step-1,800 parser of MODEL.md's session 10 (ids `…-pud-style`) and by the bundled model (ids `…-shipped`), entity
tagger on; no model is loaded. (The GPU parser of session 23, /work/models/gpu23a, gives the same quotes.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PARSE_STYLES, documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "grounds_of_a_judgement.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "content"),
    [
        ("grounds", "أن المتهم أدين بتهريب الأموال إلى الخارج"),
        ("grounds-after-court", "أن المتهمين أدينوا بتزوير وثائق رسمية"),
    ],
)
def test_what_came_in_the_grounds_is_a_quote_of_the_document(
    extractor: Extractor, documents: dict[str, ParsedDocument], style: str, doc_id: str, content: str
) -> None:
    [quote] = extractor.extract_parsed(documents[f"{doc_id}-{style}"])
    assert (quote.type, quote.cue.text, quote.content.text) == ("indirect", "وجاء", content)
    assert quote.speaker is not None and quote.speaker.text == "حيثيات الحكم"
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == "حيثيات الحكم"
