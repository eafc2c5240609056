"""A name in quotation marks right after the cue, then the person's title, then the colon or complementizer that opens
the speech (`وقال “مارك هولدن” المدير التنفيذي للعمليات بالشركة: إن …`، `ويرى "سامر الحوراني" خبير الطاقة … أن …`): the
quoted name is the speaker, not a direct quote, and the title between it and the speech is the role. Each sentence
was written for the test (invented names and content), after records seen on a SaudiNewsNet article outside the gold
sets.

tests/data/entities/quoted_names_with_titles.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "quoted_names_with_titles.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("quoted-names-titled-1", [("وقال", "مارك هولدن", "مارك هولدن", "المدير التنفيذي للعمليات بالشركة")]),
        ("quoted-names-titled-2", [("ويرى", "سامر الحوراني", "سامر الحوراني", "خبير الطاقة المتجددة في جامعة اليرموك")]),
    ],
)
def test_a_quoted_name_with_its_title_is_the_speaker(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: list[tuple[str, ...]]
) -> None:
    assert sources(extractor, documents[doc_id]) == expected
