"""A participle without a subject (`مؤكدة`، `معتبرة`) speaks for the subject of the clause it hangs from, where the two
agree in gender; the subject's own verb shows its gender better than the tagger's reading of a name. In `أما اليابان
فقد بادرت إلى دعم الخطة، مؤكدة أن …` the country, which the tagger may read as masculine, is the feminine verb's
subject, so the feminine participle is the country's, not the man quoted before. Issue 10; the shape was seen on a
SaudiNewsNet article annotated in session 37 outside the gold sets.

The sentences were written for the test (invented content).
tests/data/entities/subjects_agree_through_their_verb.conllu holds them as the bundled model parsed them (`quotes
parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor

DOCUMENTS = entity_parses("subjects_agree_through_their_verb")


def test_the_feminine_participle_speaks_for_the_country_its_verb_agrees_with(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["japan-after-a-man"]) == [
        ("وقال", "ماريو دراغي", "ماريو دراغي", "رئيس الوزراء الإيطالي"),
        ("مؤكدة", None, "اليابان", None),
    ]


def test_never_the_man_quoted_before(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["germany-after-a-man"]) == [
        ("وقال", "إيمانويل ماكرون", "إيمانويل ماكرون", "الرئيس الفرنسي"),
        ("معتبرة", None, "ألمانيا", None),
    ]
