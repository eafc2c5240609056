"""`مدير عام المشروعات بالرئاسة المهندس فلان`: a definite noun after a glued بـ is where the title is held (at the
Presidency, at the General Supervision), part of the title before the holder's name; only the noun in construct
without the article (`برئاسة الدكتور فلان`، `بإشراف الوزارة`) says who chairs or supervises, and ends the speaker's
phrase (rules/lexicons/under_whom.tsv; issue 10). The shape was seen on a SaudiNewsNet article annotated in session 35
outside the gold sets.

The sentences were written for the test (invented names and content).
tests/data/entities/titles_at_a_definite_body.conllu holds them as the bundled model parsed them (`quotes parse`,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_at_a_definite_body")


@pytest.mark.parametrize(
    ("document", "speaker", "role"),
    [
        ("director-at-the-presidency", "سلطان القرشي", "مدير عام المشروعات بالرئاسة المهندس"),
        ("operations-at-the-presidency", "عادل الشهري", "مدير إدارة التشغيل بالرئاسة المهندس"),
        ("adviser-at-the-general-supervision", "ياسر الحربي", "مستشار الشؤون الفنية بالإشراف العام المهندس"),
    ],
)
def test_the_holder_of_a_title_held_at_a_body_speaks(extractor: Extractor, document: str, speaker: str, role: str) -> None:
    [(_, found, resolved, found_role)] = sources(extractor, DOCUMENTS[document])
    assert (found, resolved, found_role) == (speaker, speaker, role)


def test_the_committee_chaired_by_someone_speaks_for_itself(extractor: Extractor) -> None:
    [(cue, speaker, _, role)] = sources(extractor, DOCUMENTS["committee-chaired-by"])
    assert (cue, speaker, role) == ("وقالت", "اللجنة المنظمة", None)
