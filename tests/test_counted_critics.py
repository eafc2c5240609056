"""The people a quantifier counts are part of the speaker, even when their noun is also a reporting participle.

`ويقول بعض المنتقدين في بلادي إن …`: `المنتقدين` (the critics) shares its stem with `منتقدا` (criticising), a
reporting participle that is the cue's own and no part of the speaker (rules/lexicons/reporting_participles.tsv), so the
mention stopped at `بعض`. A noun with the article right after a quantifier it hangs on is the people counted
(`quotes.speakers.mention._counted_people`); the participle after a name stays outside the mention.

Sentences written for the test (invented names), after a read-set record; tests/data/entities/counted_critics.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("counted_critics")


def test_some_of_the_critics(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["some-of-the-critics"])
    assert said[:3] == ("ويقول", "بعض المنتقدين في بلادي", "بعض المنتقدين في بلادي")


def test_one_of_the_commentators(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["one-of-the-commentators"])
    assert said[:3] == ("وقال", "أحد المعلقين", "أحد المعلقين")


def test_the_participle_after_a_name_stays_out(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["criticising"])
    assert said == ("وقال", "سعد الحربي", "سعد الحربي", "الوزير")
