"""`وأوضح رئيس اللجنة والمشرف العام للمركز الشيخ فلان أن …`: where the parse ends the subject at the first title and
the name comes after a second one joined by و, the role runs over both titles and stops before the honorific, which is
no part of a role (spec: `الشيخ` is an honorific; `quotes.attribution.name_in_phrase`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/honorifics_after_second_titles.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor


@pytest.mark.parametrize(
    ("doc_id", "name", "role"),
    [
        ("two-titles-then-the-sheikh", "عبدالله المطرودي", "رئيس اللجنة والمشرف العام للمركز"),
        ("director-and-chairman-sheikh", "سعد القحطاني", "مدير الجمعية ورئيس مجلس إدارتها"),
    ],
)
def test_the_sheikh_is_no_part_of_the_role(extractor: Extractor, doc_id: str, name: str, role: str) -> None:
    [(_, speaker, resolved, found_role)] = sources(extractor, entity_parses("honorifics_after_second_titles")[doc_id])
    assert (speaker, resolved, found_role) == (name, name, role)
