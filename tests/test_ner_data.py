"""NER training data: ANERcorp tokens segmented like the parser's words, and the entity-span scorer."""

from __future__ import annotations

from pathlib import Path

from quotes.training.clitics import Lexicon
from quotes.training.ner import (
    NamePool,
    entity_spans,
    held_out_entities,
    read_fane,
    read_names,
    replace_mentions,
    score,
    segment_sentence,
    without_overlap,
)

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


def _train_sentences() -> list[list[tuple[str, str]]]:
    return [
        [("قال", "O"), ("الرئيس", "O"), ("جورج", "B-PERS"), ("بوش", "I-PERS"), ("إن", "O"), ("وزارة", "B-ORG"), ("الخارجية", "I-ORG")],
        [("و", "O"), ("أكد", "O"), ("بوش", "B-PERS"), ("في", "O"), ("السعودية", "B-LOC")],
        [("زار", "O"), ("الوفد", "O"), ("الأمم", "B-ORG"), ("المتحدة", "I-ORG")],
    ]


def test_mention_replacement_puts_other_names_in_with_aligned_tags() -> None:
    train = _train_sentences()
    pool = NamePool(full=[("سامي", "العلي"), ("هند", "بنت", "عتبة")], single=["الزهراني", "كوفي", "أنان"])
    copies = replace_mentions(train, pool, LEXICON, 2.0, orgs=True, seed=7)
    assert copies == replace_mentions(train, pool, LEXICON, 2.0, orgs=True, seed=7)  # seeded
    assert len(copies) == 4  # twice the two sentences with a person
    names = {" ".join(w for w, _ in s[a:b]) for s in copies for a, b, kind in entity_spans(s) if kind == "PERS"}
    pairs = {f"{a} {b}" for a in pool.single for b in pool.single}
    assert names and names <= {"سامي العلي", "هند بنت عتبة", "الزهراني", "كوفي", "أنان", *pairs}
    for copy in copies:
        tags = [tag for _, tag in copy]
        assert all(tag == "O" or tag[:2] in ("B-", "I-") for tag in tags)
        assert all(not t.startswith("I-") or p[2:] == t[2:] for p, t in zip(["O", *tags], tags, strict=False))  # BIO holds
        # the words around the entities are the original sentence's
        original = next(s for s in train if s[:2] == copy[:2])
        assert [w for w, t in copy if t == "O"] == [w for w, t in original if t == "O"]
        assert [kind for _, _, kind in entity_spans(copy)] == [kind for _, _, kind in entity_spans(original)]
    # the one-word person stays one word; organisations come from train's other organisations
    assert all(len([t for _, t in c if t.endswith("PERS")]) == 1 for c in copies if c[1][0] == "أكد")
    assert {" ".join(w for w, _ in c[a:b]) for c in copies for a, b, kind in entity_spans(c) if kind == "ORG"} == {"الأمم المتحدة"}


def test_no_dev_or_test_entity_is_a_replacement_name() -> None:
    train = _train_sentences()
    held_out = [[("التقى", "O"), ("كوفي", "B-PERS"), ("أنان", "I-PERS"), ("ب", "O"), ("بوش", "B-PERS")], [("هند", "B-PERS")]]
    forbidden = held_out_entities(train, held_out)
    assert forbidden == {("كوفي", "انان"), ("هند",)}  # بوش is an entity of train too
    pool = NamePool(full=[("كوفي", "أنان", "الثاني"), ("هند", "العلي"), ("سامي", "العلي")], single=["هند", "إنان", "كوفي", "الزهراني"])
    assert pool.without(forbidden) == NamePool(full=[("سامي", "العلي")], single=["إنان", "كوفي", "الزهراني"])
    copies = replace_mentions(train, pool.without(forbidden), LEXICON, 3.0, seed=1)
    for copy in copies:
        key = [w.translate(str.maketrans("أإآ", "ااا")) for w, _ in copy]
        assert not any(tuple(key[i : i + 2]) == ("كوفي", "انان") for i in range(len(key))) and "هند" not in key


def test_name_lists_give_arabic_names_of_two_or_three_words_and_one_word_spellings(tmp_path: Path) -> None:
    import gzip
    import json

    (tmp_path / "wikidata-dzirinames").mkdir()
    (tmp_path / "arabnamer").mkdir()
    rows = "arabic_full_name\tcount\nسامي العلي\t2\nابتسام\t5\nعلي بن حسن الحمد\t1\nمحمد x\t1\nهند بنت عتبة\t1\n"
    with gzip.open(tmp_path / "wikidata-dzirinames" / "full_names.tsv.gz", "wt", encoding="utf-8") as handle:
        handle.write(rows)
    with gzip.open(tmp_path / "arabnamer" / "dict_FINAL.json.gz", "wt", encoding="utf-8") as handle:
        json.dump({"abacha": "أباتشا", "aaron": "آرون", "x": "com.بليسيس", "ibn zain": "ابن زين"}, handle, ensure_ascii=False)
    pool = read_names(tmp_path)
    assert pool == NamePool(full=[("سامي", "العلي"), ("هند", "بنت", "عتبة")], single=["آرون", "أباتشا"])
