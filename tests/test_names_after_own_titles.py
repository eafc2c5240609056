"""A title whose holder is named right after it, where the parse hung the name on the verb as its object
(`وقالت المتحدثة باسم الحكومة الألمانية | كلارا شميت إن …`): the rules read the bare title as the speaker, and the
resolver gave it the person quoted last (a man, for a feminine verb); the mention finder read the title and the name as
one phrase, and the entity sieve now takes that name (with the full title as the role).

The sentences were written for the test (invented names), after an error seen on a SaudiNewsNet article that is in
neither gold set. tests/data/entities/names_after_own_titles.conllu holds the parses (bundled model, entity tagger on);
no model is loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "names_after_own_titles.conllu"


@pytest.mark.parametrize(
    ("doc_id", "holder", "role"),
    [
        ("titled-object-1", "كلارا شميت", "المتحدثة باسم الحكومة الألمانية"),  # after the mayor was quoted
        ("titled-object-2", "آنا كوخ", "المتحدثة باسم الشرطة الاتحادية"),  # after the minister was quoted
        ("titled-object-3", "ليلى حداد", "المتحدثة باسم الشرطة المحلية"),  # the parse's subject was the name already
    ],
)
def test_the_name_after_the_speakers_title_is_the_speaker(extractor: Extractor, doc_id: str, holder: str, role: str) -> None:
    document = documents_by_id(PARSES)[doc_id]
    cue, _, resolved, found_role = sources(extractor, document)[-1]
    assert (cue, resolved, found_role) == ("وقالت", holder, role)
