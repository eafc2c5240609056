"""`وحسب الرميلي، فإن …` after `كشف بوزيد الرميلي …`: after an ambiguous according-to marker (حسب، وفق) a surname alone
is a source where the document writes it as a proper noun elsewhere, also when the entity tagger found no person there
and the parser calls this occurrence a common noun (`quotes.drafts.according_to._names_a_source_for`,
`DocumentContext.proper_noun_words`); a marker that closes the same clause again (`…، على حد قوله`) is no second quote,
whose content would take in the first marker (`quotes.drafts.overlaps`). A word the document never writes as a name
after the marker (`وحسب الخطة`) is no source.

Sentences written for the test (invented content), after an unseen SaudiNewsNet article;
tests/data/entities/according_to_a_surname_alone.conllu holds their parses (bundled model, **entity tagger off**: the
article's tagger found no person in the name).
"""

from __future__ import annotations

from conftest import entity_parses, quotes_spoken
from quotes.api import Extractor

DOCUMENTS = entity_parses("according_to_a_surname_alone")


def _found(extractor: Extractor, doc_id: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return quotes_spoken(extractor, DOCUMENTS[doc_id])


def test_a_surname_named_before_is_the_source_of_according_to(extractor: Extractor) -> None:
    assert _found(extractor, "named-before-then-according-to")[1:] == [
        ("according_to", "وحسب", "الرميلي", "بوزيد الرميلي", "فإن المشاورات ستتوسع لتشمل مختلف الأطياف السياسية")
    ]


def test_as_he_put_it_after_the_clause_makes_no_second_quote(extractor: Extractor) -> None:
    assert _found(extractor, "according-to-then-as-he-put-it")[1:] == [
        (
            "according_to",
            "وحسب",
            "الرميلي",
            "بوزيد الرميلي",
            "فإن المشاورات ستتوسع لتشمل مختلف الأطياف السياسية، وأنها لن تقتصر على الأحزاب الحاكمة",
        )
    ]


def test_according_to_the_plan_names_no_source(extractor: Extractor) -> None:
    assert _found(extractor, "according-to-the-plan") == []
