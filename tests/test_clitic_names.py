"""Foreign names that begin with a proclitic's letter stay one word in the clitic pass.

A name such as ``بولانسكي``, ``بلومبرغ`` or ``لاكروا`` begins with ب or ل, and the tokenizer, which learnt on PUD that
a word-initial ب is often a preposition, cuts it: ب + ولانسكي. Where the corpus counts know the name (``بوتين``,
``فيليب``) the clitic pass rejoins it; a name the corpus (almost) never writes is kept whole when it is one of the
listed name words (``rules/lexicons/clitic_names.tsv``, from arabnamer) and what is left without its first letter is no
word the counts know. ف before an "article" whose word the corpus never writes is the name's own first letters
(``فالتر``, ``فالكاو``), where ب before the article stays a preposition (``بالتزامن``).
"""

from __future__ import annotations

import pytest

from quotes.grammar.loader import bundled_lexicon
from quotes.name_tags import NameLexicons
from quotes.parser import BUNDLED_DIR, LEXICON_FILE, StanzaParser, correct_tokens, correction_lexicon
from quotes.training.clitics import Lexicon
from quotes.verb_homographs import VerbHomographs


def _pieces(tokens: list[tuple[str, int, int]], lexicon: Lexicon, text: str) -> list[str]:
    fixed = correct_tokens(tokens, lexicon)
    assert all(text[start:end] == piece for piece, start, end in fixed)
    return [piece for piece, _, _ in fixed]


def test_a_listed_name_whose_rest_is_no_word_is_rejoined_where_the_tokenizer_cut_it() -> None:
    """بولانسكي is unknown to the counts, and so is ولانسكي: the listed name is one word again. بخير stays ب + خير
    (خير is a word), and فورد, whose rest ورد is a word, is left to the counts."""
    counts = Lexicon({"قال": 5000, "وقال": 9000, "خير": 800, "بخير": 300, "ورد": 486, "فورد": 96, "المخرج": 400})
    lexicon = counts.keeping_names(["بولانسكي", "فورد", "لي"])
    assert lexicon.names - counts.names == {"بولانسكي"}
    text = "وقال المخرج بولانسكي بخير"
    tokens = [("و", 0, 1), ("قال", 1, 4), ("المخرج", 5, 11), ("ب", 12, 13), ("ولانسكي", 13, 20), ("ب", 21, 22), ("خير", 22, 25)]
    assert _pieces(tokens, lexicon, text) == ["و", "قال", "المخرج", "بولانسكي", "ب", "خير"]
    assert _pieces(tokens, counts, text) == ["و", "قال", "المخرج", "ب", "ولانسكي", "ب", "خير"]


def test_fa_before_an_article_whose_word_the_corpus_never_writes_is_part_of_a_name() -> None:
    """فالكاو is common in sports news and الكاو never stands alone: ف + الكاو is one word. فالمسؤولية (الـ word
    known) stays ف + المسؤولية, and ب before the article stays a preposition even when the word after it is rare
    alone (بالتزامن)."""
    lexicon = Lexicon({"فالكاو": 103, "سجل": 900, "فالمسؤولية": 40, "المسؤولية": 3000, "بالتزامن": 214, "التزامن": 15, "هدفا": 300})
    text = "سجل فالكاو هدفا فالمسؤولية بالتزامن"
    tokens = [("سجل", 0, 3), ("ف", 4, 5), ("الكاو", 5, 10), ("هدفا", 11, 15), ("ف", 16, 17), ("المسؤولية", 17, 26),
              ("ب", 27, 28), ("التزامن", 28, 35)]  # fmt: skip
    assert _pieces(tokens, lexicon, text) == ["سجل", "فالكاو", "هدفا", "ف", "المسؤولية", "ب", "التزامن"]


def test_the_parsers_lexicon_keeps_the_listed_names_and_the_forms_of_walid() -> None:
    """The lexicon `quotes parse` corrects with: listed names (clitic_names.tsv) and والد with its forms (clitic_keep.txt)
    are rejoined where the tokenizer cut them; و + قال and ب + أن are still cut."""
    lexicon = correction_lexicon(BUNDLED_DIR / LEXICON_FILE, NameLexicons.bundled(), VerbHomographs.bundled())
    assert {"بلومبرغ", "لاكروا", "برونسون"} <= {entry.written for entry in bundled_lexicon("clitic_names").entries.values()}
    text = "وقال لاكروا وبلومبرغ بأن والده"
    tokens = [("و", 0, 1), ("قال", 1, 4), ("ل", 5, 6), ("اكروا", 6, 11), ("و", 12, 13), ("ب", 13, 14), ("لومبرغ", 14, 20),
              ("ب", 21, 22), ("أن", 22, 24), ("و", 25, 26), ("الد", 26, 29), ("ه", 29, 30)]  # fmt: skip
    assert _pieces(tokens, lexicon, text) == ["و", "قال", "لاكروا", "و", "بلومبرغ", "ب", "أن", "والد", "ه"]
    # a listed name says nothing of a pronoun at its end: كونها is كون + ها, فينا (also Vienna) في + نا
    assert _pieces([("كون", 0, 3), ("ها", 3, 5), ("في", 6, 8), ("نا", 8, 10)], lexicon, "كونها فينا") == ["كون", "ها", "في", "نا"]
    # common words whose "rest" is a commoner word (احد، كرة) stay whole too; و + أحد and ف + كرة القدم are written
    # with the hamza or are rare
    assert [lexicon.segment(word) for word in ("واحد", "فكرة", "وقال")] == [["واحد"], ["فكرة"], ["و", "قال"]]


@pytest.mark.model
def test_foreign_names_come_out_of_the_parser_whole() -> None:
    """End to end: the tokenizer cuts these names (ب + ولانسكي, ف + الكاو, ف + التر); the parse has each one word."""
    parser = StanzaParser(threads=1)
    text = "وأوضح المخرج رومان بولانسكي أن الفيلم جاهز. وسجل رادميل فالكاو هدفين. وقال فرانك فالتر إن ألمانيا تدعم الحوار."
    words = [word.text for sentence in parser.parse(text).sentences for word in sentence.words]
    for name in ("بولانسكي", "فالكاو", "فالتر"):
        assert name in words
