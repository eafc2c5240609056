"""In a dialogue, the one spoken to answers.

`قال ابن فلان لرسول الله صلى الله عليه وسلم: "…"، فقال "لا تغضب"، فأعدت فقال: "لا تغضب"`: each `فقال` without a
subject went on with the person named last, who asked. A verb of saying written with ف and with no subject of its
own after it (`rules/lexicons/questions.tsv`, kind `turn`), after a verb of saying in its sentence that has a subject
and is said to someone (its ل or إلى phrase before the colon or quotation mark, however the parse hung it; a prayer
between dashes may come first), speaks for the one spoken to (`quotes.coreference.questions.one_spoken_to`), whose
name ends before the prayer after it. What is said to a paper (`لـ"الرياض"`) is answered by no paper.

Sentences written for the test (invented content), after a read-set record; tests/data/entities/dialogue_turns.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("dialogue_turns")


def test_the_sage_answers_the_young_man(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    found = sources(extractor, documents["young-man-and-sage"])
    asked, *answers = [source for source in found if source[0] in ("قال", "فقال")]
    assert asked[2] == "الشاب"
    # (the sage as written, للحكيم: the tokenizer leaves ل and the article's ل as one written word)
    assert len(answers) == 2 and all(answer[1] is None and answer[2].endswith("حكيم") for answer in answers)


def test_the_prophet_answers_his_companion(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["companion-and-prophet"]) == [
        ("قال", "أبو سعيد", "أبو سعيد", None),
        ("فقال", None, "رسول الله", None),
    ]


def test_a_paper_spoken_to_answers_nothing(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert [source[2] for source in sources(extractor, documents["minister-to-the-paper"])] == ["سالم الحربي", "سالم الحربي"]
