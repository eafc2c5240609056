"""A bare title whose complement goes on through و (`المشرف العام على العلاقات العامة والإعلام`) is the holder the text
gave that title before, as one with one complement is (issue 10; the shape of a speaker error on SaudiNewsNet articles
annotated in session 30, outside the gold sets). The word after و is the title's second complement, no name beside
it: where the role the rules read ends before it, it is no sign of another person (coreference/titles.py).

The sentences were written for the test (invented names and content).
tests/data/entities/bare_titles_with_two_complements.conllu holds them as the bundled model parsed them (`quotes parse`,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("bare_titles_with_two_complements")


@pytest.mark.parametrize("doc_id", ["bare-title-with-two-complements", "bare-title-with-one-complement"])
def test_a_bare_title_is_the_holder_named_before(extractor: Extractor, doc_id: str) -> None:
    first, second = sources(extractor, DOCUMENTS[doc_id])
    assert first[1:3] == ("سالم الحربي", "سالم الحربي")
    assert second[1] is not None and second[1].startswith("المشرف العام على")
    assert second[2] == "سالم الحربي"
