"""NER training data: ANERcorp tokens segmented like the parser's words, and the entity-span scorer."""

from __future__ import annotations

from pathlib import Path

from quotes.training.clitics import Lexicon
from quotes.training.ner import read_fane, score, segment_sentence, without_overlap

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


def test_fane_fine_types_become_anercorp_types(tmp_path: Path) -> None:
    # WikiFANE writes token<TAB>fine type, a BOM and U+200E marks; a group of people and a facility are no entity
    sample = "\ufeff\u200eقال\tO\n\u200eالوزير\tO\n\u200eسامي\tB-Politician\n\u200eالعلي\tI-Politician\n\u200eفي\tO\n"
    sample += "\u200eمسجد\tB-Building-Grounds\n\u200eالعرب\tB-Group\n\u200eصحيفة\tB-Media\n\u200eالنهار\tI-Media\n\n"
    path = tmp_path / "fane.txt"
    path.write_text(sample, encoding="utf-8")
    [sentence] = read_fane(path)
    assert sentence == [
        ("قال", "O"), ("الوزير", "O"), ("سامي", "B-PERS"), ("العلي", "I-PERS"), ("في", "O"),
        ("مسجد", "O"), ("العرب", "O"), ("صحيفة", "B-ORG"), ("النهار", "I-ORG"),
    ]  # fmt: skip


def test_a_training_sentence_that_shares_eight_words_with_a_held_out_one_is_left_out() -> None:
    held_out = [[(word, "O") for word in "وقال المتحدث إن الأمطار الغزيرة أغرقت شوارع المدينة القديمة أمس".split()]]
    # the same words, alef-normalised and with و split off (the FANE way): still the held-out sentence
    copied = [(word, "O") for word in "و قال المتحدث ان الامطار الغزيرة اغرقت شوارع المدينة القديمة".split()]
    other = [(word, "O") for word in "وقالت الهيئة إن الأمطار الغزيرة ستستمر حتى نهاية الأسبوع".split()]
    assert without_overlap([copied, other], held_out) == [other]
