"""`بالتعاون مع الهيئة السعودية للسياحة تنفيذاً للمذكرة …`: a word written with the tanween of the indefinite accusative
(تنفيذاً، استجابةً، تفعيلاً) after a body's name is an adverbial of the clause, never a word of the name; the body quoted
later by its bare head (`الهيئة`، `الجمعية`) resolves to the name without it (`quotes.mentions.organisations`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/bodies_before_an_accusative.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor


@pytest.mark.parametrize(
    ("doc_id", "body"),
    [("in-execution-of", "الهيئة السعودية للسياحة"), ("in-response-to", "جمعية الأطباء الخليجية")],
)
def test_the_body_is_named_without_the_adverbial(extractor: Extractor, doc_id: str, body: str) -> None:
    [(_, _, resolved, _)] = sources(extractor, entity_parses("bodies_before_an_accusative")[doc_id])
    assert resolved == body
