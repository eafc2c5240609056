"""Reported speech with a quotation in it runs to the quotation's closing mark.

`قال الوزير إن «التحديات … كبيرة. لكن فرص النمو … المستثمرون»`: the tokenizer ends the sentence at the period inside
the quotation, and the content stopped there, half a quotation, typed indirect. Where a quotation that opened inside
the content is still open at the sentence end and closes on the same line, the content runs to its closing mark
(`drafts.content._past_quotation_open_at`); a quotation closed inside its sentence changes nothing.

Sentences written for the test (invented content), after read-set records; tests/data/entities/
quotation_over_a_period.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("quotation_over_a_period")


def test_the_content_runs_to_the_closing_mark(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    said, added = quotes_found(extractor, documents["quotation-over-a-period"])
    assert said == (
        "mixed",
        "قال",
        "سعد العمري",
        "إن «التحديات التي تواجه القطاع كبيرة. لكن فرص النمو هي ما يتطلع إليه المستثمرون»",
    )
    assert added == ("indirect", "وأضاف", None, "أن الحكومة ستدعم الشركات الصغيرة")


def test_a_quotation_closed_in_its_sentence_changes_nothing(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    said, _ = quotes_found(extractor, documents["quotation-ends-in-its-sentence"])
    assert said == ("mixed", "وقال", "سعد العمري", "إن «التحديات كبيرة» في هذه المرحلة")
