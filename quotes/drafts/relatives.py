"""The relative pronouns (``rules/lexicons/relative_pronouns.tsv``) and the nouns and verbs each agrees with.

A clause a relative pronoun opens describes the noun before it (`وقال الوزير الذي …`), so its verb is no cue of the
sentence's own, and the noun it stands for is the one that agrees with it: الذي a masculine singular, التي a
feminine singular or a plural of things, الذين a plural of people, the duals a dual.
"""

from __future__ import annotations

from quotes.grammar.loader import bundled_lexicon
from quotes.graph import Word
from quotes.normalize import normalize

_LEXICON = bundled_lexicon("relative_pronouns")


_GENDERS = {"m": "Masc", "f": "Fem"}


def pronoun_gender(written: str) -> str | None:
    """The gender a relative pronoun's verb takes (`Masc`, `Fem`), as UD writes it; None for a word that is none."""
    entry = _LEXICON.lookup(written)
    return _GENDERS.get(entry.get("gender") or "") if entry is not None else None


def feminine(word: Word) -> bool:
    """Feminine by its features or its ending (ة, written ه once normalised; the news tagger often leaves nouns
    without Gender)."""
    gender = word.feat("Gender")
    if gender is not None:
        return gender == "Fem"
    return word.text.endswith(("ة", "ات")) or (word.text.endswith("ه") and normalize(word.lemma).endswith("ه"))


def _plural(word: Word) -> bool:
    return word.feat("Number") in ("Plur", "Dual")


def agrees_with(written: str, noun: Word) -> bool | None:
    """Whether `noun` can be what the relative pronoun `written` (normalised) stands for; None where `written` is no
    relative pronoun. A feminine singular pronoun (التي) also stands for a plural of things."""
    entry = _LEXICON.lookup(written)
    if entry is None:
        return None
    number, gender = entry.get("number"), _GENDERS.get(entry.get("gender") or "")
    if number == "du":
        return noun.feat("Number") == "Dual"
    if number == "pl":
        return _plural(noun) and (gender is None or feminine(noun) == (gender == "Fem"))
    if gender == "Fem":
        return feminine(noun) or _plural(noun)
    return not feminine(noun) and not _plural(noun)
