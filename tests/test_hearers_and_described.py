"""Whom a cue describes or addresses is not who speaks.

- A reporting participle (`واصفة`، `مطالبا`، `داعيا`) is a circumstance of its main clause, whose subject speaks; the
  noun right after it is what it describes or whom it urges (`…، واصفة روما بأنها «شريك أساسي»`: Rome is described),
  so the first noun between the cue and the content is no speaker of a participle whose main clause has a subject
  (`drafts.speaker.first_noun_after_cue`). The parse here made the participle a name and Rome part of it.
- `لي`، `لنا` ("to me", "to us") after a verb of saying is whom it was said to; the rules' speaker nodes refuse those
  forms (`rules/lexicons/subject_objects.tsv`), and so does the look for a name the parse also made the cue's subject
  after a relative pronoun (`مديرتها التي قالت لي: «…»`, where the parse made `لي` a second subject and the tagger a
  name).

Each sentence was written for the test (invented content), after two records of the read sets.
tests/data/entities/hearers_and_described.conllu holds the parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("hearers_and_described")


def test_the_country_described_by_a_participle_does_not_speak(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (describing,) = [source for source in sources(extractor, documents["participle-object"]) if source[0] == "واصفة"]
    assert describing == ("واصفة", None, "فرنسا", None)


def test_to_me_is_whom_it_was_said_to(extractor: Extractor, documents: dict[str, ParsedDocument]) -> None:
    (said,) = sources(extractor, documents["told-me"])
    assert said[0] == "قالت" and "لي" not in (said[1], said[2])
