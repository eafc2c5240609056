"""`معربا عن الأمل أن …` (expressing the hope that …): the hope is what is expressed, never who expresses it.

Where the parse gives a cue no subject, the speaker step takes the first role noun or given name between the cue and
the content (`drafts.nominal_subject`); `أمل` is a given name (Amal), and `الأمل` after عن was taken for one, so the
participle spoke for "the hope" instead of for the subject of the verb it goes with. A given name is now read as the
name finders read it (`speakers.words.is_given_name`): never with the article (`الأمل`، `الرياض`), never with a
possessive pronoun (`أمله`). Each sentence was written for the test (invented names and content), after a record seen
on a SaudiNewsNet article outside the gold sets.

tests/data/entities/hope_after_participles.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("hope_after_participles")


def test_the_participle_speaks_for_the_minister_not_for_the_hope(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    """`وأشاد الوزير سالم الحربي بجهود اللجنة، معربا عن الأمل أن …`."""
    assert sources(extractor, documents["hope-2"]) == [("معربا", None, "سالم الحربي", "الوزير")]


def test_the_participle_after_a_council_has_no_speaker_of_its_own(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    """`ورحب مجلس الشورى بانعقاد المؤتمر …، معرباً عن الأمل أن …`: the council speaks (its name read as far as the
    entity step reads it)."""
    [(cue, speaker, resolved, _)] = sources(extractor, documents["hope-3"])
    assert (cue, speaker) == ("معرباً", None)
    assert resolved is not None and resolved.startswith("مجلس الشورى")
