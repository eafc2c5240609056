"""The relative pronouns as the lexicon lists them: every one is known, and each agrees with the nouns its gender and
number allow (rules/lexicons/relative_pronouns.tsv)."""

from __future__ import annotations

import pytest

from quotes.drafts.relatives import agrees_with, pronoun_gender
from quotes.graph import Word
from quotes.normalize import normalize
from quotes.speakers.words import RELATIVE_PRONOUNS


def _noun(text: str, feats: str = "") -> Word:
    """A noun as the tagger gives it, with the features written as in CoNLL-U (`Gender=Fem|Number=Sing`)."""
    pairs = tuple(tuple(pair.split("=")) for pair in feats.split("|") if pair)
    return Word(1, text, text, "NOUN", "_", pairs, 0, "root", 0, len(text), text)  # type: ignore[arg-type]


@pytest.mark.parametrize("pronoun", ["الذي", "التي", "الذين", "اللذان", "اللتان", "اللاتي", "اللواتي"])
def test_every_relative_pronoun_is_listed(pronoun: str) -> None:
    assert normalize(pronoun) in RELATIVE_PRONOUNS


def test_a_noun_is_no_relative_pronoun() -> None:
    assert agrees_with(normalize("الوزير"), _noun("الوزير")) is None
    assert pronoun_gender(normalize("الوزير")) is None


@pytest.mark.parametrize(
    ("pronoun", "noun", "feats", "agrees"),
    [
        ("الذي", "الوزير", "Gender=Masc|Number=Sing", True),
        ("الذي", "المتحدثة", "Gender=Fem|Number=Sing", False),
        ("التي", "المتحدثة", "Gender=Fem|Number=Sing", True),
        ("التي", "المصادر", "Gender=Masc|Number=Plur", True),  # a plural of things
        ("التي", "الوزير", "Gender=Masc|Number=Sing", False),
        ("الذين", "المسؤولون", "Gender=Masc|Number=Plur", True),
        ("الذين", "المسؤول", "Gender=Masc|Number=Sing", False),
        ("اللذان", "الوزيران", "Gender=Masc|Number=Dual", True),
        ("اللذان", "الوزير", "Gender=Masc|Number=Sing", False),
        ("اللاتي", "الطبيبات", "Gender=Fem|Number=Plur", True),
        ("اللاتي", "الأطباء", "Gender=Masc|Number=Plur", False),
    ],
)
def test_each_pronoun_agrees_with_its_nouns(pronoun: str, noun: str, feats: str, agrees: bool) -> None:
    assert agrees_with(normalize(pronoun), _noun(noun, feats)) is agrees


def test_a_noun_without_features_is_feminine_by_its_ending() -> None:
    assert agrees_with(normalize("التي"), _noun("الهيئة")) is True
    assert agrees_with(normalize("الذي"), _noun("المدير")) is True


def test_the_verb_of_a_clause_takes_the_pronouns_gender() -> None:
    assert pronoun_gender(normalize("الذي")) == "Masc"
    assert pronoun_gender(normalize("التي")) == "Fem"
    assert pronoun_gender(normalize("الذين")) == "Masc"
