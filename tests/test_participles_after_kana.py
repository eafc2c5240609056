"""`وكان رئيس الوزراء ماتيو رينزي قد صرح قائلا: «…»`: in كان + subject + قد + verb (the pluperfect) the subject of كان is
the subject of the verb it completes (`xcomp`), and so the source of the participle that goes on that verb, even where
the parse hangs the participle as the verb's object. It is not the person quoted before. Each sentence was written for
the test (invented content), after a record seen on a SaudiNewsNet article outside the gold sets.

tests/data/entities/participles_after_kana.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor
from quotes.graph import ParsedDocument

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "participles_after_kana.conllu"


@pytest.fixture(scope="module")
def documents() -> dict[str, ParsedDocument]:
    return documents_by_id(PARSES)


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        # وأكد رئيس شركة الطيران ماركو فيرا أن … وكان رئيس الوزراء ماتيو رينزي قد صرح قائلا: «…».
        ("kana-participle-1", ("قائلا", None, "ماتيو رينزي", "رئيس الوزراء")),
        # وأعلن مدير المستشفى خالد السبيعي أن … وكان وزير الصحة فهد العتيبي قد علق على ذلك قائلا: «…».
        ("kana-participle-2", ("قائلا", None, "فهد العتيبي", "وزير الصحة")),
    ],
)
def test_the_subject_of_kana_speaks_through_the_participle(
    extractor: Extractor, documents: dict[str, ParsedDocument], doc_id: str, expected: tuple[str, ...]
) -> None:
    assert sources(extractor, documents[doc_id])[-1] == expected
