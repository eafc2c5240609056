"""A body named again by its bare definite head (`البنك`، `الكلية`) ends there when a glued لـ follows: `وأوضح البنك |
لحملة الشهادات الجامعية أن …` says for whom the bank spoke, and is no part of its name, so the bank is the one named
in full before (`البنك الزراعي للتنمية`); a head with its adjective goes on with لـ (`الهيئة العامة للسياحة`)
(quotes.mentions.organisations `organisation_phrase`). Issue 10; the shape was seen on SaudiNewsNet articles annotated
outside the gold sets (read in session 38).

The sentences were written for the test (invented names and content).
tests/data/entities/bodies_for_whom.conllu holds them as the bundled model parsed them (`quotes parse`, entity tagger
on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("bodies_for_whom")


def test_a_bank_named_again_speaks_for_graduates(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["bank-for-graduates"]) == [
        ("أعلن", "البنك الزراعي للتنمية", "البنك الزراعي للتنمية", None),  # عن فتح باب التوظيف: what it announced
        ("وأوضح", "البنك", "البنك الزراعي للتنمية", None),
        ("وأضاف", None, "البنك الزراعي للتنمية", None),
    ]


def test_a_head_with_its_adjective_goes_on_with_lam(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["general-authority"]) == [
        ("وقالت", "الهيئة العامة للسياحة", "الهيئة العامة للسياحة", None),
    ]
