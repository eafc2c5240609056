"""عبّر عن is أعرب عن in other words: `وعبر الأهالي عن أسفهم لتأخر إصلاح الطريق …` is an expression of regret with
content, which the spec's settled cases count as a quote (`أعرب عن أمله في …`), the content starting after عن. Not
the verb "to cross" (`وعبر مئات الزوار الجسر …`: no عن), and not a verb in the subjunctive or jussive, which
reports nothing said: `ولمحبيه أن … ويعبروا عن فرحتهم` (a wish of the writer's), `ولم يكشف المتحدث عن اسم المصاب`
(a denial of a disclosure, which was a quote of the name).

Each sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/expressed_feelings.conllu holds the parses (bundled model, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "expressed_feelings.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def test_regret_expressed_with_abbara(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert quotes_found(extractor, documents["expressed-2"]) == [
        ("indirect", "وعبر", "الأهالي", "أسفهم لتأخر إصلاح الطريق الرئيسي منذ أشهر")
    ]


@pytest.mark.parametrize("doc_id", ["expressed-3", "expressed-4", "expressed-5"])
def test_no_quote_without_a_statement(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str) -> None:
    assert quotes_found(extractor, documents[doc_id]) == []
