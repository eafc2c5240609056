"""Two bodies joined by و are two organisation mentions; a و inside one body's name joins its fields.

`وأوضحت وزارة الصحة ومنظمة الصحة العالمية أن …`: the organisation finder read one name running over the و into the
second body. A و before a body's head (rules/lexicons/organisation_anaphors.tsv, column `head`) starts another body
(`quotes.mentions.organisations`); `وزارة التجارة والصناعة` is one ministry of two fields.

Sentences written for the test (invented content), after the shape of mentions seen on SaudiNewsNet articles outside
the gold sets; tests/data/entities/bodies_joined_by_and.conllu holds their parses (bundled model, entity tagger on); no
model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("bodies_joined_by_and")


def bodies(extractor: Extractor, document: ParsedDocument) -> list[str]:
    return [mention.span.text for mention in extractor.mentions(document) if mention.kind == "ORG"]


@pytest.mark.parametrize(
    ("doc_id", "first", "second"),
    [("ministry-and-organisation", "وزارة الصحة", "منظمة الصحة العالمية"), ("two-councils", "مجلس الوزراء", "مجلس الشورى")],
)
def test_a_waw_before_a_bodys_head_starts_another_body(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, first: str, second: str
) -> None:
    found = bodies(extractor, documents[doc_id])
    assert first in found
    assert not any(name.startswith(first + " و") for name in found)
    assert any(name.endswith(second) for name in found)


def test_a_waw_between_the_fields_of_one_name_stays(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert "وزارة التجارة والصناعة" in bodies(extractor, documents["one-ministry-of-two-fields"])
