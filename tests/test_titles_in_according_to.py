"""`ووفقا للناطق الإعلامي لشرطة المنطقة الرائد فلان فإن …`: the source after an according-to marker is a title phrase
and the name the entity tagger found after it; the name speaks and the title is its role, as after a reporting verb.
The ل of the marker takes the article's alef in writing (ل + الناطق is للناطق, split ل + لناطق), so the title is read
with its article back.

The sentences were written for the test (invented names), after records seen on SaudiNewsNet articles that are in
neither gold set, where the whole phrase (`للناطق الإعلامي … الرائد بدر …`) was the speaker of three quotes.
tests/data/entities/titles_in_according_to.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "titles_in_according_to.conllu"


@pytest.mark.parametrize(
    ("doc_id", "expected"),
    [
        (
            "according-to-title-and-name-1",
            ("ووفقًا", "سامي القحطاني", "سامي القحطاني", "للناطق الإعلامي لشرطة منطقة تبوك الرائد"),
        ),
        (
            "according-to-title-and-name-2",
            # the rank between the job and the name is part of the role, as the gold writes it (role_nouns.tsv)
            ("ووفقًا", "خالد الرشيدي", "خالد الرشيدي", "للمتحدث الرسمي لمرور منطقة حائل المقدم"),
        ),
    ],
)
def test_the_name_after_a_title_is_the_source(extractor: Extractor, doc_id: str, expected: tuple[str, str, str, str]) -> None:
    assert sources(extractor, documents_by_id(PARSES)[doc_id]) == [expected]
