"""A reporting verb whose أن clause comes first and a later participle's quotation after it: `وأوضح المدير أن الشركة
على علم بالشكاوى …، مؤكداً أنه «لا نقبل بأي تقصير»`. The verb's speech opens at the first أن (the parser may hang
that clause elsewhere, here on the participle); the quotation after the second أن is the participle's. It was read as
the verb's speech too, a copy of the participle's, and the verb's own quote was lost; where the parse holds the
verb's clause (the other two), both quotes were found before and still are.

Each sentence was written for the test (invented names and content), after a record seen on a SaudiNewsNet article
annotated in session 31 outside the gold sets. tests/data/entities/first_complementizer_before_a_quotation.conllu
holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "first_complementizer_before_a_quotation.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "first-complementizer-1",
            [
                ("indirect", "وأوضح", "المدير", "أن الشركة على علم بالشكاوى في جدة حول التأخير"),
                ("mixed", "مؤكداً", None, "أنه «لا نقبل بأي تقصير»"),
                ("indirect", "وأشار", None, "أن الخطة جاهزة"),
            ],
        ),
        (
            "first-complementizer-2",
            [
                ("indirect", "وذكر", "المتحدث", "أن الوزارة على اطلاع بالتقارير حول الحادث"),
                ("mixed", "موضحاً", None, "أن «التحقيق سيستمر حتى النهاية»"),
            ],
        ),
        (
            "first-complementizer-3",
            [
                ("indirect", "وبين", "رئيس اللجنة", "أن الأعضاء على تواصل مع الأهالي"),
                ("mixed", "مشيراً", None, "أن «المشروع سينتهي قريباً»"),
            ],
        ),
    ],
)
def test_the_verbs_speech_opens_at_the_first_complementizer(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, str, str | None, str]]
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == expected
