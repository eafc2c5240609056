"""A past that opens with ت, read as a feminine present, says nothing of its subject's gender.

`تصدر سيغال عناوين الصحف عندما وصف …`: `تصدّر` ("he topped") is written like `تُصدر` ("she issues"), and the tagger
(PUD's annotators too) read the feminine present; the masculine cue in the `عندما` clause then disagreed with the
main clause's verb, and its subject, a man's name, did not speak for it. Where that verb's subject is a proper noun
the tagger reads as masculine and the cue is a past, the name's gender decides (`quotes.drafts.speaker`); a feminine
present with a woman's title keeps its own (`تقول الباحثة … مضيفة`).

Sentences written for the test (invented content), after a PUD sentence; tests/data/entities/
pasts_read_as_presents.conllu holds their parses (bundled model, entity tagger on), the first edited as PUD annotates
such a sentence: the noun after the cue its object, and no entity tags.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("pasts_read_as_presents")


def test_the_man_who_topped_the_headlines_describes(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert sources(extractor, documents["topped-the-headlines"]) == [("وصف", None, "كوفمان", None)]


def test_a_woman_who_says_goes_on(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    assert [source[2] for source in sources(extractor, documents["she-says"])] == ["نورة السالم", "نورة السالم"]
