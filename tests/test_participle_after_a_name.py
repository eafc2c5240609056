"""`ويعلق الخبير الاقتصادي سامر حداد قائلا: …`: the cue's participle right after a name (قائلا) ends the name, even
where the tagger read it as a proper noun and the parse chained it to the name (`flat`). The speaker and the entity's
name are the name alone; the participle is the cue of the speech after it.

The sentences were written for the test (invented names and content), after records seen on SaudiNewsNet articles
outside the gold sets. tests/data/entities/participle_after_a_name.conllu holds the parses (bundled model, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "participle_after_a_name.conllu"


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        ("participle-1", [("ويعلق", "سامر حداد", "سامر حداد", "الخبير الاقتصادي")]),
        (
            "participle-2",
            [
                ("قائلا", None, "منير العلي", "مدير المدرسة في الحي الشرقي"),
                ("ويضيف", None, "منير العلي", "مدير المدرسة في الحي الشرقي"),
            ],
        ),
        ("participle-3", [("قائلا", None, "فارس", "المحامي")]),
    ],
)
def test_participle_after_a_name_is_no_part_of_it(
    extractor: Extractor, doc_id: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert sources(extractor, documents_by_id(PARSES)[doc_id]) == expected
