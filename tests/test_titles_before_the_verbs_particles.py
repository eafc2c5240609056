"""The past perfect with the subject and its title before the cue and no و (`كانت سارة المالكي رئيسة مجلس الإدارة
قد قالت إن …`): where the parse hangs كانت on the cue as its auxiliary and the name as the cue's own subject (or the
GPU parser hangs the cue on كان), the title written after the name ends before قد, the cue's own particle. Before, the
role ran on to the cue and kept it (`رئيسة مجلس الإدارة قد`), as on a SaudiNewsNet article outside the gold sets
(`كانت جانيت يلين رئيسة مجلس الاحتياطي الاتحادي قد قالت إن …`); session 26 had ended it there only for a title
the speaker's phrase read between كان and the cue.

The sentences were written for the test (invented names and content); tests/data/entities/holders_titles_datelines.conllu
holds the parses of both parsers (the bundled one and session 23's GPU-trained one); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("holders_titles_datelines")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker", "role"),
    [
        ("perfect-title-after-name-1", "قالت", "سارة المالكي", "رئيسة مجلس الإدارة"),
        ("perfect-title-after-name-2", "أكد", "خالد العمري", "رئيس الاتحاد المحلي"),
    ],
)
def test_the_title_ends_before_qad(extractor: Extractor, parser: str, doc_id: str, cue: str, speaker: str, role: str) -> None:
    assert sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"]) == [(cue, speaker, speaker, role)]
