"""`غير أن فلان المدير السابق للتجارب في الهيئة الإيطالية للطيران، أكد أن …`: where the parse reads the title after a
name as an adjective and hangs the title's prepositional phrase (`للتجارب في …`) on the name instead of the title, the
phrase is still the title's: a name takes no prepositional phrase of its own. The role runs on over the phrases written
right after the title (where or to whom the person spoke is cut off as before), whichever word the parse hung them on
(`quotes.speakers.roles`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/titles_hung_on_the_name.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("titles_hung_on_the_name")


@pytest.mark.parametrize(
    ("doc_id", "name", "role"),
    [
        ("phrase-hung-on-the-name", "ماركو باسكوالي", "المدير السابق للتجارب في الهيئة الإيطالية للطيران"),
        ("phrase-under-the-title", "جورج ميلانسون", "المدير السابق للأبحاث في الوكالة الفرنسية للفضاء"),
    ],
)
def test_the_title_keeps_its_phrase(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, name: str, role: str) -> None:
    found = sources(extractor, documents[doc_id])
    assert len(found) == 2
    assert all(resolved == name and found_role == role for _, _, resolved, found_role in found)
