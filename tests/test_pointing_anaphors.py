"""A demonstrative before a definite noun (`وقال هذا المصدر الأمني`، `وأوضحت هذه الهيئة`) or an emphatic pronoun after
it (`وتابع المصدر نفسه`) points back at the source the text named before: `speaker_resolved` is that source's fullest
mention (`مصدر أمني عراقي`، `هيئة الطيران المدني`), not the pointing phrase, which names no one new. Each sentence was
written for the test (invented content), after records seen on SaudiNewsNet articles outside the gold sets.

tests/data/entities/pointing_anaphors.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.coreference import pointed_mention
from quotes.graph import ParsedDocument
from quotes.model import Span

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "pointing_anaphors.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "pointing-1",
            [
                ("أفاد", "مصدر أمني عراقي", "مصدر أمني عراقي", None),
                ("وقال", "هذا المصدر الأمني", "مصدر أمني عراقي", None),
            ],
        ),
        (
            "pointing-2",
            [
                ("وذكرت", "هيئة الطيران المدني", "هيئة الطيران المدني", None),
                ("وأوضحت", "هذه الهيئة", "هيئة الطيران المدني", None),
            ],
        ),
    ],
)
def test_a_pointing_phrase_is_the_source_named_before(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected


@pytest.mark.parametrize(
    ("phrase", "pointed"),
    [
        ("هذا المصدر العسكري", "المصدر العسكري"),
        ("المصادر نفسها", "المصادر"),
        ("المتحدث ذاته", "المتحدث"),
        ("وزير الخارجية نفسه", "وزير الخارجية"),
        ("هذه أداة", None),  # no definite noun: nothing named before to point at
        ("مصدر أمني", None),
    ],
)
def test_the_phrase_a_mention_points_with(phrase: str, pointed: str | None) -> None:
    found = pointed_mention(Span(phrase, 100, 100 + len(phrase)))
    assert (found.text if found is not None else None) == pointed
    if found is not None:
        assert phrase[found.start - 100 : found.end - 100] == found.text
