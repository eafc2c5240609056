"""`وأكد فريق البحث بإشراف الدكتورة هالة السيد أن …`: بإشراف ("supervised by") and برئاسة ("chaired by") say who runs
what the speaker's phrase names; the person after them supervises or chairs, and is neither the speaker nor the
holder of a title before them. The speaker's phrase ends before بـ + the noun (rules/lexicons/under_whom.tsv, one
list that the speaker phrase, the name phrase and the role read alike), whether the parse hangs the phrase on the
subject's head, on its adjective or its genitive.

Before the list, the bundled parser's parse gave the first and third sentences to the supervisor with the whole
phrase as her role, and session 23's GPU-trained parser also kept `بإشراف وزارة الثقافة` in the committee's name.
The sentences were written for the test (invented names and content); tests/data/entities/under_whom.conllu holds
the parses of both parsers; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("under_whom")
PARSERS = ("shipped", "gpu23")


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker"),
    [
        ("supervised-by-1", "وأكد", "فريق البحث"),
        ("supervised-by-2", "وقالت", "اللجنة المنظمة"),
        ("supervised-by-3", "وأوضح", "مدير المشروع"),
    ],
)
def test_who_supervises_is_not_who_speaks(extractor: Extractor, parser: str, doc_id: str, cue: str, speaker: str) -> None:
    [(found_cue, _, resolved, role)] = sources(extractor, DOCUMENTS[f"{doc_id}-{parser}"])
    assert (found_cue, resolved) == (cue, speaker)
    assert role is None or "إشراف" not in role
