"""A person first described (`أحد كبار مشايخ مأرب`، `مسؤول يمني بارز`) and named right after it, before what he said
(`… علي غريب: إن …`), is that name, with the description as the role: the `entity` sieve reads a described person as
it reads a title no one holds, though the parse read the given name as a preposition (علي as على) and left the name
out of the description's phrase; the cues after him without a subject are his too (quotes.attribution.named_holder).
Issue 10; the shape was seen on SaudiNewsNet articles annotated outside the gold
sets (read in session 39).

The sentences were written for the test (invented content).
tests/data/entities/described_then_named.conllu holds them as the bundled model parsed them (`quotes parse`, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("described_then_named")


def test_one_of_the_elders_named_before_his_words(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["one-of-the-elders"]) == [("وقال", "علي غريب", "علي غريب", "أحد كبار مشايخ مأرب")]


def test_an_official_named_after_his_description(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["an-official-named"]) == [("وقال", "عبدالله الحضرمي", "عبدالله الحضرمي", "مسؤول يمني بارز")]


def test_the_cues_after_him_without_a_subject_are_his(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["elder-goes-on"]) == [
        ("وقال", "علي غريب", "علي غريب", "أحد كبار مشايخ مأرب"),
        ("وأوضح", None, "علي غريب", "أحد كبار مشايخ مأرب"),
        ("مشيرا", None, "علي غريب", "أحد كبار مشايخ مأرب"),
    ]
