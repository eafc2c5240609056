"""A name's last ه is its own letter, not a pronoun, in the clitic pass.

Foreign and Persian names often end in ه (`كليزه`، `بوعكاشه`، `هاشمزاده`، `مرزاقه`), and the compact tokenizer, which
learnt that a final ه is the pronoun "his", cuts it off: `شنقريح` + `ه`, and the parser may then read the name as a
verb with its object. The corpus counts cannot tell these from real pronouns: a stem they do not know before ه is
usually a rare word with its pronoun (`ويعاونه`، `بتربيتها`, 37 of the 42 such splits on the WikiNews test). Two
things keep the ه:

- the name word is listed (``rules/lexicons/parser/final_ha_names.tsv``, from arabnamer and Wikidata's name words)
  and what is left without its ه is no word the counts know (seen 5 times; with ى or ا after it, ة for its final ت,
  or the article; the stem with ة after it is no evidence, for a word ending in ة takes its pronoun after ت). A
  listed name whose stem is a word (`زاده`، `زاد`) is left to the counts;
- the word stands right after a given name or a name particle (`بن`، `أبو`) and its stem is no word the counts know
  (`كريم توريكه`); a stem the counts know keeps its pronoun after a name too (`سلم خالد رسالته`).

Informal text writes ة without its dots (`علاقه`، `الإصابه`): a stem no word the counts know whose form with ة is
common is that word, not the stem with a pronoun (`clitic_pass._ta_marbuta_written_ha`).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from conftest import clitic_pieces
from quotes.clitic_pass import correction_lexicon
from quotes.grammar.loader import load_grammar, parser_lexicon
from quotes.name_tags import NameLexicons
from quotes.parser import BUNDLED_DIR, LEXICON_FILE, StanzaParser
from quotes.training.clitics import Lexicon, final_ha_names, write_final_ha_names
from quotes.verb_homographs import VerbHomographs

COUNTS = Lexicon({"قال": 5000, "وقال": 9000, "المدرب": 900, "إن": 9000, "رسالة": 800, "سلم": 300, "زاد": 400,
                  "زاده": 20, "ضيف": 120, "استقبل": 500, "عمل": 3000})  # fmt: skip


def test_a_listed_name_whose_stem_is_no_word_keeps_its_ha() -> None:
    """`وقال المدرب بوعكاشه`: بوعكاش is no word, so the listed name is one word again; `عمله` stays عمل + ه."""
    lexicon = COUNTS.keeping_final_ha(["بوعكاشه", "زاده"])
    assert lexicon.final_ha_names == {"بوعكاشه"}  # زاد is a word: زاده is left to the counts
    text = "وقال المدرب بوعكاشه عمله"
    cuts = ["و", "قال", "المدرب", "بوعكاش", "ه", "عمل", "ه"]
    assert clitic_pieces(text, cuts, lexicon) == ["و", "قال", "المدرب", "بوعكاشه", "عمل", "ه"]
    assert clitic_pieces(text, cuts, COUNTS) == ["و", "قال", "المدرب", "بوعكاش", "ه", "عمل", "ه"]


def test_the_stem_with_ta_marbuta_is_no_evidence_of_a_word() -> None:
    """`نيرابيه` is listed though the counts write `نيرابية` (the name written with ة); `رسالته`'s stem رسالت is the
    word رسالة, written with ة for its ت."""
    lexicon = Lexicon({"نيرابية": 30, "رسالة": 800})
    assert not lexicon.stem_known("نيرابي")
    assert lexicon.stem_known("رسالت")
    assert lexicon.keeping_final_ha(["نيرابيه", "رسالته"]).final_ha_names == {"نيرابيه"}


def test_a_word_after_a_given_name_whose_stem_is_no_word_is_a_family_name() -> None:
    """`وقال كريم توريكه`: after a given name, ه on a stem no one writes is the family name's last letter; so it is
    after a name particle (`ابن ماجه`). A stem the counts know keeps its pronoun there: `سلم خالد رسالته`,
    `استقبل سامي ضيفه`; and ه after a stem no one writes stays a pronoun after a word that is no name."""
    lexicon = COUNTS.following_name_starts(["كريم", "خالد", "سامي", "ابن"])
    text = "وقال كريم توريكه"
    assert clitic_pieces(text, ["و", "قال", "كريم", "توريك", "ه"], lexicon) == ["و", "قال", "كريم", "توريكه"]
    assert clitic_pieces("ابن ماجه", ["ابن", "ماج", "ه"], lexicon) == ["ابن", "ماجه"]
    assert clitic_pieces("سلم خالد رسالته", ["سلم", "خالد", "رسالت", "ه"], lexicon) == ["سلم", "خالد", "رسالت", "ه"]
    assert clitic_pieces("استقبل سامي ضيفه", ["استقبل", "سامي", "ضيف", "ه"], lexicon) == ["استقبل", "سامي", "ضيف", "ه"]
    assert clitic_pieces("المدرب توريكه", ["المدرب", "توريك", "ه"], lexicon) == ["المدرب", "توريك", "ه"]


def test_ta_marbuta_written_ha_is_the_words_last_letter() -> None:
    """`له علاقه بالقضية` (علاقة) and `تعرض اللاعب لكدمه` (كدمة) are one word each; `عمله` stays عمل + ه, and so does
    `رسالته`, whose stem رسالت is the word رسالة."""
    lexicon = Lexicon({"علاقة": 900, "كدمة": 30, "عمل": 3000, "رسالة": 800, "له": 5000, "بالقضية": 100})
    assert clitic_pieces("له علاقه بالقضية", ["له", "علاق", "ه", "بالقضية"], lexicon) == ["له", "علاقه", "بالقضية"]
    assert clitic_pieces("لكدمه", ["ل", "كدم", "ه"], lexicon) == ["ل", "كدمه"]
    assert clitic_pieces("عمله", ["عمل", "ه"], lexicon) == ["عمل", "ه"]
    assert clitic_pieces("رسالته", ["رسالت", "ه"], lexicon) == ["رسالت", "ه"]


def test_the_list_is_built_from_the_name_lists(tmp_path: Path) -> None:
    """`python -m quotes.training final-ha-names`: the one-word Arabic spellings of arabnamer and the name words of
    Wikidata that end in ه with no word left without it; Persian letters (گ) and names with a word before ه are left
    out."""
    arabnamer = tmp_path / "dict_FINAL.json.gz"
    with gzip.open(arabnamer, "wt", encoding="utf-8") as handle:
        json.dump({"Boukacha": "بوعكاشه", "Zadeh": "زاده", "Ali Zadeh": "علي هاشمزاده"}, handle, ensure_ascii=False)
    units = tmp_path / "name_units.tsv.gz"
    with gzip.open(units, "wt", encoding="utf-8") as handle:
        handle.write("arabic_key\tgiven\tsurname\tunknown\ttotal\nمرزاقه\t0\t2\t0\t2\nگلاره\t2\t0\t0\t2\n")
    assert final_ha_names(["بوعكاشه", "زاده"], COUNTS) == ["بوعكاشه"]
    out = tmp_path / "final_ha_names.tsv"
    assert write_final_ha_names(arabnamer, units, COUNTS, out) == 3
    assert [line for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")][1:] == [
        "بوعكاشه",
        "مرزاقه",
        "هاشمزاده",
    ]


def test_the_final_ha_names_are_the_parsers_and_no_rules_lexicon() -> None:
    """The rules' lexicons leave the list out; the parser's lexicon keeps its names and reads given names and name
    particles as the start of a name."""
    assert "final_ha_names" not in load_grammar().lexicons
    listed = {entry.written for entry in parser_lexicon("final_ha_names").entries.values()}
    assert {"بوعكاشه", "شنقريحه", "مرزاقه"} <= listed
    assert "زاده" not in listed
    lexicon = correction_lexicon(BUNDLED_DIR / LEXICON_FILE, NameLexicons.bundled(), VerbHomographs.bundled())
    assert {"كريم", "ابن", "أبو"} <= lexicon.name_starts


@pytest.mark.model
def test_names_ending_in_ha_come_out_of_the_parser_whole() -> None:
    """End to end: the tokenizer cuts these names before their ه (شنقريح + ه, توريك + ه); the parse has each one word,
    and a pronoun on a word stays apart (فيلم + ه)."""
    parser = StanzaParser(threads=1)
    text = "وأكد الوزير شنقريحه أن الجيش مستعد. وقال المخرج كريم توريكه إن فيلمه الجديد جاهز."
    words = [word.text for sentence in parser.parse(text).sentences for word in sentence.words]
    assert {"شنقريحه", "توريكه"} <= set(words)
    assert "فيلمه" not in words and "فيلم" in words
