"""A body named by a feminine noun speaks on in the feminine participle after its clause.

`عزت وزارة الصحة ارتفاع الإصابات إلى …، مؤكدة أنها …`: the participle `مؤكدة` goes on with the subject of the clause
it hangs from, if the two agree in gender (`drafts.speaker.main_clause_hint`). The agreement was read from the
clause's verb, which shows a name's gender better than the tagger's reading of the name; but the tagger read `عزت`
("she attributed") as masculine, so the ministry and the municipality lost the quote. A common noun written with ة
is feminine whatever its verb was tagged.

Sentences written for the test (invented content), after a read-set record; tests/data/entities/
feminine_bodies_attributing.conllu holds their parses (bundled model, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, quotes_resolved
from quotes.api import Extractor
from quotes.graph import ParsedDocument


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return entity_parses("feminine_bodies_attributing")


@pytest.mark.parametrize(("doc_id", "body"), [("ministry-attributed", "وزارة الصحة"), ("municipality-attributed", "أمانة منطقة الرياض")])
def test_the_body_speaks_in_the_feminine_participle(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, body: str
) -> None:
    (confirming,) = quotes_resolved(extractor, documents[doc_id])
    assert confirming[1:3] == ("مؤكدة", body)
    assert confirming[3].startswith("أنها")
