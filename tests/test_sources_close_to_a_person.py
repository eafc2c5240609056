"""`وقالت مصادر مقربة من الوزير خالد العتيبي إن …`: a descriptor (مصادر، مصدر، مسؤول) with a preposition before a
name is a source described by its relation to that person; the sources speak, not the person they are close to.

The sentences were written for the test (invented names), after records seen on SaudiNewsNet articles that are in
neither gold set (`كشفت مصادر عراقية وسورية متطابقة عن … بزعيمه فلان`: the leader became the speaker of four quotes).
tests/data/entities/sources_close_to_a_person.conllu holds the parses (bundled model, entity tagger on); no model is
loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import documents_by_id, sources
from quotes.api import Extractor

PARSES = Path(__file__).resolve().parent / "data" / "entities" / "sources_close_to_a_person.conllu"


@pytest.mark.parametrize(
    ("doc_id", "cue", "source"),
    [
        ("sources-close-to-a-minister", "وقالت", "مصادر مقربة من الوزير خالد العتيبي"),
        ("source-close-to-a-player", "كشف", "مصدر مقرب من اللاعب فيصل الغامدي"),
    ],
)
def test_the_sources_speak_not_the_person_named(extractor: Extractor, doc_id: str, cue: str, source: str) -> None:
    assert sources(extractor, documents_by_id(PARSES)[doc_id]) == [(cue, source, source, None)]
