"""`تردد أن …`، `ويتردد أن …` ("it was / is rumoured that"): the verb of form V has no subject, nobody speaks, and the
spec's passives with no source are no quotes (rules/lexicons/non_quote_cues.tsv); `يردد المسؤولون أن …` of form II,
with its subject, repeats what a source says and is a quote; `تردد اللاعب في …` (hesitated) reports nothing (issue 10;
the shape of false alarms seen on a SaudiNewsNet article annotated in session 33 outside the gold sets).

The sentences were written for the test (invented content). tests/data/entities/rumours_with_no_source.conllu holds them
as the bundled model parsed them (`quotes parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("rumours_with_no_source")


@pytest.mark.parametrize("doc_id", ["after-it-was-rumoured", "it-is-rumoured", "player-hesitated"])
def test_a_rumour_is_no_quote(extractor: Extractor, doc_id: str) -> None:
    assert extractor.extract_parsed(DOCUMENTS[doc_id]) == []


def test_officials_who_repeat_are_quoted(extractor: Extractor) -> None:
    (quote,) = extractor.extract_parsed(DOCUMENTS["officials-repeat"])
    assert (quote.cue.text, quote.speaker.text if quote.speaker else None, quote.content.text) == (
        "ويردد",
        "المسؤولون",
        "أن الهاتف الجديد سيطرح في الخريف المقبل",
    )
