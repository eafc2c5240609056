"""`وزاد أن …`: زاد ("added") with its own أن clause reports, as أضاف أن does (issue 10: missed quotes).

زاد is left out of rules/lexicons/reporting_verbs.tsv on purpose (its usual sense is "increased": `وزاد عدد الزوار`),
and reports with its speech after a colon (`وزاد: «…»`, rules verb-goes-on-speaking*). An أن clause right under
the perfect زاد with no object is speech too (rule verb-adds-that): `وزاد أن أعمال الصيانة تسير …` after the
speaker was quoted (the subject-less cue speaks for him), `وزاد المتحدث أن …`. Not speech: with an object the
clause is what made it so (`ومما زاد الأمر سوءا أن …`), and the imperfect in a comparison (`لا يزيد عن أن يكون …`,
"is no more than").

Each sentence was written for the test (invented names and content), after shapes seen on SaudiNewsNet articles that
are in neither gold set. tests/data/entities/added_that.conllu holds each sentence twice: parsed by the step-1,800
parser of MODEL.md's session 10 (ids `…-pud-style`) and by the bundled model (ids `…-shipped`), entity tagger on; no
model is loaded. (The GPU parser of session 23, /work/models/gpu23a, gives the same quotes.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PARSE_STYLES, documents_by_id, quotes_spoken
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "added_that.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def _quotes(extractor: Extractor, document: ParsedDocument) -> list[tuple[str, str, str | None, str | None, str]]:
    return quotes_spoken(extractor, document)


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_added_that_after_the_speaker_was_quoted(extractor: Extractor, documents: dict[str, ParsedDocument], style: str) -> None:
    assert _quotes(extractor, documents[f"added-that-{style}"]) == [
        ("indirect", "وقال", "فيصل الغامدي", "فيصل الغامدي", "إن الرحلات ستعود قريبا"),
        ("indirect", "وزاد", None, "فيصل الغامدي", "أن أعمال الصيانة في الصالة الجديدة تسير بوتيرة ممتازة"),
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_added_that_with_its_subject(extractor: Extractor, documents: dict[str, ParsedDocument], style: str) -> None:
    assert _quotes(extractor, documents[f"added-that-subject-{style}"]) == [
        ("indirect", "وزاد", "المتحدث", "المتحدث", "أن عدد المقاعد سيرتفع هذا العام")
    ]


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize("doc_id", ["increased", "made-worse", "no-more-than"])
def test_increased_made_worse_and_no_more_than_report_nothing(
    extractor: Extractor, documents: dict[str, ParsedDocument], style: str, doc_id: str
) -> None:
    assert _quotes(extractor, documents[f"{doc_id}-{style}"]) == []
