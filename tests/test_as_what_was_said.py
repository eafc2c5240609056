"""A source named after its content by "as" and a reporting verb (the spec's according-to markers that a verb
follows: `حسبما ذكرت الوكالة`):

- `…، على ما أفاد مسؤول في الدفاع المدني`: after a comma, على ما ("as what") and a reporting verb name the source of
  the clause before them, like حسبما. The parser hangs the source on the verb as its object, so no verb rule found
  it (`…، على ما أعلنت وزارة الداخلية في بيان` gave the words after the verb as the content). Without the comma
  على ما is the complement of the word before it (`حصل على ما يريد`، `تعليقا على ما ذكرته الصحيفة`): no quote.
- `… حسبما يقول المتعاملون`: the parser may tag حسبما an adjective, the object of the clause's verb with the
  reporting verb its conjunct, or the verb's adverb; the verb right after the marker is still its own.

Each sentence was written for the test (invented content), after records missed on SaudiNewsNet articles outside
the gold sets. tests/data/entities/as_what_was_said.conllu holds the parses (bundled model, entity tagger on); no
model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, quotes_found
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "as_what_was_said.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)



@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "as-what-1",
            [("according_to", "على", "مسؤول في الدفاع المدني", "ارتفع عدد ضحايا السيول في جنوب البلاد إلى 23 شخصا")],
        ),
        (
            "as-what-2",
            [
                (
                    "according_to",
                    "على",
                    "وزارة الداخلية",
                    "أغلقت السلطات المعبر الحدودي لساعات بعد تبادل لإطلاق النار",
                )
            ],
        ),
        (
            "as-what-5",
            [
                (
                    "according_to",
                    "حسبما",
                    "المتعاملون",
                    "وتراجعت أسعار النفط في الأسواق العالمية بسبب وفرة المعروض",
                )
            ],
        ),
        (
            "as-what-6",
            [
                (
                    "according_to",
                    "حسبما",
                    "الاقتصاديون",
                    "وسيبقى سعر الفائدة دون تغيير حتى نهاية العام الحالي",
                )
            ],
        ),
    ],
)
def test_a_source_named_after_its_clause_by_as_and_a_reporting_verb(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == expected


@pytest.mark.parametrize("doc_id", ["as-what-3", "as-what-4"])
def test_ala_ma_without_a_comma_is_a_complement_not_a_source(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str
) -> None:
    assert quotes_found(extractor, documents[doc_id]) == []
