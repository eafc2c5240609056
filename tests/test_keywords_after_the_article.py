"""The keywords a news site lists after the article (`… خمس مراحل. سمات بيتوركا منصور البلوي مونتاري نايف هزازي`)
name no one: the names listed run together, and `بيتوركا منصور البلوي` must not become the fullest mention of
`منصور البلوي` (issue 10; spec: speaker_resolved is the fullest mention of the same source in the document's text).

SaudiNewsNet's 3alyoum articles end so (about 7% of unseen articles). A list opened by a word of
rules/lexicons/tag_lines.tsv (سمات) after the last sentence's end, with no mark among its words, is where the mention
finders read no mention and the resolver takes no name chain (speakers.words.tag_line_start); a سمات inside a sentence
(`إن سمات المرحلة …`) opens none.

The sentences were written for the test (invented names and content). tests/data/entities/
keywords_after_the_article.conllu holds the document parsed by the bundled model (`…-shipped`) and by the step-1,800
parser of MODEL.md's session 10 (`…-pud-style`) with `quotes parse` (entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor
from quotes.speakers.words import tag_line_start

DOCUMENTS = entity_parses("keywords_after_the_article")


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_the_names_in_the_keywords_are_no_fuller_mention(extractor: Extractor, style: str) -> None:
    name, title = "منصور الخالدي", "المشرف على فريق الكرة بنادي الوحدة"
    assert sources(extractor, DOCUMENTS[f"tags-1-{style}"]) == [("أكد", name, name, title), ("وقال", "الخالدي", name, title)]


def test_where_the_keywords_start() -> None:
    text = "وقال إن العمل يسير وفق خمس مراحل. سمات ريكاردو منصور الخالدي سالم العنزي"
    assert text[tag_line_start(text) :] == "سمات ريكاردو منصور الخالدي سالم العنزي"


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن سمات المرحلة المقبلة واضحة",  # the word inside a sentence: "features"
        "وقال إن العمل يسير وفق خمس مراحل. سمات المرحلة: الجودة، والسرعة",  # marks among the words: a sentence
    ],
)
def test_no_keywords_where_a_sentence_goes_on(text: str) -> None:
    assert tag_line_start(text) == len(text)
