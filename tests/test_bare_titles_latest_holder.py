"""A bare title (`وأضاف الوزير`) is the latest holder of the office, before any earlier mention that holds the word.

`قال وزير الداخلية إن …. وأكد نادر العلي وزير الخارجية أن …. وأضاف الوزير أن …`: the minister who goes on is the one
quoted last, نادر العلي, whose title the text gave beside his name. The sieve that joins a mention to an earlier one
holding all its words (`same_words`) was asked first, and the earlier speaker `وزير الداخلية` holds وزير in its own
words; a one-word title now asks first for the latest holder of the office (`same_office`: the title given with the
holder's name, no other nisba or office), and only where none is found the earlier words. On SNN dev, the seed, PUD
and 1,800 SaudiNewsNet articles outside the gold sets no record changes: the shape is rare there.

The sentences were written for the test (invented names and content). tests/data/entities/bare_titles_latest_holder.conllu
holds each twice: parsed by session 10's step-1,800 parser (`…-pud-style`) and by the bundled model (`…-shipped`),
entity tagger on; no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import PARSE_STYLES, entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("bare_titles_latest_holder")


@pytest.mark.parametrize("style", PARSE_STYLES)
@pytest.mark.parametrize(
    ("doc_id", "holder", "title"),
    [("bare-minister-1", "نادر العلي", "وزير الخارجية"), ("bare-minister-2", "خالد المري", "وزير الإسكان")],
)
def test_a_bare_title_is_the_latest_holder_not_an_earlier_title_quoted_alone(
    extractor: Extractor, style: str, doc_id: str, holder: str, title: str
) -> None:
    assert sources(extractor, DOCUMENTS[f"{doc_id}-{style}"])[-1][1:] == ("الوزير", holder, title)


@pytest.mark.parametrize("style", PARSE_STYLES)
def test_a_bare_title_after_one_holder_is_that_holder(extractor: Extractor, style: str) -> None:
    assert sources(extractor, DOCUMENTS[f"bare-minister-3-{style}"])[-1][1:] == ("الوزير", "عادل الشمري", "وزير الزراعة")
