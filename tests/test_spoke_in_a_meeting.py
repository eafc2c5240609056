"""Where the source spoke is no part of the role written after the name, nor of the speaker: a meeting, a session or a
ceremony (`في اجتماع مع …`، `في جلسة`، `في حفل أقيم بالرياض`) is a circumstance, as a statement or an interview
is (`في تصريح`، `في مقابلة`). `قال خالد المنصور رئيس الاتحاد الآسيوي للسباحة في اجتماع مع وزير الرياضة القطري
سالم العبدالله اليوم إن …` has the role `رئيس الاتحاد الآسيوي للسباحة`. Before, the role ran on through the meeting
into the other man's title and name, and on a SaudiNewsNet article outside the gold sets (`قال سيب بلاتر رئيس
الاتحاد الدولي لكرة القدم (الفيفا) في اجتماع مع الرئيس الروسي فلاديمير بوتين اليوم السبت إن …`) the man he met
became the speaker.

The sentences were written for the test (invented names and content); tests/data/entities/spoke_in_a_meeting.conllu
holds the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("spoke_in_a_meeting")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker", "role"),
    [
        ("spoke-in-a-meeting-1", "قال", "خالد المنصور", "رئيس الاتحاد الآسيوي للسباحة"),
        ("spoke-in-a-meeting-2", "وقال", "سامي الحربي", "رئيس مجلس الإدارة"),
    ],
)
def test_the_role_ends_before_where_he_spoke(
    extractor: Extractor, parser: str, doc_id: str, cue: str, speaker: str, role: str
) -> None:
    assert sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"]) == [(cue, speaker, speaker, role)]
