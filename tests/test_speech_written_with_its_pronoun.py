"""The speech a source speaks in is no part of the source, even when the tokenizer leaves its pronoun on the noun
(`وقال فلان في كلمته "…"`، `في خطابه`، `في كلمتها`): the noun with its pronoun is still the occasion of speaking,
like `في بيان لها`, and the speaker's mention stops before it (the spec: the speaker is who speaks, without where or
how; quotes/speakers/words.py is_occasion). Issue 10; the shape was seen on a SaudiNewsNet article annotated in
session 35 outside the gold sets.

The sentences were written for the test (invented content).
tests/data/entities/speech_written_with_its_pronoun.conllu holds them as the bundled model parsed them (`quotes
parse`, entity tagger on); no model is loaded.
"""

from __future__ import annotations

import pytest

from conftest import entity_parses, sources
from quotes.api import Extractor
from quotes.normalize import normalize
from quotes.speakers.words import possessed_nouns

DOCUMENTS = entity_parses("speech_written_with_its_pronoun")


def test_a_title_speaks_in_his_speech(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["leader-in-his-speech"]) == [("وقال", "الزعيم", "الزعيم", "الزعيم")]


def test_a_surname_speaks_in_his_speech(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["surname-in-his-speech"]) == [("وقال", "الاسد", "الاسد", None)]


def test_a_woman_speaks_in_her_speech(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["surname-in-her-speech"]) == [("وقالت", "العطار", "العطار", None)]


def test_a_surname_speaks_in_his_address(extractor: Extractor) -> None:
    assert sources(extractor, DOCUMENTS["surname-in-his-address"]) == [("وقال", "الرميثي", "الرميثي", None)]


@pytest.mark.parametrize(
    ("written", "nouns"),
    [
        ("كلمته", ("كلمت", "كلمة")),  # the feminine ending is written ت before the pronoun
        ("تصريحاته", ("تصريحات", "تصريحاة")),  # a plural in ات keeps its ت
        ("خطابهما", ("خطاب",)),
        ("سموه", ("سمو",)),
        ("فهم", ()),  # too short to carry a pronoun
        ("بيان", ()),
    ],
)
def test_a_noun_with_its_pronoun_is_read_back_to_the_noun(written: str, nouns: tuple[str, ...]) -> None:
    assert possessed_nouns(normalize(written)) == tuple(normalize(noun) for noun in nouns)
