"""Foreign names that begin with a proclitic's letter stay one word in the clitic pass.

A name such as ``بولانسكي``, ``بلومبرغ`` or ``لاكروا`` begins with ب or ل, and the tokenizer, which learnt on PUD that
a word-initial ب is often a preposition, cuts it: ب + ولانسكي. Where the corpus counts know the name (``بوتين``,
``فيليب``) the clitic pass rejoins it; a name the corpus (almost) never writes is kept whole when it is one of the
listed name words (``rules/lexicons/parser/clitic_names.tsv``, from arabnamer, and the name words of Wikidata that the
counts know: ``والتر`` is not و + التر) and what is left without its first letter is no word the counts know. The list
is the parser's alone: no rule reads it, and the rules' lexicons leave it out. ب before a word that neither the corpus
nor any word inside it knows (``بيرغمان`` is not ب + يرغمان) is the word's own letter, and so it is before a rest the
corpus never writes where it writes the whole (``بلغراد``). ف before an "article" whose word the corpus never writes is
the name's own first letters (``فالتر``, ``فالكاو``), where ب before the article stays a preposition (``بالتزامن``).
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from quotes.clitic_pass import correct_tokens, correction_lexicon, listed_name_words
from quotes.grammar.loader import load_grammar, parser_lexicon
from quotes.name_tags import NameLexicons
from quotes.parser import BUNDLED_DIR, LEXICON_FILE, StanzaParser
from quotes.training.clitics import Lexicon, clitic_names, written_name_units
from quotes.verb_homographs import VerbHomographs


def _pieces(tokens: list[tuple[str, int, int]], lexicon: Lexicon, text: str) -> list[str]:
    fixed = correct_tokens(tokens, lexicon)
    assert all(text[start:end] == piece for piece, start, end in fixed)
    return [piece for piece, _, _ in fixed]


def test_a_listed_name_whose_rest_is_no_word_is_rejoined_where_the_tokenizer_cut_it() -> None:
    """بولانسكي is unknown to the counts, and so is ولانسكي: the listed name is one word again. بخير stays ب + خير
    (خير is a word), and فورد, whose rest ورد is a word, is left to the counts. Unlisted, بولانسكي is one word all the
    same (no word the counts know is inside ولانسكي); فولانسكي, after ف, is left as the tokenizer cut it."""
    counts = Lexicon({"قال": 5000, "وقال": 9000, "خير": 800, "بخير": 300, "ورد": 486, "فورد": 96, "المخرج": 400})
    lexicon = counts.keeping_names(["بولانسكي", "فورد", "لي"])
    assert lexicon.names - counts.names == {"بولانسكي"}
    text = "وقال المخرج بولانسكي بخير"
    tokens = [("و", 0, 1), ("قال", 1, 4), ("المخرج", 5, 11), ("ب", 12, 13), ("ولانسكي", 13, 20), ("ب", 21, 22), ("خير", 22, 25)]
    assert _pieces(tokens, lexicon, text) == ["و", "قال", "المخرج", "بولانسكي", "ب", "خير"]
    assert _pieces(tokens, counts, text) == ["و", "قال", "المخرج", "بولانسكي", "ب", "خير"]
    assert _pieces([("ف", 0, 1), ("ولانسكي", 1, 8)], counts, "فولانسكي") == ["ف", "ولانسكي"]


def test_ba_before_a_word_with_no_known_word_inside_is_the_words_own_letter() -> None:
    """بيرغمان (Bergman): neither it nor يرغمان is a word the counts know, and no known word is inside يرغمان: the
    tokenizer's ب + يرغمان is one word again. بعثورهم is written as rarely, but عثور (العثور) is inside it with a
    pronoun after it: ب + عثور + هم stays; so does ب + اتجاه where the tokenizer cut its last letter (اتجا + ه).
    بلغراد is a word the counts know and لغراد none: one word. ل before ل stays cut (للطواف is ل + الطواف)."""
    lexicon = Lexicon({"قال": 5000, "وقال": 9000, "المخرج": 400, "العثور": 300, "بلغراد": 40, "للطواف": 9, "في": 9000,
                       "اتجاه": 300, "باتجاه": 600})  # fmt: skip
    text = "وقال المخرج بيرغمان في بلغراد بعثورهم للطواف باتجاه"
    tokens = [("و", 0, 1), ("قال", 1, 4), ("المخرج", 5, 11), ("ب", 12, 13), ("يرغمان", 13, 19), ("في", 20, 22),
              ("ب", 23, 24), ("لغراد", 24, 29), ("ب", 30, 31), ("عثور", 31, 35), ("هم", 35, 37), ("ل", 38, 39),
              ("لطواف", 39, 44), ("ب", 45, 46), ("اتجا", 46, 50), ("ه", 50, 51)]  # fmt: skip
    assert _pieces(tokens, lexicon, text) == [
        "و", "قال", "المخرج", "بيرغمان", "في", "بلغراد", "ب", "عثور", "هم", "ل", "لطواف", "ب", "اتجاه"
    ]  # fmt: skip


def test_fa_before_an_article_whose_word_the_corpus_never_writes_is_part_of_a_name() -> None:
    """فالكاو is common in sports news and الكاو never stands alone: ف + الكاو is one word. فالمسؤولية (الـ word
    known) stays ف + المسؤولية, and ب before the article stays a preposition even when the word after it is rare
    alone (بالتزامن)."""
    lexicon = Lexicon({"فالكاو": 103, "سجل": 900, "فالمسؤولية": 40, "المسؤولية": 3000, "بالتزامن": 214, "التزامن": 15, "هدفا": 300})
    text = "سجل فالكاو هدفا فالمسؤولية بالتزامن"
    tokens = [("سجل", 0, 3), ("ف", 4, 5), ("الكاو", 5, 10), ("هدفا", 11, 15), ("ف", 16, 17), ("المسؤولية", 17, 26),
              ("ب", 27, 28), ("التزامن", 28, 35)]  # fmt: skip
    assert _pieces(tokens, lexicon, text) == ["سجل", "فالكاو", "هدفا", "ف", "المسؤولية", "ب", "التزامن"]


def test_the_article_alone_is_no_word_left_after_a_proclitic() -> None:
    """A three-letter name of ف، و or ب and the article's letters (`فال`، `وال`، `بال`: Fahl, Wall, Ball), which the
    corpus writes rarely: the tokenizer's ف + ال left the article alone, a word that never stands by itself, and the
    name lost its last word (`وقال المتحدث باسم الشركة يوهان فال: …`). It is one word again, however rare; the article
    before a word stays after its proclitic (`فالمسؤولية`)."""
    lexicon = Lexicon({"قال": 5000, "وقال": 9000, "يوهان": 30, "فالمسؤولية": 40, "المسؤولية": 3000, "ال": 400})
    text = "وقال يوهان فال فالمسؤولية"
    tokens = [("و", 0, 1), ("قال", 1, 4), ("يوهان", 5, 10), ("ف", 11, 12), ("ال", 12, 14), ("ف", 15, 16),
              ("المسؤولية", 16, 25)]  # fmt: skip
    assert _pieces(tokens, lexicon, text) == ["و", "قال", "يوهان", "فال", "ف", "المسؤولية"]


def test_a_wikidata_name_word_the_corpus_writes_is_listed_and_kept_whole(tmp_path: Path) -> None:
    """Wikidata's name words (alef-normalised, with Persian and Urdu spellings) join the list only where the corpus
    writes them: والكر (Walker, 30 times) is listed, so the tokenizer's و + الكر is one word again, although الكر looks
    like a word with the article; بالوچستاني, which news never writes, is not; وسلمان, whose rest is a name the counts
    know, is left to them (و + سلمان)."""
    units = tmp_path / "name_units.tsv.gz"
    with gzip.open(units, "wt", encoding="utf-8") as handle:
        handle.write("arabic_key\tgiven\tsurname\tunknown\ttotal\nوالكر\t3\t1\t0\t4\nبالوچستاني\t0\t2\t0\t2\nوسلمان\t0\t1\t0\t1\n")
    counts = Lexicon({"والكر": 30, "سلمان": 400, "وسلمان": 6, "المدرب": 900, "أعلن": 4000, "وأعلن": 3000})
    assert written_name_units(units, counts) == ["والكر", "وسلمان"]
    assert clitic_names(written_name_units(units, counts), counts) == ["والكر"]
    lexicon = counts.keeping_names(["والكر"])
    text = "وأعلن المدرب والكر وسلمان"
    tokens = [("و", 0, 1), ("أعلن", 1, 5), ("المدرب", 6, 12), ("و", 13, 14), ("الكر", 14, 18), ("و", 19, 20), ("سلمان", 20, 25)]
    assert _pieces(tokens, lexicon, text) == ["و", "أعلن", "المدرب", "والكر", "و", "سلمان"]
    assert _pieces(tokens, counts, text) == ["و", "أعلن", "المدرب", "و", "الكر", "و", "سلمان"]


def test_the_clitic_names_are_the_parsers_and_no_rules_lexicon() -> None:
    """The rules' lexicons (`@name` in a rule) leave the parser's name list out; the parser reads it from its own
    folder."""
    assert "clitic_names" not in load_grammar().lexicons
    assert {"والتر", "بولانسكي"} <= {entry.written for entry in parser_lexicon("clitic_names").entries.values()}


def test_the_parsers_lexicon_keeps_the_listed_names_and_the_forms_of_walid() -> None:
    """The lexicon `quotes parse` corrects with: listed names (clitic_names.tsv) and والد with its forms (clitic_keep.txt)
    are rejoined where the tokenizer cut them; و + قال and ب + أن are still cut."""
    lexicon = correction_lexicon(BUNDLED_DIR / LEXICON_FILE, NameLexicons.bundled(), VerbHomographs.bundled())
    assert {"بلومبرغ", "لاكروا", "برونسون"} <= {entry.written for entry in parser_lexicon("clitic_names").entries.values()}
    text = "وقال لاكروا وبلومبرغ بأن والده"
    tokens = [("و", 0, 1), ("قال", 1, 4), ("ل", 5, 6), ("اكروا", 6, 11), ("و", 12, 13), ("ب", 13, 14), ("لومبرغ", 14, 20),
              ("ب", 21, 22), ("أن", 22, 24), ("و", 25, 26), ("الد", 26, 29), ("ه", 29, 30)]  # fmt: skip
    assert _pieces(tokens, lexicon, text) == ["و", "قال", "لاكروا", "و", "بلومبرغ", "ب", "أن", "والد", "ه"]
    # a listed name says nothing of a pronoun at its end: كونها is كون + ها, فينا (also Vienna) في + نا
    assert _pieces([("كون", 0, 3), ("ها", 3, 5), ("في", 6, 8), ("نا", 8, 10)], lexicon, "كونها فينا") == ["كون", "ها", "في", "نا"]
    # common words whose "rest" is a commoner word (احد، كرة) stay whole too; و + أحد and ف + كرة القدم are written
    # with the hamza or are rare
    assert [lexicon.segment(word) for word in ("واحد", "فكرة", "وقال")] == [["واحد"], ["فكرة"], ["و", "قال"]]


def test_a_listed_name_of_several_words_keeps_its_first_word_whole() -> None:
    """بان is ب + ان ("that", أن written without its hamza) in most news, and the counts cut it so; before كي مون it
    is the first word of the name (rules/lexicons/parser/clitic_name_phrases.tsv) and stays whole. بان before any
    other word is still cut, and so is بان before كي alone (the name's words must all follow)."""
    lexicon = Lexicon({"قال": 5000, "وقال": 9000, "ان": 8000, "بان": 900, "كي": 700, "مون": 40, "الأمين": 600, "الوضع": 500})
    text = "وقال الأمين بان كي مون بان الوضع بان كي"
    tokens = [("و", 0, 1), ("قال", 1, 4), ("الأمين", 5, 11), ("ب", 12, 13), ("ان", 13, 15), ("كي", 16, 18), ("مون", 19, 22),
              ("ب", 23, 24), ("ان", 24, 26), ("الوضع", 27, 32), ("ب", 33, 34), ("ان", 34, 36), ("كي", 37, 39)]  # fmt: skip
    assert _pieces(tokens, lexicon, text) == ["و", "قال", "الأمين", "بان", "كي", "مون", "ب", "ان", "الوضع", "ب", "ان", "كي"]
    assert "بان كي مون" in {entry.written for entry in parser_lexicon("clitic_name_phrases").entries.values()}
    assert "clitic_name_phrases" not in load_grammar().lexicons


@pytest.mark.model
def test_foreign_names_come_out_of_the_parser_whole() -> None:
    """End to end: the tokenizer cuts these names (ب + ولانسكي, ف + الكاو, ف + التر); the parse has each one word."""
    parser = StanzaParser(threads=1)
    text = (
        "وأوضح المخرج رومان بولانسكي أن الفيلم جاهز. وسجل رادميل فالكاو هدفين. وقال فرانك فالتر إن ألمانيا تدعم الحوار."
        " وأعلن الكاتب والتر موسلي أن روايته الجديدة جاهزة."
        " وحث الأمين العام للأمم المتحدة بان كي مون الدول المانحة على الوفاء بتعهداتها، وأكد بان الوضع خطير."
    )
    words = [word.text for sentence in parser.parse(text).sentences for word in sentence.words]
    for name in ("بولانسكي", "فالكاو", "فالتر", "والتر", "بان"):
        assert name in words
    assert words.count("بان") == 1  # (وأكد بان الوضع: ب + ان, "that")


def test_cnn_is_a_listed_name_with_or_without_the_hamza_below() -> None:
    """سي إن إن (CNN) is three proper nouns to the parser, also written سي ان ان; BBC before أن written twice (بي بي
    سي أن أن, a typo of the PUD treebank) is no CNN: the hamza above is the complementizer's."""
    assert listed_name_words("وقال لشبكة سي إن إن إن الوفد سيصل".split()) == [2, 3, 4]
    assert listed_name_words("وقال لشبكة سي ان ان انه لا يخشى".split()) == [2, 3, 4]
    assert listed_name_words("قالت الشركة للبي بي سي أن أن المسؤولية تقع".split()) == []
    assert listed_name_words("وقال لشبكة إن بي سي إن المفاوضات مستمرة".split()) == [2, 3, 4]  # NBC
