"""A person named after a long title by a given name the entity tagger does not know (`المتحدث الرسمي باسم الجمعية رأفت
الحربي`): the given-name lexicon marks where the name starts, so the speaker is the person and the title is the role
(rules/lexicons/given_names.tsv, names common in Arabic news that are not also common words).

The sentence was written for the test (invented names), after an error seen on SaudiNewsNet articles that are in
neither gold set. tests/data/entities/given_names_after_titles.conllu holds the parse (bundled model, entity tagger on);
no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "given_names_after_titles.conllu"


def test_a_given_name_after_a_title_starts_the_speaker(extractor: Extractor) -> None:
    # without رأفت in the lexicon the speaker was المتحدث الرسمي, and the name ran into the body's
    document = documents_by_id(PARSES)["given-name-after-title-1"]
    assert sources(extractor, document) == [("وأوضح", "رأفت الحربي", "رأفت الحربي", "المتحدث الرسمي باسم الجمعية")]
