"""A body named right after a verb of appeal, and an according-to marker after a body's name:

- `ودعا وكالة التنمية الدولية إلى …`، `وطالب وزارة التجارة بـ …`: a verb before its subject agrees with it in
  gender; a masculine verb of appeal followed by a body whose head noun is feminine (وكالة، وزارة) calls on that
  body. The body is the addressee, not the speaker (who is the person named before), and the content starts after
  إلى (the spec's settled case) or at بـ, not at the body. `ودعت الوزارة …` (a feminine verb) is the body's own appeal.
- `وأكدت وزارة الصحة الأردنية وفقا لوكالة الأنباء الأردنية …`: the marker ends the ministry's name; the agency
  through which the news came is no part of it.

Each sentence was written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/bodies_as_objects_and_markers.conllu holds the parses (bundled model,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "bodies_as_objects_and_markers.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "appeal-1",
            [
                ("وقال", "فهد الشامي", "فهد الشامي", "وزير الزراعة اليمني"),
                ("ودعا", None, "فهد الشامي", "وزير الزراعة اليمني"),
            ],
        ),
        (
            "appeal-2",
            [
                ("أكد", "سامي المهيري", "سامي المهيري", "رئيس اتحاد الغرف التجارية"),
                ("وطالب", None, "سامي المهيري", "رئيس اتحاد الغرف التجارية"),
            ],
        ),
        (
            "appeal-3",
            [("وقالت", "وزارة المياه", "وزارة المياه", None), ("ودعت", "الوزارة", "وزارة المياه", None)],
        ),
    ],
)
def test_a_masculine_verb_of_appeal_calls_on_the_feminine_body_after_it(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected


@pytest.mark.parametrize(
    ("doc_id", "content"),
    [
        ("appeal-1", "تقديم الدعم العاجل للمزارعين في المحافظات المتضررة"),
        ("appeal-2", "بمراقبة الأسواق خلال شهر رمضان"),
    ],
)
def test_the_content_of_the_appeal_leaves_the_body_out(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, content: str
) -> None:
    assert extractor.extract_parsed(documents[doc_id])[-1].content.text == content


def test_an_according_to_marker_ends_the_name_of_the_body_before_it(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    [quote], table = extractor.extract_with_entities(documents["marker-1"])
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == "وزارة الصحة الأردنية"
    assert "وزارة الصحة الأردنية" in [entity.canonical.text for entity in table.entities]
