"""`واتفق رئيس الوزراء الإيطالي فلان والرئيس الألماني فلان على …`، later `من جهته، أشار رينزي إلى أن …`: the first
leader's surname resolves to his own full name, not to the second leader named after a و and a title of his own. A
person's name is no descriptor that the next title goes on describing (`القيادي في التيار | وعضو مجلس النواب فلان`),
whether or not the entity tagger found the whole name (`quotes.attribution.name_in_phrase`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/leaders_named_together.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("leaders_named_together")


@pytest.mark.parametrize(
    ("doc_id", "surname", "name", "role"),
    [
        ("two-leaders-agreed", "رينزي", "ماتيو رينزي", "رئيس الوزراء الإيطالي"),
        ("two-leaders-agreed-name-untagged", "تسيبراس", "ألكسيس تسيبراس", "رئيس الوزراء اليوناني"),
    ],
)
def test_the_first_leader_keeps_his_name(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, surname: str, name: str, role: str
) -> None:
    last = sources(extractor, documents[doc_id])[-1]
    assert last == ("أشار", surname, name, role)


def test_the_second_leader_keeps_his(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    first = sources(extractor, documents["two-leaders-agreed"])[0]
    assert first == ("وقال", "غاوك", "يواخيم غاوك", "الرئيس الألماني")
