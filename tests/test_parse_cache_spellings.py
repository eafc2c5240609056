"""Reading a parse cache: a row's spelling (FORM, LEMMA, UPOS, XPOS, FEATS) is read once per corpus.

Most rows of a corpus repeat a spelling (قال، في، أن …): the parse-cache reader remembers, by the five columns as
written, the strings, features and normalised readings they give a word, so that a row costs one lookup of one
string, and the words spelled alike share one set of readings. What it reads must be what the general reader reads
from the same rows (a row whose MISC does not open with the offsets takes the general reader), `_` for a lemma, a tag
or a relation included, and the memory is bounded as every memory of the rules (tests/test_bounded_memories.py).
"""

from __future__ import annotations

import pytest

from quotes import conllu_reading
from quotes.conllu_reading import documents_from_conllu
from quotes.graph import Word

#: Written as `quotes parse` writes a document (the offsets first in MISC): the general reader's tree, text and tags.
CACHED = """# newdoc id = cache-1
# doc_text_json = "وأكد المدير أن المدير سيحضر"
# entity_tags = yes
# sent_id = cache-1-1
# text = وأكد المدير أن المدير سيحضر
1\tوأكد\tأَكَّد\tVERB\tVP-A-3MS--\tAspect=Perf|Gender=Masc\t0\troot\t_\tstart_char=0|end_char=4
2\tالمدير\tمُدِير\tNOUN\tN------S1D\tCase=Nom|Definite=Def\t1\tnsubj\t_\tstart_char=5|end_char=11|NER=S-PER
3\tأن\t_\tSCONJ\t_\t_\t5\tmark\t_\tstart_char=12|end_char=14
4\tالمدير\tمُدِير\tNOUN\tN------S1D\tCase=Nom|Definite=Def\t5\t_\t_\tstart_char=15|end_char=21
5\tسيحضر\tحَضَر\t_\t_\t_\t1\tccomp\t_\tstart_char=22|end_char=27

"""


def _through_the_general_reader(conllu: str) -> str:
    """The same rows with MISC in another order: the parse-cache reader leaves them to the general reader."""
    return conllu.replace("|end_char=", "|SpaceAfter=Yes|end_char=")


def _readings(word: Word) -> tuple[object, ...]:
    return (word.lemma_key, word.keys, word.token_keys, word.trigger_keys, word.spelling)


def test_the_cached_rows_read_as_the_general_reader_reads_them() -> None:
    cached = documents_from_conllu(CACHED)[0]
    general = documents_from_conllu(_through_the_general_reader(CACHED))[0]
    assert cached.text == general.text
    assert cached.entity_tags == general.entity_tags == (("O", "S-PER", "O", "O", "O"),)
    words = cached.sentences[0].words
    assert words == general.sentences[0].words
    assert [_readings(word) for word in words] == [_readings(word) for word in general.sentences[0].words]
    # `_` reads as the general reader reads it: the lemma as the form, the tag as X, the relation as dep
    assert (words[2].lemma, words[4].upos, words[3].deprel) == ("أن", "X", "dep")
    assert words[0].feats == (("Aspect", "Perf"), ("Gender", "Masc"))


def test_words_spelled_alike_share_one_reading_of_their_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conllu_reading, "_SPELLINGS", {})
    words = documents_from_conllu(CACHED)[0].sentences[0].words
    assert [(word.text, word.lemma, word.upos, word.xpos, word.feats) for word in (words[1], words[3])] == [
        ("المدير", "مُدِير", "NOUN", "N------S1D", (("Case", "Nom"), ("Definite", "Def")))
    ] * 2
    assert len(conllu_reading._SPELLINGS) == 4  # five rows, two of them المدير spelled alike
    spelled = conllu_reading._SPELLINGS["المدير\tمُدِير\tNOUN\tN------S1D\tCase=Nom|Definite=Def"]
    for word in (words[1], words[3]):
        assert word.text is spelled[0] and word.feats is spelled[4] and word.keys is spelled[6]


def test_the_memory_of_spellings_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conllu_reading, "_SPELLINGS", {})
    monkeypatch.setattr(conllu_reading, "_SPELLINGS_LIMIT", 3)
    first = documents_from_conllu(CACHED)[0].sentences[0].words
    assert 0 < len(conllu_reading._SPELLINGS) <= 3
    again = documents_from_conllu(CACHED.replace("cache-1", "cache-2"))[0].sentences[0].words
    assert again == first and len(conllu_reading._SPELLINGS) <= 3
