"""Brackets and acronyms around a speaker: a name in brackets after a campaign is the campaign's (`حملة (الماء صديق أم
عدو)`: صديق is no person), and the periods of an acronym (`بي.بي.سي`) end no sentence, so the quotation after it
stays with its cue. Each sentence was written for the test, after an error seen on SaudiNewsNet articles that are in
neither gold set.

tests/data/news/brackets_and_acronyms.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "news" / "brackets_and_acronyms.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


def quotes(extractor: Extractor, document: ParsedDocument) -> list[tuple[str, str, str | None, str | None]]:
    """(type, cue, speaker, role) of every quote, in text order."""
    found = extractor.extract_parsed(document)
    return [(q.type, q.cue.text, q.speaker.text if q.speaker else None, q.role.text if q.role else None) for q in found]


def test_a_name_in_brackets_after_a_campaign_is_no_speaker(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert quotes(extractor, documents["campaign-name-in-parentheses"]) == [
        ("indirect", "ودعت", "حملة (الماء صديق أم عدو)", None),
    ]


def test_the_quotation_after_an_acronym_in_brackets_is_found(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    # وقال ماركو سيلفا لهيئة الإذاعة البريطانية (بي.بي.سي) “…”: one sentence, the acronym whole
    document = documents["addressee-in-parentheses"]
    assert len(document.sentences) == 1
    assert quotes(extractor, document) == [("direct", "وقال", "ماركو سيلفا", None)]
