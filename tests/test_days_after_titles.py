"""`قال فلان رئيس الاتحاد الإيطالي لكرة السلة الخميس إن …`: the day after a title says when the person spoke; it ends
the title written right after the name, whatever the parse hung it on (`quotes.speakers.roles`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/days_after_titles.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("days_after_titles")


@pytest.mark.parametrize(
    ("doc_id", "name", "role"),
    [
        ("federation-president-on-thursday", "ماركو روسي", "رئيس الاتحاد الإيطالي لكرة السلة"),
        ("club-president-on-wednesday", "فيصل العنزي", "رئيس النادي"),
    ],
)
def test_the_day_is_no_part_of_the_title(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, name: str, role: str
) -> None:
    [(_, speaker, resolved, found_role)] = sources(extractor, documents[doc_id])
    assert (speaker, resolved, found_role) == (name, name, role)
