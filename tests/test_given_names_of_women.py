"""Women's given names the lexicon lacked (`رشا`، `ميرفت`، `نيرمين`، `شيرين` … in rules/lexicons/given_names.tsv) start
the name after a title (`وقالت الطالبة رشا محمد العتيبي إنها …`): without them the given name went into the role
(`الطالبة رشا`) and the speaker began at the father's name. Names that are also common words or places here
(`إلهام` inspiration, `هيا` come on, `سلوى` the border crossing) stay out. Each sentence was written for the test
(invented names and content), after records seen on SaudiNewsNet articles outside the gold sets.

tests/data/entities/given_names_of_women.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "given_names_of_women.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("women-names-1", [("وقالت", "رشا محمد العتيبي", "رشا محمد العتيبي", "الطالبة")]),
        ("women-names-2", [("وأكدت", "ميرفت خالد الشهري", "ميرفت خالد الشهري", "الإعلامية")]),
    ],
)
def test_a_womans_given_name_after_her_title_starts_her_name(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected
