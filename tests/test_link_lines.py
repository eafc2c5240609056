"""A line that links to the article and repeats its headline (`رابط الخبر بصحيفة الوئام: «النقل» تؤكد أن …`) holds no
quote (spec: "headlines and link lines are not quotes"); its prefixes are data (`rules/lexicons/link_lines.tsv`), and
the article's own quotes above it stay. Each document was written for the test (invented names), after the link lines
that end SaudiNewsNet's al-Weeam articles (1,121 of them).

tests/data/entities/link_lines.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "link_lines.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "cues"), [("link-line-1", ["أعلنت", "وقال"]), ("link-line-2", ["وقال"])]
)
def test_a_link_line_that_repeats_the_headline_holds_no_quote(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, cues: list[str]
) -> None:
    # …\nرابط الخبر بصحيفة الوئام: «النقل» تؤكد أن الطريق الجديد سيخفف الزحام
    assert [quote.cue.text for quote in extractor.extract_parsed(documents[doc_id])] == cues
