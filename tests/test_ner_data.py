"""NER training data: ANERcorp tokens segmented like the parser's words, and the entity-span scorer."""

from __future__ import annotations

from quotes.training.clitics import Lexicon
from quotes.training.ner import score, segment_sentence

LEXICON = Lexicon({"والسعودية": 40, "السعودية": 900, "وزارة": 500, "زارة": 1, "الخارجية": 700, "والخارجية": 30, "قال": 800})


def test_a_clitic_before_an_entity_is_outside_it() -> None:
    assert segment_sentence([("قال", "O"), ("والسعودية", "B-LOC")], LEXICON) == [("قال", "O"), ("و", "O"), ("السعودية", "B-LOC")]


def test_a_clitic_inside_an_entity_stays_inside() -> None:
    words = segment_sentence([("وزارة", "B-ORG"), ("والخارجية", "I-ORG")], LEXICON)
    assert words == [("وزارة", "B-ORG"), ("و", "I-ORG"), ("الخارجية", "I-ORG")]  # وزارة is no و + زارة


def test_an_inside_tag_after_outside_begins_an_entity() -> None:
    assert segment_sentence([("قال", "O"), ("السعودية", "I-LOC")], LEXICON)[1] == ("السعودية", "B-LOC")


def test_exact_span_scores_per_type() -> None:
    result = score([["B-PERS", "I-PERS", "O", "B-ORG"]], [["S-PERS", "O", "O", "S-ORG"]])
    assert result["ORG"]["f1"] == 100.0
    assert result["PERS"]["f1"] == 0.0  # half a name is no match
    assert result["ALL"] == {"p": 50.0, "r": 50.0, "f1": 50.0, "gold": 2}
