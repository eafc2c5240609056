"""The relative pronouns (``rules/lexicons/relative_pronouns.tsv``) and the nouns and verbs each agrees with.

A clause a relative pronoun opens describes the noun before it (`وقال الوزير الذي …`), so its verb is no cue of the
sentence's own, and the noun it stands for is the one that agrees with it: الذي a masculine singular, التي a
feminine singular or a plural of things, الذين a plural of people, the duals a dual.
"""

from __future__ import annotations

from quotes.grammar.loader import bundled_lexicon
from quotes.graph import SentenceGraph, Word
from quotes.normalize import normalize
from quotes.speakers.words import MEDIUM_PREPOSITIONS

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


def may_stand_for_a_thing(written: str) -> bool:
    """Whether a relative pronoun (normalised) may stand for a thing as well as a person: the singulars (الذي، التي);
    the plurals and duals of people (الذين، اللتان، اللواتي) stand for people only."""
    entry = _LEXICON.lookup(written)
    return entry is not None and entry.get("number") == "sg"


def _plural(word: Word) -> bool:
    return word.feat("Number") in ("Plur", "Dual")


def agrees_with(written: str, noun: Word) -> bool | None:
    """Whether `noun` can be what the relative pronoun `written` (normalised) stands for; None where `written` is no
    relative pronoun. A feminine singular pronoun (التي) also stands for a plural of things."""
    entry = _LEXICON.lookup(written)
    if entry is None:
        return None
    return _agrees(entry.get("number"), _GENDERS.get(entry.get("gender") or ""), noun)


def _agrees(number: str | None, gender: str | None, noun: Word) -> bool:
    """Whether `noun` agrees with a pronoun of `number` (`du`, `pl` or None: singular) and `gender` (`Masc`, `Fem` or
    None): a feminine singular stands for a plural of things too."""
    if number == "du":
        return noun.feat("Number") == "Dual"
    if number == "pl":
        return _plural(noun) and (gender is None or feminine(noun) == (gender == "Fem"))
    if gender == "Fem":
        return feminine(noun) or _plural(noun)
    return not feminine(noun) and not _plural(noun)


def verb_disagrees(written: str, verb: Word) -> bool:
    """Whether the verb of a relative clause cannot take the pronoun `written` (normalised) as its subject: a feminine
    verb after الذي (`الذي أكدت الإدارة التعاقد معه`), a masculine one after التي (`التي أكد الوزير أنها …`), a singular
    after a plural of people (`الذين أكد المدير أنهم …`), a plural after التي (`والتي يقولون إنها …`). The pronoun is
    then the verb's object, taken back by a pronoun in the clause, and the subject is a noun after the verb or the one
    the verb carries. False where the verb shows neither."""
    entry = _LEXICON.lookup(written)
    if entry is None:
        return False
    gender, number = _GENDERS.get(entry.get("gender") or ""), entry.get("number")
    verb_gender, verb_number = verb.feat("Gender"), verb.feat("Number")
    if number == "pl" and verb_number == "Sing":
        return True
    if number == "sg" and gender == "Masc":
        return verb_gender == "Fem" or verb_number == "Plur"
    if number == "sg" and gender == "Fem":
        return verb_gender == "Masc" or verb_number in ("Plur", "Dual")
    return False


def said_within(sentence: SentenceGraph, verb: Word) -> Word | None:
    """The pronoun after في، خلال، عبر، ضمن by which the relative clause of `verb` takes a noun back (`حواره الأخير،
    الذي أكد فيه …`، `المؤتمر الذي قالت خلاله …`): that noun is where it was said, not who said it, and the clause's
    subject is the one its verb carries. None for a clause without one."""
    return next(
        (
            child
            for child in sentence.children(verb.index)
            if child.upos == "PRON"
            and any(
                grandchild.base_deprel == "case"
                and grandchild.end == child.start  # فيه، خلالها: the pronoun written on the preposition, not في ذلك
                and normalize(grandchild.text) in MEDIUM_PREPOSITIONS
                for grandchild in sentence.children(child.index)
            )
        ),
        None,
    )


def taken_back_by(pronoun: Word, noun: Word) -> bool:
    """Whether a third-person pronoun can stand for `noun`: ها for a feminine singular or a plural of things (تصريحاتها،
    التي أكد فيها), ه for a masculine singular, هم for a plural; a pronoun without gender or number agrees with any."""
    if pronoun.feat("Number") in ("Plur", "Dual"):
        return _agrees("pl", None, noun)
    gender = pronoun.feat("Gender")
    return gender is None or _agrees(None, gender, noun)
