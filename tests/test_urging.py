"""`حثّ … على …` (urge) is a directive with a complement, a quote by the spec's settled cases (`حثّ على`): its content
is the phrase after على. `حثّهم` with a pronoun written on it is left out: most often it is the verbal noun in a list
(`وشملت الحملة توعية السكان وحثهم على …`), no speech.

Left: where the parse hangs the object under the subject (`مدير المستشفى | الموظفين`), the speaker runs on into the
object; the content and cue are right.

The sentences were written for the test (invented content), after quotes missed on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/urging.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "urging.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "cue", "content"),
    [
        ("urging-1", "وحث", "الالتزام بمواعيد العمل خلال الإجازة"),
        ("urging-2", "حثت", "التأكد من تاريخ انتهاء المنتجات قبل شرائها"),
    ],
)
def test_the_urging_is_the_phrase_after_ala(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cue: str, content: str
) -> None:
    (quote,) = extractor.extract_parsed(documents[doc_id])
    assert (quote.type, quote.cue.text, quote.content.text) == ("indirect", cue, content)


def test_the_verbal_noun_with_a_pronoun_is_no_quote(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert extractor.extract_parsed(documents["urging-3"]) == []
