"""Indirect content that runs on past a sentence the tokenizer ended at a semicolon or comma (the clause goes on to
the next full stop) ends where a new quote opens the next sentence: `…؛ حيث شدد مجلس البلدية على ضرورة …` is the
council's own quote, not the end of the sources' content. Within one sentence a cue after a comma, a participle or a
cue before a colon already ended the content before it; across the split nothing did, so the later quote, nested in
the earlier content, was dropped and the earlier content swallowed it.

Each sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/clauses_past_a_sentence_split.conllu holds the parses (bundled model,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "clauses_past_a_sentence_split.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)



def test_a_quote_opening_the_next_sentence_ends_the_content(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    assert quotes_found(extractor, documents["runs-1"]) == [
        (
            "indirect",
            "ونقل",
            "مصادر في البلدية",
            "أن سكان الحي القديم سيجدون صعوبة كبيرة في التنقل بين الأسواق والمساجد خلال أيام العيد بسبب أعمال الصيانة",
        ),
        ("indirect", "شدد", "مجلس البلدية", "ضرورة إغلاق المحلات التجارية في ساعات الظهيرة طوال فترة الأعمال"),
    ]


@pytest.mark.parametrize(
    ("doc_id", "cues"),
    [("runs-2", ["وبين", "لافتا"]), ("runs-3", ["وأوضح", "ونوه"])],
)
def test_within_one_sentence_a_cue_after_a_comma_still_ends_the_content(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cues: list[str]
) -> None:
    quotes = quotes_found(extractor, documents[doc_id])
    assert [cue for _, cue, _, _ in quotes] == cues
    assert quotes[0][3].endswith(("منتصف الليل", "والشركات الوطنية"))
