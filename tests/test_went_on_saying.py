"""`ومضى الوزير يقول إن …`: who went on saying is the speaker of the verb of saying after the verb of going on.

The parse hangs `يقول` as the clause of `مضى`، `تابع`، `استطرد` (rules/lexicons/going_on_verbs.tsv), and gives their
subject to them; the verb of saying had no subject of its own, and the quote went to the speaker quoted before, even
one of the other gender (`ومضت الوزيرة … تقول` after a man). The subject of the verb of going on speaks
(`quotes.drafts.speaker.going_on_subject`).

Sentences written for the test (invented names), after a read-set record; tests/data/entities/went_on_saying.conllu
holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("went_on_saying")


def test_the_paper_went_on_saying(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    _, went_on = sources(extractor, documents["paper-went-on-saying"])
    assert went_on[:3] == ("تقول", "الصحيفة", "الصحيفة")


def test_the_minister_went_on_saying(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    coach, minister = sources(extractor, documents["minister-went-on-saying"])
    assert coach[2] == "سامي الفهد"
    assert minister == ("تقول", "هند العلي", "هند العلي", "الوزيرة")
