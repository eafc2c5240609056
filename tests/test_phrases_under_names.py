"""A prepositional phrase the parse hung under a person's name (`وعبر رغدة الحربي | عن سعادتها بالجائزة، وقالت: …`)
belongs to the verb, not to the name, as does where the person is from (`ريتا حكيم | من كندا`): the speaker mention
ends with the name. A body's name keeps its phrase (`الاتحاد الدولي لكرة القدم`، `أخبار التاسعة في قناة بريزبان`).

The sentence was written for the test (invented name and content), after records seen on SaudiNewsNet articles that
are in neither gold set. tests/data/entities/phrases_under_names.conllu holds the parse (bundled model, entity tagger
on), with the name made the root holding the phrase and the reporting verb as its conjunct, the shape of those
records' parses; no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "phrases_under_names.conllu"


def test_a_phrase_under_a_name_is_no_part_of_it(extractor: Extractor) -> None:
    found = sources(extractor, documents_by_id(PARSES)["pp-under-a-name"])
    assert [(cue, resolved) for cue, _, resolved, _ in found] == [("وقالت", "رغدة الحربي")]
