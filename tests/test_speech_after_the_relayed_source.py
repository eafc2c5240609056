"""In a relay (`ونقلت الصحيفة عن فلان قوله …`) the words after the source, `قوله` and whom it was told (`قولها
للصحيفة الفرنسية "لوموند"`), are the speech, not the source: the speaker is the source alone, however the parse hung
the speech on it (the spec: the newspaper a source spoke to is neither speaker nor transmitter). Issue 10; the shape
was seen on a SaudiNewsNet article annotated in session 36 outside the gold sets.

The sentences were written for the test (invented content).
tests/data/entities/speech_after_the_relayed_source.conllu holds them as the bundled model parsed them (`quotes
parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("speech_after_the_relayed_source")


def test_one_of_the_women_told_another_paper(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["one-of-the-women-told-a-paper"]) == [("ونقلت", "إحداهن", "إحداهن", None)]


def test_a_resident_told_a_channel(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["a-resident-told-a-channel"]) == [("ونقلت", "أحد السكان", "أحد السكان", None)]


def test_the_spokesman_said(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["the-spokesman"]) == [("ونقلت", "المتحدث", "المتحدث", "المتحدث")]
