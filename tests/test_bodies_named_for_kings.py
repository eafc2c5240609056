"""A body named after a king or a prince whose head is no organisation noun of the lexicon (`مدينة الملك فهد الطبية`،
`مطار الملك خالد الدولي`، `مدينة الملك عبدالعزيز للعلوم والتقنية`): where the eponym's given name is the only name in
the speaker's phrase, no person is named there, and the body speaks (the speaker was `فهد الطبية`, with `مدينة الملك`
for its role).

Left for later: the mention finder still reads `الملك سلمان …` after such a head as a person, so a title of the body
with no name (`وكشف رئيس مدينة الملك سلمان للطاقة المتجددة أن …`) can still resolve to the eponym.

The sentence was written for the test (a body of the same shape as ones in the news), after errors seen on SaudiNewsNet
articles that are in neither gold set. tests/data/entities/bodies_named_for_kings.conllu holds the parse (bundled
model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "bodies_named_for_kings.conllu"


def test_a_city_named_for_a_king_speaks_as_a_body(extractor: Extractor) -> None:
    document = documents_by_id(PARSES)["eponym-city-1"]
    assert sources(extractor, document) == [("أعلنت", "مدينة الملك فهد الطبية", "مدينة الملك فهد الطبية", None)]
