"""A subheading run into the next sentence (`أجواء العيد يقول خالد العمري -معلم-: …`, common in SaudiNewsNet features
where the subheading line has no full stop) is no speaker: when the parse makes both the phrase before the verb and
the name after it subjects, the name speaks. A phrase before the verb that names someone (a title, a name, a body)
stays the subject (`المهندس المسؤول عن المشروع سامي الدوسري أخبر الصحيفة أن …`: the newspaper after the verb is
whom he told). Each sentence was written for the test (invented names and content), after records seen on
SaudiNewsNet articles outside the gold sets.

tests/data/entities/headings_before_the_cue.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "headings_before_the_cue.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        # أجواء العيد يقول خالد العمري -معلم-: …; the role between dashes is his (tests/test_role_between_dashes.py)
        ("heading-1", [("يقول", "خالد العمري", "خالد العمري", "معلم")]),
        ("heading-2", [("تقول", "نورة السبيعي", "نورة السبيعي", None)]),  # فرحة الأطفال تقول نورة السبيعي: …
    ],
)
def test_a_heading_before_the_verb_is_no_speaker(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected


def test_a_title_before_the_verb_stays_its_subject(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["heading-3"]) == [
        ("أخبر", "سامي الدوسري", "سامي الدوسري", "المهندس المسؤول عن المشروع")
    ]
