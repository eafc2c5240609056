"""`وقال فلان، المشرف على معرض الكتاب والذي يعد الأكبر في المنطقة، إن …`: a relative clause ends the role set off
after a name, with و before its pronoun or without it; the clause says something of the fair or the centre (or of
the person), not what the person is. A mention or role as a record shows it ends before `الذي`، `التي` … and before
`والذي`، `والتي` alike (`quotes.coreference.spans.MENTION_END`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/roles_before_relative_clauses.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("roles_before_relative_clauses")


def test_the_supervisors_role_ends_before_waw_alladhi(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["supervisor-and-fair"]) == [
        ("وقال", "خالد فهد العمري", "خالد فهد العمري", "المشرف على معرض الكتاب")
    ]


@pytest.mark.parametrize("doc_id", ["director-and-centre", "director-and-centre-without-and"])
def test_the_directors_role_ends_before_the_relative_pronoun(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str
) -> None:
    assert sources(extractor, documents[doc_id]) == [("وأوضحت", "نورة سعد القحطاني", "نورة سعد القحطاني", "مديرة مركز التدريب")]
