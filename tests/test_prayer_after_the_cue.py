"""`كما قال عليه الصلاة والسلام: (…)`: the prayer for the Prophet is never the speaker.

A prayer formula written after a name (`rules/lexicons/prayer_formulas.tsv`) prays for the person; a parser may make
its words the verb's subject. The speaker steps refused a subject where the formula starts or ends at it (`رحمه الله`);
`الصلاة` stands inside `عليه الصلاة والسلام`, and where the parse gave the cue no subject, the first noun after the
cue was taken all the same. A formula that runs on over the word now counts (`speakers.words.prayer_around`), in both
steps; the cue has no overt subject and speaks for the person the text named. Each sentence was written for the test
(invented content), after a record seen on a SaudiNewsNet article outside the gold sets.

tests/data/entities/prayer_after_cue.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("prayer_after_cue")


def test_the_prophet_named_before_the_prayer_speaks(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    """`وذكّر بقول النبي محمد، كما قال عليه الصلاة والسلام: (…)`."""
    assert ("قال", None, "محمد", None) in sources(extractor, documents["prayer-2"])


def test_the_prayer_is_no_speaker(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    """`وأكد الخطيب أن …، كما قال عليه الصلاة والسلام: (…)`: the quote has no overt speaker."""
    said = [source for source in sources(extractor, documents["prayer-1"]) if source[0] == "قال"]
    assert [speaker for _, speaker, _, _ in said] == [None]
