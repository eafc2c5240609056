"""A family name written with the article ends before the verb's object.

`وتفقد المهندس الغامدي سير الاختبارات …، مؤكدا أن …`: the participle speaks for the engineer the main verb names; his
name was read on into the object (`الغامدي سير`), since any word could follow a name's first word. That holds after a
given name (`محمد عبده`), not after a family name with ال: after one, only another name or a word with ال goes on
(`quotes.speakers.words.name_like`).

Sentences written for the test (invented content), after a speaker seen while testing a road's name; tests/data/
entities/family_names_before_objects.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("family_names_before_objects")


@pytest.mark.parametrize(
    ("doc_id", "name"),
    [("followed-the-exams", "الغامدي"), ("inspected-the-works", "العتيبي"), ("given-name-and-family-name", "سعد الحربي")],
)
def test_the_name_ends_before_the_object(extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, name: str) -> None:
    [(_, speaker, resolved, role)] = sources(extractor, documents[doc_id])
    assert (speaker, resolved, role) == (None, name, "المهندس")
