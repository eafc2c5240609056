"""`وقال فولكر هاينز أمام لجنة الشؤون الخارجية في البرلمان برئاسة النائب جون ميلر إن …`: أمام ("before") opens
whom the person spoke before, and `برئاسة` ("chaired by") who chairs that committee or meeting; neither is the
speaker's title, and the name after برئاسة is not the speaker. The speaker's phrase ends at أمام (or at برئاسة),
so a speaker whose given name the lexicon does not know is not replaced by the chairman's, whose given name it
knows; and أمام, spelled like إمام (an imam) once hamza is normalised away, is no title: a word tagged a
preposition names no role.

Session 23's GPU-trained news parser gave such a sentence's quotes to the chairman on an unseen SaudiNewsNet
article (`آشتون كارتر أمام لجنة الدفاع … برئاسة السيناتور جون ماكين`); the bundled parser gave the speaker the
audience and the chairman as his role. The sentences were written for the test (invented names and content).
tests/data/entities/before_an_audience.conllu holds the parses of both parsers; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("before_an_audience")
PARSERS = ("shipped", "gpu23")


def speakers_and_roles(extractor: Extractor, doc_id: str) -> list[tuple[str, str | None, str | None]]:
    """(cue, speaker_resolved, role) of every quote."""
    return [(cue, resolved, role) for cue, _, resolved, role in sources(extractor, DOCUMENTS[doc_id])]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker"),
    [("chaired-by-19", "وقال", "فولكر هاينز"), ("chaired-by-20", "وأكد", "ماركوس بيرغ")],
)
def test_the_chairman_after_biriasa_is_not_the_speaker(
    extractor: Extractor, parser: str, doc_id: str, cue: str, speaker: str
) -> None:
    assert speakers_and_roles(extractor, f"{doc_id}-{parser}") == [(cue, speaker, None)]


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker"),
    [("chaired-by-12", "وقال", "خالد المنصوري"), ("chaired-by-14", "وأكد", "مايكل براون")],
)
def test_the_audience_after_amam_is_no_title(extractor: Extractor, parser: str, doc_id: str, cue: str, speaker: str) -> None:
    assert speakers_and_roles(extractor, f"{doc_id}-{parser}") == [(cue, speaker, None)]
