"""A circumstantial participle with no subject of its own speaks for the subject of the clause it hangs from (`نفت
الشئون الصحية …، مؤكدة أن …`), but not where that clause's verb reports nothing and its subject is a thing no word list
knows as a source: `الدورات التي تقدمها جاءت بعد خبرة …، مشيرة إلى أن …` (the courses came after experience; the trainer
quoted before points out) — the participle goes on for the person speaking in the text (issue 10; the spec: a source is a
person, an organisation, a group, a medium or a document; the shape of an error seen on a SaudiNewsNet article annotated
in session 33 outside the gold sets). A body the lexicons miss still speaks where its own verb reports.

The sentences were written for the test (invented names and content). tests/data/entities/what_came_speaks_for_no_one.conllu
holds them as the bundled model parsed them (`quotes parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses
from quotes.api import Extractor

DOCUMENTS = entity_parses("what_came_speaks_for_no_one")


@pytest.mark.parametrize(
    ("doc_id", "cue", "speaker"),
    [
        ("courses-that-came", "مشيرة", "سارة العتيبي"),
        ("projects-that-come", "موضحا", "خالد الزهراني"),
        ("body-that-denied", "مؤكدة", "الشئون الصحية"),
    ],
)
def test_the_participle_speaks_for_a_source(extractor: Extractor, doc_id: str, cue: str, speaker: str) -> None:
    (participle,) = [quote for quote in extractor.extract_parsed(DOCUMENTS[doc_id]) if quote.cue.text == cue]
    assert participle.speaker is None
    assert participle.speaker_resolved is not None and participle.speaker_resolved.text == speaker
