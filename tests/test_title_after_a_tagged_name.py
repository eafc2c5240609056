"""`وأوضح العميد سالم بن محمد الدوسري الوكيل المساعد لشؤون المنافذ أن …`: where the entity tagger runs a person's name
on into the definite title after it (`… الدوسري الوكيل`), the title is no part of the name: after a family name (one
with the article, or a name that is no given name) it starts the person's role, which the job gives rather than the
rank before the name (`العميد`; tests/test_roles_beside_titles.py). After a given name the title word
is the family name itself (`عبدالله محمد القاضي`) and stays.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/title_after_a_tagged_name.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "title_after_a_tagged_name.conllu"


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("tail-1", [("وأوضح", "سالم بن محمد الدوسري", "سالم بن محمد الدوسري", "الوكيل المساعد لشؤون المنافذ")]),
        ("tail-2", [("وقال", "فهد بن علي المطيري", "فهد بن علي المطيري", "الوكيل المساعد للشؤون الفنية")]),
    ],
)
def test_title_after_a_tagged_name_is_no_part_of_it(
    extractor: Extractor, doc_id: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert sources(extractor, documents_by_id(PARSES)[doc_id]) == expected


def test_a_title_word_after_a_given_name_is_the_family_name(extractor: Extractor) -> None:
    (quote,) = extractor.extract_parsed(documents_by_id(PARSES)["tail-3"])
    assert quote.speaker_resolved is not None
    assert quote.speaker_resolved.text == "عبدالله محمد القاضي"
