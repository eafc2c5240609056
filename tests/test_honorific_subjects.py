"""An honorific as the subject of a cue (`وأكد معاليه أن …`، `وأوضح سموه أن …`) is the person it honours.

- The tokenizer splits the honorific's pronoun off (معالي + ه, سمو + ه): the anaphor is still found, as the text writes
  it, and takes the person named before it (the speaker is no longer `معاليه` resolved to itself).
- After a quotation that names another person (`خادم الحرمين الشريفين الملك سلمان …` inside the minister's words),
  the honorific is the person quoted last, not the latest one named.

The sentences were written for the test (invented names), after errors seen on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/honorific_subjects.conllu holds the parses (bundled model, entity tagger on); no
model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "honorific_subjects.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def test_a_split_honorific_is_the_minister_named_before(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # معاليه was once resolved to itself, with no role
    assert sources(extractor, documents["honorific-1"])[-1] == (
        "وأكد",
        "معاليه",
        "سالم بن ناصر الراشد",
        "وزير الشؤون الإسلامية الدكتور",
    )


def test_a_split_honorific_is_the_prince_named_before(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["honorific-2"]) == [("وأوضح", "سموه", "فهد بن سلطان", "أمير المنطقة الشرقية")]


def test_an_honorific_is_the_person_quoted_not_the_king_the_quotation_named(
    extractor: Extractor, documents: dict[str, ParsedDocument]
) -> None:
    # once the split anaphor was found, it took سلمان بن عبدالعزيز آل سعود, named last, inside the minister's words
    assert sources(extractor, documents["honorific-3"])[-1] == ("وأكد", "معاليه", "ماجد بن عبدالله الحقيل", "وزير النقل الدكتور")
