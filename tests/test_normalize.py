"""Normalisation: invisible format characters (bidi marks, zero-width joiners) do not hide a word."""

from __future__ import annotations

import pytest

from quotes.normalize import form_keys, normalize, written_word_start

RLM, LRM, ALM, ZWNJ = "\u200f", "\u200e", "\u061c", "\u200c"

# Social-media text: a right-to-left mark glued to the cue, as a tokenizer keeps it.
MARKED_CUE = f"""# newdoc id = marked-1
# text = {RLM}صرّح المدير إن المصنع سيغلق.
1	{RLM}صرّح	صَرَّح	VERB	VP-A-3MS--	Aspect=Perf|Gender=Masc|Number=Sing|Person=3|Voice=Act	0	root	_	_
2	المدير	مُدِير	NOUN	N------S1D	Case=Nom|Definite=Def|Number=Sing	1	nsubj	_	_
3	إن	إِنَّ	SCONJ	C---------	_	5	mark	_	_
4	المصنع	مَصنَع	NOUN	N------S4D	Case=Acc|Definite=Def|Number=Sing	5	nsubj	_	_
5	سيغلق	أَغلَق	VERB	VI-P-3MS--	Aspect=Imp|Gender=Masc|Number=Sing|Person=3|Voice=Pass	1	ccomp	_	SpaceAfter=No
6	.	.	PUNCT	G---------	_	1	punct	_	_

"""


@pytest.mark.parametrize("written", [f"{RLM}قال", f"قال{LRM}", f"ق{ALM}ال", f"قا{ZWNJ}ل", "\ufeffقال", "\u2067قال\u2069"])
def test_invisible_format_characters_are_not_part_of_a_word(written: str) -> None:
    assert normalize(written) == "قال"


def test_a_marked_word_keeps_its_readings() -> None:
    assert form_keys(f"{RLM}والوزير") == ("والوزير", "الوزير", "وزير")


def test_a_cue_carrying_a_bidi_mark_is_still_a_cue(extractor) -> None:
    (quote,) = extractor.extract_parsed(MARKED_CUE)
    text = f"{RLM}صرّح المدير إن المصنع سيغلق."
    assert quote.cue.text == f"{RLM}صرّح" and text[quote.cue.start : quote.cue.end] == quote.cue.text
    assert quote.content.text == "إن المصنع سيغلق"
    assert quote.speaker is not None and quote.speaker.text == "المدير"


def test_normal_forms_are_remembered_for_short_texts_within_a_bounded_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotes import normalize as module

    monkeypatch.setattr(module, "_remembered", {})
    monkeypatch.setattr(module, "_REMEMBERED_LIMIT", 3)
    words = ["قالَ", "أضافْ", "الوزيرُ", "إنّ", "مُؤكداً"]
    assert [normalize(word) for word in words] == ["قال", "اضاف", "الوزير", "ان", "موكدا"]
    assert len(module._remembered) <= 3  # forgotten all at once past the limit: a long run's memory stays flat
    assert [normalize(word) for word in words] == ["قال", "اضاف", "الوزير", "ان", "موكدا"]  # the same, remembered or not
    long_text = "وقال الوزيرُ إنّ الحكومةَ ستطرحُ القانونَ الجديدَ على مجلسِ الشورى قريباً"
    assert len(long_text) > module._REMEMBERED_LENGTH
    assert normalize(long_text).startswith("وقال الوزير ان الحكومه") and long_text not in module._remembered


@pytest.mark.parametrize(
    ("text", "position", "start"),
    [
        ("الناطق باسم المفوضية ليو دوبس", 22, 21),  # the clitic pass read ل + يو: the written word starts at ل
        ("وقال الأمير خالد رحمه الله", 17, 17),  # a word's own start stays
        ("قال: «نعم»", 5, 5),  # a mark is no letter: nothing to go back over
        ("وبحسب المصدر", 1, 0),  # بحسب of وبحسب, cut off its و
    ],
)
def test_the_written_word_a_position_falls_inside(text: str, position: int, start: int) -> None:
    assert written_word_start(text, position) == start
