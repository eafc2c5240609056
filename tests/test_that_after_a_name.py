"""`ويؤكد غاندي ذلك في مذكراته بقوله إن …`: a demonstrative right after the speaker's name or noun, before no definite
noun it could point at, is a pronoun of its own, the verb's object (he confirms that), not a word of the speaker's
mention, however the parse hung it (as the genitive of the name read as a noun in construct).

The sentences were written for the test (invented content), after records seen on SaudiNewsNet articles outside the
gold sets. tests/data/entities/that_after_a_name.conllu holds the parses (bundled model, entity tagger on); no model
is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "that_after_a_name.conllu"


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("that-after-1", [("ويؤكد", "غاندي", "غاندي", None)]),
        ("that-after-3", [("مشيرا", None, "مسؤول", None)]),
    ],
)
def test_that_after_a_name_is_the_verbs_object(
    extractor: Extractor, doc_id: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert sources(extractor, documents_by_id(PARSES)[doc_id]) == expected
