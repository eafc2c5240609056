"""A complementizer after the writer's connective opens no reported speech: `كما أن` ("moreover"), `(ب)حيث إن` ("such
that", "since"), `ولكن إن`/`لكن هل` ("but if", "but is …") start a clause of the text, not the complement of a verb
before them, even a verb that reports elsewhere (`التي تعتبر من أهم المشاريع …، كما أن …`: "which is considered";
`يعتبر مناسبا للطلاب، ولكن هل …`; `لمن يرى في نفسه القدرة …، بحيث إن …`), as `إلا أن` and `بعد أن` already did not. A
cue's own content runs on over such a clause (`وأكد المدير أن …، كما أن …`). Each sentence was written for the test
(invented content), after false quotes seen on SaudiNewsNet articles outside the gold sets.

tests/data/entities/connectives_before_complementizers.conllu holds the parses (bundled model, entity tagger on); no
model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "connectives_before_complementizers.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize("doc_id", ["connective-1", "connective-2", "connective-3"])
def test_a_complementizer_after_the_writers_connective_is_no_quote(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str
) -> None:
    assert extractor.extract_parsed(documents[doc_id]) == []


def test_the_cues_own_content_runs_on_over_the_connective(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    [quote] = extractor.extract_parsed(documents["connective-4"])
    assert (quote.cue.text, quote.content.text) == (
        "وأكد",
        "أن المشروع سيكتمل قبل نهاية العام، كما أن الوزارة ستدعمه بميزانية إضافية",
    )
