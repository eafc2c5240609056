"""The past perfect with an aside: `وكان وزير النقل، الذي افتتح المطار أمس، قد أكد أن …` (issue 10). The subject
stands between كان and the aside, and قد between the aside's closing comma and the verb; the parse leaves the verb
without a subject. The pass that takes the subject written before an aside (subject.subject_before_aside) now steps
over قد and over the auxiliary كان that opens the clause, so the speaker is the quote's own mention (before, only the
resolved speaker was found, through the main clause's subject).

The sentences were written for the test (invented content). tests/data/entities/connectives_perfects_negations.conllu
holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("connectives_perfects_negations")


@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker"),
    [
        ("perfect-1", "أكد", "وزير النقل"),
        ("perfect-2", "أوضح", "رئيس البلدية"),
        ("perfect-3", "ذكر", "مدير الشرطة"),
    ],
)
def test_the_subject_before_the_aside_and_qad_is_the_speaker(extractor: Extractor, doc_id: str, cue: str, speaker: str) -> None:
    assert sources(extractor, DOCUMENTS[doc_id]) == [(cue, speaker, speaker, speaker)]
