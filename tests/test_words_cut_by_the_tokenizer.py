"""A word the tokenizer cut at no morpheme's boundary is one word again in the clitic pass.

Arabic writes a pronoun on a word's end (`قولها`، `منه`) and a few particles on another particle (`إنما`، `لكيلا`،
`مما`): those are the only pieces that follow a stem inside one written word. The compact tokenizer, learnt on small
treebanks, sometimes cuts a word elsewhere: a foreign name's last letters (`جوارديو` + `لا`, which the parser then read
as the negation), an adverb's (`قلي` + `لا`), a verb's (`أن` + `هت`، `لين` + `هي`), a borrowed word's (`كيلومت` + `را`،
`في` + `فا`). A piece after the stem that is no pronoun, no word with the article (`عبد` + `العزيز`) and no ما، لا or
من written on a particle is the stem's own letters (`clitic_pass._cut_inside_word`). On the QCRI WikiNews segmentation test
(`scripts/clitic_wikinews.py`'s 18,293 words) the words cut where Farasa has no boundary fall from 111 to 99, and
every word the rule joins there is one word in the reference. A stem ending in ة ends its word, and two words the
corpus writes whose join it writes less often are two words a missing space glued (`الإرهابيةدور`): they stay apart.

ك "like" before a word that neither the corpus nor any word inside it knows is the word's own first letter, as ب is
(`كيربر` is no ك + يربر).
"""

from __future__ import annotations

import attrs

from conftest import clitic_pieces
from quotes.clitic_pass import correct_tokens
from quotes.training.clitics import Lexicon

COUNTS = Lexicon({"قال": 5000, "وقال": 9000, "المدرب": 900, "إن": 9000, "ما": 9000, "من": 9000, "كي": 300,
                  "سفير": 500, "كسفير": 40, "عمل": 3000, "سوق": 500, "جديد": 400, "دور": 2000, "لا": 9000})  # fmt: skip


def pieces(text: str, cuts: list[str]) -> list[str]:
    """The clitic pass's pieces of `text`, which the tokenizer cut into `cuts`, with the counts above."""
    return clitic_pieces(text, cuts, COUNTS)


def test_a_foreign_names_last_letters_are_no_negation() -> None:
    """`وقال المدرب ماوريسيو بوتشيتينولا …`: the tokenizer's بوتشيتينو + لا is one name."""
    text = "وقال المدرب بوتشيتينولا"
    assert pieces(text, ["و", "قال", "المدرب", "بوتشيتينو", "لا"]) == ["و", "قال", "المدرب", "بوتشيتينولا"]


def test_a_word_cut_before_its_last_letters_is_whole_again() -> None:
    """`أنهت` (she ended) is no أن + هت; `منهج` no من + هج; `كيلومترا` no كيلومت + را; `الأردن` no الأرد + ن."""
    assert pieces("أنهت", ["أن", "هت"]) == ["أنهت"]
    assert pieces("منهج", ["من", "هج"]) == ["منهج"]
    assert pieces("كيلومترا", ["كيلومت", "را"]) == ["كيلومترا"]
    assert pieces("الأردن", ["الأرد", "ن"]) == ["الأردن"]


def test_a_proclitic_stays_before_the_word_made_whole() -> None:
    """`بالعراق` cut ب + العرا + ق: the preposition stays, the country is one word again; so does the particle of
    `لينتهي` cut ل + ينت + هي."""
    assert pieces("بالعراق", ["ب", "العرا", "ق"]) == ["ب", "العراق"]
    assert pieces("لينتهي", ["ل", "ينت", "هي"]) == ["ل", "ينتهي"]


#: The counts above with given names (given_names.tsv), as the parser's lexicon knows them.
NAMED = attrs.evolve(COUNTS, name_starts=frozenset({"عبدالملك", "عبداللطيف", "عبدالعزيز", "أيمن"}))


def test_a_given_name_cut_astray_is_one_word_again() -> None:
    """`عبدالملك` cut عبد + المل + ك (a pronoun "your") or عبد + الملك ("the king", a title after the name), `عبداللطيف`
    cut عبد + ال + لطيف and `أيمن` cut أي + من are given names, one word each, as the tokenizer writes `عبداللطيف`
    elsewhere; a conjunction before one stays apart."""
    assert clitic_pieces("عبدالملك", ["عبد", "المل", "ك"], NAMED) == ["عبدالملك"]
    assert clitic_pieces("عبدالملك", ["عبد", "الملك"], NAMED) == ["عبدالملك"]
    assert clitic_pieces("عبداللطيف", ["عبد", "ال", "لطيف"], NAMED) == ["عبداللطيف"]
    assert clitic_pieces("وأيمن", ["و", "أي", "من"], NAMED) == ["و", "أيمن"]


def test_abd_and_a_name_with_the_article_stay_as_the_treebanks_cut_them() -> None:
    """`عبد` + `العزيز`: the treebanks' own cut of such a name, read as one name after the parse; and a word that is
    no listed name stays cut (`عبد` + `الأمر`)."""
    assert clitic_pieces("عبدالعزيز", ["عبد", "العزيز"], NAMED) == ["عبد", "العزيز"]
    assert clitic_pieces("عبدالأمر", ["عبد", "الأمر"], NAMED) == ["عبد", "الأمر"]


def test_pronouns_and_particles_written_on_a_word_stay_apart() -> None:
    """A pronoun (`عمل` + `ها`), ما on إن (`إنما`), لا on كي (`لكيلا`), a word with the article (`عبد` + `العزيز`) and
    a tatweel's piece stay as the tokenizer cut them."""
    assert pieces("عملها", ["عمل", "ها"]) == ["عمل", "ها"]
    assert pieces("إنما", ["إن", "ما"]) == ["إن", "ما"]
    assert pieces("لكيلا", ["ل", "كي", "لا"]) == ["ل", "كي", "لا"]
    assert pieces("عبدالعزيز", ["عبد", "العزيز"]) == ["عبد", "العزيز"]
    assert pieces("معـها", ["مع", "ـها"]) == ["مع", "ـها"]


def test_two_words_a_missing_space_glued_stay_two() -> None:
    """`الإرهابيةدور`: a word ends at ة; `سوقجديد`: two words the corpus writes, whose join it never writes; `لولا`:
    لا on the particle لو."""
    assert pieces("الإرهابيةدور", ["الإرهابية", "دور"]) == ["الإرهابية", "دور"]
    assert pieces("سوقجديد", ["سوق", "جديد"]) == ["سوق", "جديد"]
    assert pieces("لولا", ["لو", "لا"]) == ["لو", "لا"]


def test_pieces_the_tokenizer_expanded_are_not_joined() -> None:
    """`مما` expanded into من + ما (four letters of a three-letter word) is left as the tokenizer wrote it."""
    tokens = [("من", 0, 2), ("ما", 1, 3)]
    assert [piece for piece, _, _ in correct_tokens(tokens, COUNTS)] == ["من", "ما"]


def test_kaf_before_a_word_nobody_writes_is_the_names_own_letter() -> None:
    """`أنجليكه كيربر` (Kerber): neither كيربر nor يربر is a word the counts know, and none is inside يربر: one word.
    `كسفير` (as an ambassador) stays ك + سفير, and so does `كمغنٍ` (as a singer), a rare form written with tanween."""
    assert pieces("كيربر", ["ك", "يربر"]) == ["كيربر"]
    assert pieces("كسفير", ["ك", "سفير"]) == ["ك", "سفير"]
    assert pieces("كمغنٍ", ["ك", "مغنٍ"]) == ["ك", "مغنٍ"]
