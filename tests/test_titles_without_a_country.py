"""A bare title (`وقال معالي وزير الخارجية`) stands for the holder the text named with that title and no country, not
for a foreign counterpart named nearer with his (`وزير الخارجية الإسباني …`): the entity table's title pass prefers a
holder whose title adds no nisba adjective the mention lacks.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
that are in neither gold set. tests/data/entities/titles_without_a_country.conllu holds the parses (bundled model,
entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "titles_without_a_country.conllu"


def test_the_minister_without_a_country_is_the_own_one(extractor: Extractor) -> None:
    found = sources(extractor, documents_by_id(PARSES)["own-minister-after-a-foreign-one"])
    assert [(cue, resolved) for cue, _, resolved, _ in found] == [("وقال", "فهد بن سعد العتيبي")]
