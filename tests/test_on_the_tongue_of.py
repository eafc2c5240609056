"""`على لسان` ("on the tongue of"): a body that speaks through a person (`وأكدت وزارة الصحة على لسان المتحدث الرسمي
باسمها الدكتور سعد الفهيد أن …`) is quoted as that person, whose role is his own title, not the body and the marker
before it; and a marker that stands between a quote's cue and its content (`يقول الروائي على لسان بطله لصديقه: «…»`)
belongs to that quote: no record of its own, and no transmitter for the next quote. Each sentence was written for the
test (invented names), after the shapes seen on SaudiNewsNet articles outside the gold sets.

tests/data/entities/on_the_tongue_of.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "on_the_tongue_of.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("tongue-role-1", [("وأكدت", "سعد الفهيد", "سعد الفهيد", "المتحدث الرسمي باسمها الدكتور")]),
        ("tongue-role-2", [("ونفت", "خالد الشهري", "خالد الشهري", "مديرها العام")]),
        (
            "tongue-between-2",
            [("وأكدت", "فهد العنزي", "فهد العنزي", "متحدثها الرسمي"), ("وأضاف", "المتحدث", "فهد العنزي", "المتحدث")],
        ),
    ],
)
def test_a_body_speaking_through_a_person_is_quoted_as_the_person_with_his_own_title(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    # وأكدت وزارة الصحة على لسان المتحدث الرسمي باسمها الدكتور سعد الفهيد أن الحالات المسجلة مستقرة.
    assert sources(extractor, documents[doc_id]) == expected


def test_a_marker_between_the_cue_and_the_content_belongs_to_the_quote(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # يقول الروائي على لسان بطله لصديقه القديم: «…»، ويقول الشاعر: «…».
    quotes = extractor.extract_parsed(documents["tongue-between"])
    assert [(q.type, q.cue.text, q.speaker and q.speaker.text, q.via) for q in quotes] == [
        ("direct", "يقول", "الروائي", None),
        ("direct", "ويقول", "الشاعر", None),
    ]
