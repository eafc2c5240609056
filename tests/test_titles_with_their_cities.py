"""A job title in construct with the city or body its office is in after في (`مدير فرع الهيئة في الدمام الدكتور سعيد
الشهري`، `رئيس قسم الطوارئ في المستشفى`) is the person's title where the text names them, and a later `الدكتور
الشهري` (a rank alone names no office) takes it (issue 10; the spec: the role is the latest earlier description of the
same source; the shape of role errors seen on a SaudiNewsNet article annotated in session 31 outside the gold sets).
The city after في is a definite noun whatever the parse tagged it; a verbal noun without the article after a definite
noun (`المساعدة في بدء محادثات`) stays a clause (tests/test_titles_with_their_regions.py and the mention finder's own).

The sentences were written for the test (invented names and content). tests/data/entities/titles_with_their_cities.conllu
holds them as the bundled model parsed them (`quotes parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_with_their_cities")


@pytest.mark.parametrize(
    ("doc_id", "speaker", "role"),
    [
        ("director-in-a-city", "سعيد الشهري", "مدير فرع الهيئة في الدمام الدكتور"),
        ("head-of-a-branch-in-a-city", "ماجد القرني", "رئيس قسم الطوارئ في المستشفى الدكتور"),
    ],
)
def test_the_rank_alone_takes_the_title_with_its_city(extractor: Extractor, doc_id: str, speaker: str, role: str) -> None:
    quotes = extractor.extract_parsed(DOCUMENTS[doc_id])
    assert [quote.speaker_resolved.text if quote.speaker_resolved else None for quote in quotes] == [speaker, speaker]
    assert [quote.role.text if quote.role else None for quote in quotes] == [role, role]
