"""`ركن` ("staff") after a military rank (`اللواء ركن`، `العميد ركن`) qualifies the rank: it belongs to the role, not to
the name after it, even where the tagger reads the rank and ركن as proper nouns in the name's chain (`أشار عضو مجلس
الشورى اللواء ركن سالم الشمري، إلى أن …`). rules/lexicons/role_nouns.tsv lists ركن as a rank; a rank never opens a
name. Each sentence was written for the test (invented names and content), after records seen on a SaudiNewsNet
article outside the gold sets.

tests/data/entities/staff_ranks.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "staff_ranks.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("staff-rank-1", [("أشار", "سالم الشمري", "سالم الشمري", "عضو مجلس الشورى اللواء ركن")]),
        ("staff-rank-2", [("وقال", "ناصر القحطاني", "ناصر القحطاني", "قائد المنطقة العميد ركن")]),
    ],
)
def test_staff_after_a_rank_is_part_of_the_role(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected
