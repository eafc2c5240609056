"""A bare title's mention ends before the verb's object: a word with the article governs no genitive.

`ومنح المدير العام جائزة للموظفين` names the director, who gives a prize: the TITLE mention is `المدير العام`, not
`المدير العام جائزة`, so that a later `وقال المدير العام` is the same entity (`quotes.mentions.titles`). A second
title in apposition goes on (`وزير العدل رئيس المجلس الأعلى للقضاء`: one man's two offices), and a statement the
title's holder issued still speaks for them (`وأصدر المراقب العام بيانا أكد أنه …`).

Sentences written for the test (invented content), after the shape of TITLE mentions seen on SaudiNewsNet articles
outside the gold sets; tests/data/entities/titles_before_objects.conllu holds their parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import canonical_names, entity_parses, quotes_resolved
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("titles_before_objects")


def test_the_title_before_the_object_is_the_one_quoted_later(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["object-after-a-title"]
    _, table = extractor.extract_with_entities(document)
    (director,) = [entity for entity in table if entity.type == "PER"]
    assert director.canonical.text == "المدير العام"
    assert [mention.span.text for mention in director.mentions] == ["المدير العام", "المدير العام"]


def test_a_second_title_in_apposition_goes_on(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["two-titles-in-apposition"]
    assert canonical_names(extractor, document, "PER")[0] == "وزير العدل رئيس المجلس الأعلى للقضاء"


def test_the_statement_speaks_for_the_title_that_issued_it(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    ((kind, cue, speaker, _),) = quotes_resolved(extractor, documents["statement-after-a-title"])
    assert (kind, cue, speaker) == ("indirect", "أكد", "المراقب العام")
    assert "المراقب العام" in canonical_names(extractor, documents["statement-after-a-title"], "PER")


@pytest.mark.parametrize("doc_id", ["object-after-a-title", "two-titles-in-apposition", "statement-after-a-title"])
def test_no_title_mention_runs_into_a_word_without_the_article(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str
) -> None:
    titles = [m.span.text for m in extractor.mentions(documents[doc_id]) if m.kind == "TITLE"]
    assert not any(text.endswith(("جائزة", "بيانا")) for text in titles)
