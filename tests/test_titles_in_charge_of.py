"""A title that goes on with the office its holder is in charge of (`الوزير الياباني المسؤول عن المفاوضات`، `المفوض
الأوروبي المكلف الشؤون الاقتصادية`) before a foreign name is one title: the parse made the participle the verb's
object, but a definite role word after a definite title goes on with it (quotes.speakers.roles), and `عن` after a
definite descriptor is its complement, not a clause (quotes.mentions.roles). The name is the speaker, the whole phrase
its role. Issue 10; the shape was seen on SaudiNewsNet articles annotated outside the gold sets (read in session 39).

The sentences were written for the test (invented content).
tests/data/entities/titles_in_charge_of.conllu holds them as the bundled model parsed them (`quotes parse`, entity
tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("titles_in_charge_of")


def test_the_minister_in_charge_of_the_negotiations(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["minister-in-charge"]) == [
        ("ألمح", "الوزير الياباني", "أكيرا أماري", "الوزير الياباني المسؤول عن المفاوضات")
    ]


def test_the_commissioner_charged_with_economic_affairs(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["commissioner-charged"]) == [
        ("وأعلن", "المفوض الأوروبي", "بيار موسكوفيسي", "المفوض الأوروبي المكلف الشؤون الاقتصادية")
    ]
