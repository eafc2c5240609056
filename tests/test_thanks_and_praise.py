"""Thanks and praise are not quotes (spec, settled cases: "Bare thanks and praise (شكر، ثمّن) are not"): an expressing
verb or participle whose complement is a noun of thanks or praise (`rules/lexicons/thanks_nouns.tsv`: `وأعرب … عن
شكره للمعلمين`، `معرباً عن تقديره لجهود …`، `وأبدى … امتنانه`), and a participle of praise or thanks with a noun
(`مشيداً بجهود المنظمين`) report nothing, while an expression of hope with content
stays a quote (`وأعرب وزير الخارجية عن أمله في أن …`). Each sentence was written for the test (invented names), after
the shapes seen on SaudiNewsNet articles outside the gold sets.

tests/data/entities/thanks_and_praise.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "thanks_and_praise.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize("doc_id", ["thanks-1", "thanks-2", "thanks-3", "praise-1", "praise-2"])
def test_thanks_and_praise_report_nothing(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str) -> None:
    # وأعرب مدير التعليم سامي القرني عن شكره للمعلمين …؛ وأبدى … امتنانه …؛ …، معرباً عن تقديره لجهود المتطوعين …؛
    # …، مشيداً بجهود المنظمين …
    assert extractor.extract_parsed(documents[doc_id]) == []


def test_an_expression_of_hope_with_content_stays_a_quote(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # وأعرب وزير الخارجية عن أمله في أن تنتهي الأزمة قريبا.
    (quote,) = extractor.extract_parsed(documents["hope-1"])
    assert (quote.cue.text, quote.content.text) == ("وأعرب", "أن تنتهي الأزمة قريبا")
