"""`خادم الحرمين الشريفين -أيده الله-`: a prayer after a ruler's name (أيّد "may God support him") reports nothing, though
أيّد is also a verb of opinion ("endorsed"); the list that follows it is no quote of God's. The ruler's own words after
the prayer are his (rules/lexicons/prayer_formulas.tsv, non_quote_cues.tsv).

Sentences written for the test (invented content), after a record on an unseen SaudiNewsNet article;
tests/data/entities/prayers_after_rulers.conllu holds their parses (bundled model, entity tagger on).
"""

from __future__ import annotations

from conftest import entity_parses, sources
from quotes.api import Extractor


def test_the_prayer_quotes_nothing(extractor: Extractor) -> None:
    assert sources(extractor, entity_parses("prayers_after_rulers")["accompanied-the-king"]) == []


def test_the_king_speaks_after_the_prayer(extractor: Extractor) -> None:
    [(cue, speaker, _, _)] = sources(extractor, entity_parses("prayers_after_rulers")["the-king-said"])
    assert (cue, speaker) == ("وقال", "خادم الحرمين الشريفين")
