"""Who a speaker addresses is neither their role nor their name:

- `ودعا المهندس الحربي، المواطنين إلى …`: a plural noun after one person's name and a comma is whom the appeal is made
  to, not a title in apposition (`سامي العتيبي وفهد القحطاني، الباحثان في المركز`: a dual after two names is their
  title). The role is then the one the text gave the person before (`مدير البلدية المهندس`), not the rank and family
  name the quote names him by.
- `علي بن أبي طالب`: أبي (the genitive of أبو) links a name to the father's, like بن and أبو; the word after it is the
  father's name, never the reporting verb طالب ("demanded").

Each sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/names_and_whom_they_address.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "names_and_whom_they_address.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "addressed-1",
            [
                ("وأوضح", "خالد الحربي", "خالد الحربي", "مدير البلدية المهندس"),
                ("ودعا", "المهندس الحربي", "خالد الحربي", "مدير البلدية المهندس"),
            ],
        ),
        ("addressed-2", [("وقال", "سامي العتيبي وفهد القحطاني", "سامي العتيبي وفهد القحطاني", "الباحثان في المركز")]),
        ("addressed-3", [("وطالب", "سعد الشهري", "سعد الشهري", "رئيس النادي")]),
    ],
)
def test_a_plural_after_one_persons_name_is_whom_they_address(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected


def test_a_mosque_named_after_ali_bin_abi_talib_reports_nothing(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert extractor.extract_parsed(documents["father-abi-1"]) == []


def test_the_fathers_name_after_abi_is_no_cue(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert [quote.cue.text for quote in extractor.extract_parsed(documents["father-abi-2"])] == ["وأكد"]
