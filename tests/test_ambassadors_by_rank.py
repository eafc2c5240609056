"""`السفير` written alone with the article right before a name is often a diplomat's rank, like الدكتور, with the
office after the name (`السفير أحمد بن سالم، الأمين العام المساعد لجامعة الدول العربية`): the role is that office,
and a later `السفير بن سالم` takes it (rules/lexicons/role_nouns.tsv column `courtesy`; the spec: the role is the
source's position). With its country or post (`السفير السعودي في لندن`), or with no office after the name, السفير is
the role (issue 10; the shape of role errors seen on a SaudiNewsNet article annotated in session 31 outside the gold
sets).

The sentences were written for the test (invented names and content). tests/data/entities/ambassadors_by_rank.conllu
holds them as the bundled model parsed them (`quotes parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("ambassadors_by_rank")


@pytest.mark.parametrize(
    ("doc_id", "speaker", "roles"),
    [
        (
            "ambassador-with-his-job",
            "أحمد بن سالم",
            ["الأمين العام المساعد لجامعة الدول العربية", "الأمين العام المساعد لجامعة الدول العربية"],
        ),
        ("ambassador-in-a-capital", "محمد الخالد", ["السفير السعودي في لندن"]),
        ("ambassador-alone", "خالد العمر", ["السفير"]),
    ],
)
def test_the_ambassadors_office(extractor: Extractor, doc_id: str, speaker: str, roles: list[str]) -> None:
    quotes = extractor.extract_parsed(DOCUMENTS[doc_id])
    assert {quote.speaker_resolved.text if quote.speaker_resolved else None for quote in quotes} == {speaker}
    assert [quote.role.text if quote.role else None for quote in quotes] == roles
