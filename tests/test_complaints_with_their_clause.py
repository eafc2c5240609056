"""A complaint with its clause after من: `واشتكى عدد من المواطنين من أن …` (issue 10: missed quotes).

شكا and اشتكى (rules/lexicons/reporting_verbs.tsv, class opinion) take what was complained of after من, as a
warning does (`حذر من أن …`): the clause after `من أن` is the complaint's content, from أن (rule
verb-warning-complement-clause, which names them beside حذر، نبه، أنذر). A complaint of a thing (`اشتكى اللاعب من
إصابة`) reports no clause and gives no quote.

Each sentence was written for the test (invented content), after a shape seen on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/complaints_with_their_clause.conllu holds each sentence twice: parsed by the
step-1,800 parser of MODEL.md's session 10 (ids `…-pud-style`) and by the bundled model (ids `…-shipped`), entity
tagger on; no model is loaded. (The GPU parser of session 23, /work/models/gpu23a, gives the same quotes.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PARSE_STYLES, documents_by_id, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "complaints_with_their_clause.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "cue", "source", "content"),
    [
        ("citizens-complained-that", "واشتكى", "عدد من المواطنين", "أن أسعار الأدوية ارتفعت بشكل كبير في الصيدليات"),
        ("students-complained-that", "وشكت", "الطالبات", "أن القاعات الدراسية تفتقر إلى أجهزة التكييف منذ بداية الفصل"),
    ],
)
def test_the_clause_after_min_anna_is_what_was_complained_of(
    extractor: Extractor, documents: dict[str, ParsedDocument], style: str, doc_id: str, cue: str, source: str, content: str
) -> None:
    assert quotes_found(extractor, documents[f"{doc_id}-{style}"]) == [("indirect", cue, source, content)]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_complaint_of_a_thing_is_no_quote(extractor: Extractor, documents: dict[str, ParsedDocument], style: str) -> None:
    assert quotes_found(extractor, documents[f"complained-of-injury-{style}"]) == []
