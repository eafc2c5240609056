"""The past perfect with its subject and title before the verb: `وكان خالد المنصور رئيس لجنة المسابقات في الاتحاد
السعودي قد قال …` ("had said"). The subject belongs to كان, the cue hangs from it, and قد is the cue's own particle:
the speaker is the subject of كان (the cue's own subject, so `speaker` as well as `speaker_resolved`: before, only
the resolved speaker was found, as a hint), and its title ends before قد, which both parsers hang from the cue (as `aux` or
`compound:prt`). Before, the title ran on to the cue and kept قد (`رئيس لجنة … السعودي قد`), as on a SaudiNewsNet
article outside the gold sets (`وكان … رئيس لجنة الاحتراف في اتحاد كرة القدم قد قال في تغريدة له: "…"`).

The sentences were written for the test (invented names and content); tests/data/entities/perfect_titles.conllu holds
the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("perfect_titles")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker", "role"),
    [
        ("perfect-title-1", "قال", "خالد المنصور", "رئيس لجنة المسابقات في الاتحاد السعودي"),
        ("perfect-title-2", "أكدت", "سارة العتيبي", "مديرة إدارة التعليم بالمنطقة"),
        ("perfect-title-4", "أعلن", "ماجد الحربي", "مدير مستشفى الملك فهد بجدة"),
    ],
)
def test_the_title_ends_before_the_verbs_own_qad(extractor: Extractor, parser: str, doc_id: str, cue: str, speaker: str, role: str) -> None:
    assert sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"]) == [(cue, speaker, speaker, role)]


@pytest.mark.parametrize("parser", PARSERS)
def test_a_title_before_the_name_is_not_cut(extractor: Extractor, parser: str) -> None:
    """`وكان المتحدث باسم الشرطة العقيد فهد الغامدي قد أوضح أن …`: the title is before the name, so قد was never in it."""
    assert sources(extractor, DOCUMENTS[f"perfect-title-3-{parser}"]) == [
        ("أوضح", "فهد الغامدي", "فهد الغامدي", "المتحدث باسم الشرطة العقيد")
    ]
