"""`خريج`/`خريجة` ("graduate of …") after a name is the speaker's description, like `طالب`: it ends the name and is the
role (`أكد سلمان خالد الدوسري خريج كلية الهندسة بجامعة الملك فهد: أن …`), where the name ran on into it.
rules/lexicons/role_nouns.tsv lists both as jobs. Each sentence was written for the test (invented names and content),
after a record seen on a SaudiNewsNet article outside the gold sets.

tests/data/entities/graduates.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "graduates.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("graduate-1", [("أكد", "سلمان خالد الدوسري", "سلمان خالد الدوسري", "خريج كلية الهندسة بجامعة الملك فهد")]),
        ("graduate-2", [("وقالت", "نورة سعد العنزي", "نورة سعد العنزي", "خريجة قسم الإعلام")]),
    ],
)
def test_a_graduate_is_described_not_named_by_the_college(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected
