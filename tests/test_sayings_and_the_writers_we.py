"""Sayings, the writer's notes and the writer's "we" are no quotes (spec, settled cases: "Passives with no source
(`يقال`، `يشار إلى`، `تم التأكيد`), the writer's own first person (`أقول`، `أعتقد`) … are not quotes").

`يقال`/`قيل` (it is said / it was said) introduce a proverb or hearsay with a colon just as `قال` introduces speech,
and nobody speaks; the bundled tagger writes them active. `يشار` (it is noted) is the writer's background note with
whatever stands between it and its complement (`ويشار أيضا أن …`). `نقول` (we say) is read as `نَقَل` ("relayed"), a
third-person perfect, so the first-person features that keep `أقول` and `نعتقد` out cannot tell it
(`rules/lexicons/non_quote_cues.tsv` lists all four).

The sentences were written for the test (invented content), after records seen on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/sayings_and_the_writers_we.conllu holds the parses (bundled model, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "sayings_and_the_writers_we.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize("doc_id", ["yuqal-colon", "qila-colon", "yuqal-an", "yushar-aydan", "yushar-huna"])
def test_a_saying_introduced_by_a_passive_is_no_quote(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str
) -> None:
    assert sources(extractor, documents[doc_id]) == []


def test_the_writers_we_is_no_quote(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["naqul-an"]) == []


def test_we_say_inside_a_ministers_statement_is_his_statement_only(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    assert sources(extractor, documents["naqul-lahum"]) == [("وقال", "الوزير", "الوزير", "الوزير")]


def test_a_named_speaker_still_speaks(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    speaker = "سعد الحربي"
    assert sources(extractor, documents["said-control"]) == [("وقال", speaker, speaker, "مدير التعليم")]


def test_the_active_verb_beside_the_writers_passive_still_reports(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    speaker = "ماجد الزهراني"
    assert sources(extractor, documents["yushir-control"]) == [("ويشير", speaker, speaker, "الباحث")]
