"""`في آن واحد` ("at one and the same time"): آن, a moment, is spelled ان once hamza and madda are normalised away,
like the complementizer إن/أن; a word written with madda is no complementizer. Otherwise a verb inside reported
speech (`إن هذه العيادة تعتبر إضافة مهمة … في آن واحد، …`: اعتبر, an opinion verb) takes the words after آن as a
quote of its own, with the clinic as its speaker.

Session 23's GPU-trained news parser makes that verb the head of the content clause, where the bundled parser's
parse gave it nothing to report; the record was seen on a SaudiNewsNet article in neither gold set. The sentences
were written for the test (invented names and content). tests/data/entities/moment_written_with_madda.conllu holds
the parses of both parsers; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("moment_written_with_madda")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker"),
    [("madda-an-16", "وقال", "سالم العمري"), ("madda-an-17", "وأوضح", "خالد السبيعي")],
)
def test_a_moment_written_with_madda_opens_no_quote(
    extractor: Extractor, parser: str, doc_id: str, cue: str, speaker: str
) -> None:
    assert [(found, resolved) for found, _, resolved, _ in sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"])] == [
        (cue, speaker)
    ]
