"""`والمتحدث الرسمي للمجلس الشيخ فلان`: لل + مجلس is ل + المجلس, a definite noun, so the honorific after it opens a
person's name and no body named after him (`جامعة الملك سعود` has the title in construct with an indefinite head):
the council's name ends before the honorific, and the person is named without it (`quotes.mentions.organisations`).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/bodies_before_honorifics.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor


def test_the_council_ends_before_the_sheikh(extractor: Extractor) -> None:
    [(_, speaker, resolved, role)] = sources(extractor, entity_parses("bodies_before_honorifics")["council-spokesman-sheikh"])
    assert (speaker, resolved, role) == ("سلمان الحربي", "سلمان الحربي", "الأمين العام والمتحدث الرسمي للمجلس")
