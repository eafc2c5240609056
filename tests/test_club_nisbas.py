"""A title with a club's nisba in اوي (`الرئيس النصراوي`، `المدرب الأهلاوي`) is the holder the text named with that
office and that club (`رئيس نادي النصر الأمير خالد بن سعد`): the nisba is read as its noun (نصراوي → نصر, اهلاوي →
اهلي: quotes.normalize.as_country), as a nationality is read as its country. Issue 10; the shape was seen on
SaudiNewsNet articles annotated outside the gold sets (read in session 39).

The sentences were written for the test (invented content).
tests/data/entities/club_nisbas.conllu holds them as the bundled model parsed them (`quotes parse`, entity tagger on);
no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.normalize import as_country

DOCUMENTS = entity_parses("club_nisbas")


def test_the_clubs_president_by_its_nisba(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["president-of-the-club"]) == [("وكشف", "الرئيس النصراوي", "خالد بن سعد", "الرئيس النصراوي")]


def test_a_nisba_in_awi_is_read_as_its_noun() -> None:
    assert as_country("نصراوي", {"رئيس", "نادي", "نصر"}) == "نصر"
    assert as_country("اهلاوي", {"رئيس", "نادي", "اهلي"}) == "اهلي"
    assert as_country("بحريني", {"مجلس", "بحرين"}) == "بحرين"
    assert as_country("نصراوي", {"رئيس", "نادي", "هلال"}) == "نصراوي"
