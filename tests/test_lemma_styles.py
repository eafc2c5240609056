"""Lemmas in either treebank's spelling read the same (MODEL.md, "Session 9: the lemmatizer on news").

A lemmatizer trained on PADT + PUD writes PADT's vocalised lemmas, whose marks come in another order than PUD's
(shadda before the short vowel: أَكَّد as أ َ ك ّ َ د, PUD's أ َ ك َ ّ د); the rules compare lemmas after
`quotes.normalize.normalize`, so a sentence written for this test, parsed the same way, gives the same quote whichever
spelling its lemmas have. No model is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from conftest import sources
from quotes.api import Extractor
from quotes.conllu_reading import documents_from_conllu

FATHA, DAMMA, KASRA, SHADDA = "\u064e", "\u064f", "\u0650", "\u0651"
TEXT = "وأكد المتحدث باسم الوزارة فهد العتيبي أن المشروع سيكتمل في العام المقبل."
# form, lemma as PUD writes it (short vowel before shadda), UPOS, FEATS, head, relation
ROWS = [
    ("و", "و" + FATHA, "CCONJ", "_", 2, "cc"),
    ("أكد", "أ" + FATHA + "ك" + FATHA + SHADDA + "د", "VERB", "Aspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act", 0, "root"),
    ("المتحدث", "م" + DAMMA + "ت" + FATHA + "ح" + FATHA + "د" + KASRA + SHADDA + "ث", "NOUN", "Case=Nom|Definite=Def", 2, "nsubj"),
    ("ب", "ب" + KASRA, "ADP", "_", 5, "case"),
    ("اسم", "ا" + KASRA + "سم", "NOUN", "Case=Gen|Definite=Cons|Number=Sing", 3, "nmod"),
    ("الوزارة", "و" + KASRA + "ز" + FATHA + "ار" + FATHA + "ة", "NOUN", "Case=Gen|Definite=Def|Number=Sing", 5, "nmod"),
    ("فهد", "ف" + FATHA + "هد", "PROPN", "_", 3, "nmod"),
    ("العتيبي", "العتيبي", "PROPN", "_", 7, "flat"),
    ("أن", "أ" + FATHA + "ن" + FATHA + SHADDA, "SCONJ", "_", 11, "mark"),
    ("المشروع", "م" + FATHA + "شر" + DAMMA + "وع", "NOUN", "Case=Acc|Definite=Def|Number=Sing", 11, "nsubj"),
    ("سيكتمل", "ا" + KASRA + "كت" + FATHA + "م" + FATHA + "ل", "VERB", "Aspect=Imp|Gender=Masc|Number=Sing|Person=3|Voice=Act", 2, "ccomp"),
    ("في", "ف" + KASRA + "ي", "ADP", "_", 13, "case"),
    ("العام", "ع" + FATHA + "ام", "NOUN", "Case=Gen|Definite=Def|Number=Sing", 11, "obl"),
    ("المقبل", "م" + DAMMA + "قب" + KASRA + "ل", "ADJ", "Case=Gen|Definite=Def|Number=Sing", 13, "amod"),
    (".", ".", "PUNCT", "_", 2, "punct"),
]
GLUED = {1, 4, 14}  # no space after و, ب and المقبل


def padt_order(lemma: str) -> str:
    """PADT's order: the shadda first, then the short vowel."""
    return re.sub(f"([{FATHA}{DAMMA}{KASRA}]){SHADDA}", SHADDA + r"\1", lemma)


def bare(lemma: str) -> str:
    """No vowel marks at all."""
    return re.sub("[\u064b-\u0652]", "", lemma)


def conllu(spell: Callable[[str], str]) -> str:
    lines = ["# newdoc id = lemma-styles", f"# text = {TEXT}"]
    for number, (form, lemma, upos, feats, head, relation) in enumerate(ROWS, 1):
        misc = "SpaceAfter=No" if number in GLUED else "_"
        lines.append("\t".join((str(number), form, spell(lemma), upos, "_", feats, str(head), relation, "_", misc)))
    return "\n".join(lines) + "\n\n"


@pytest.mark.parametrize("spell", [padt_order, bare], ids=["padt-mark-order", "no-marks"])
def test_a_lemma_in_padts_spelling_gives_the_same_quote_as_pud_spelling(extractor: Extractor, spell: Callable[[str], str]) -> None:
    assert spell(ROWS[1][1]) != ROWS[1][1]
    (pud,) = documents_from_conllu(conllu(lambda lemma: lemma))
    (other,) = documents_from_conllu(conllu(spell))
    expected = [("وأكد", "فهد العتيبي", "فهد العتيبي", "المتحدث باسم الوزارة")]
    assert sources(extractor, pud) == sources(extractor, other) == expected
    assert [quote.cue.lemma for quote in extractor.extract_parsed(other)] == ["اكد"]
