"""A title alone (`وقال المدير الفني الإيطالي`، `وقال مدير عام إدارة شؤون البلديات`) after the text named the person who
holds it is that person: `speaker_resolved` is their name. The bare title never becomes the person's fullest mention
(it names no one: the name stays the canonical one even where the title has more words), and a title's genitive
matches the holder's title also where that wrote it with لـ (`الإدارة العامة لشؤون البلديات`). Each sentence was
written for the test (invented names and content), after records seen on SaudiNewsNet articles outside the gold sets.

tests/data/entities/held_titles.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "held_titles.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "held-titles-1",
            [
                ("قال", "ماركو روسي", "ماركو روسي", "المدرب الإيطالي"),
                ("وقال", "المدير الفني الإيطالي", "ماركو روسي", "المدير الفني الإيطالي"),
            ],
        ),
        (
            "held-titles-2",
            [
                ("وأوضح", "فهد الغامدي", "فهد الغامدي", "مدير عام الإدارة العامة لشؤون البلديات"),
                ("وقال", "مدير عام إدارة شؤون البلديات", "فهد الغامدي", "مدير عام إدارة شؤون البلديات"),
            ],
        ),
    ],
)
def test_a_title_alone_is_the_person_named_with_it_before(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected
