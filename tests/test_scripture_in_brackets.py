"""A verse or a saying in brackets after its source, with no colon, and God and the Prophet as its speakers.

`وقال تعالى (يا أيها الذين آمنوا …)`، `قال - صلى الله عليه وسلم - (لا تتخذوا …)`، `قال الله عز وجل {ومن أظلم …}`:
speech in brackets was read only after a colon. Right after the cue and, with no colon, the source it quotes (God or
the Prophet: rules/lexicons/scripture_sources.tsv) or the prayer said after the Prophet's name (prayer_formulas.tsv,
column prophet), what parentheses, braces or the Quran's ornate parentheses hold is the quotation
(`quotes.drafts.content`). God named by an epithet alone, and the Prophet named by the prayer alone, speak for the
document's mention of them (`quotes.attribution.scripture`); the person quoting them goes on speaking after them. A
parenthesis after a subject that is no source of scripture is an aside, not speech.

Sentences written for the test (invented content), after read-set records; tests/data/entities/
scripture_in_brackets.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_found, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("scripture_in_brackets")


def test_a_saying_and_a_verse_after_their_sources(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    document = documents["saying-and-verse"]
    found = {quote[1]: quote for quote in quotes_found(extractor, document)}
    assert found["قال"] == ("direct", "قال", None, "لا تتخذوا قبري عيدا")
    assert found["وقال"] == ("direct", "وقال", "تعالى", "ولا تسبوا الذين يدعون من دون الله")
    spoken = {source[0]: source for source in sources(extractor, document)}
    assert spoken["قال"] == ("قال", None, "الرسول", None)
    assert spoken["وقال"] == ("وقال", "تعالى", "الله", None)
    assert spoken["وأضاف"] == ("وأضاف", "العمري", "صالح العمري", None)


def test_a_verse_in_braces_without_its_braces(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    verse = quotes_found(extractor, documents["verse-in-braces"])[-1]
    assert verse == ("direct", "قال", "الله عز وجل", "ومن أظلم ممن منع مساجد الله أن يذكر فيها اسمه")


def test_an_aside_in_parentheses_is_no_speech(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert quotes_found(extractor, documents["aside-in-parentheses"]) == [
        ("indirect", "وقال", "المدير الجديد", "إن العمل في المشروع مستمر")
    ]
