"""A nationality before a name (`توقع الإيطالي روبرتو مانشيني المدرب الجديد لنادي إنتر ميلان أن …`, `وقال الفرنسي هيرفي
رينارد مدرب المنتخب المغربي إن …`) says where the speaker is from: it is neither part of his name nor his title, even
where the parse heads the phrase with it (the name hung under the adjective) or tags it a name in the name's `flat`
chain. The speaker and his fullest name are the name; his role is the title after it. Each sentence was written for
the test (invented content), after records seen on SaudiNewsNet articles outside the gold sets.

tests/data/entities/nationalities_before_names.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "nationalities_before_names.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        # the parse tags الإيطالي a proper noun heading the name's flat chain
        ("nationality-1", [("توقع", "روبرتو مانشيني", "روبرتو مانشيني", "المدرب الجديد لنادي إنتر ميلان")]),
        # the parse makes الفرنسي the subject and hangs the name under it
        ("nationality-2", [("وقال", "هيرفي رينارد", "هيرفي رينارد", "مدرب المنتخب المغربي")]),
    ],
)
def test_a_nationality_before_the_name_is_neither_name_nor_title(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected
