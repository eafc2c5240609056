"""First-person verbs the tagger read as third person, given their person back from the verb's prefix.

An imperfect verb carries its person in its first letter: ي/ت for the third
person, أ for "I" (`أعتقد`، `أؤكد`) and ن for "we" (`نعتقد`، `نؤكد`). The
rules never take a first-person verb for a reporting cue (the writer's own
`أعتقد`, or the speaker's inside a quotation, is part of what is quoted), so a
tagger that writes `Person=3` on `لا أعتقد أنهم …` turns one quote into two.
An imperfect verb written with أ, or with ن when its lemma does not start
with ن (`نفى` is a third-person perfect whatever the tagger says of its
aspect), is first person; so is a verb written with أ whose lemma lacks it (أعتقد of اعتقد, أتوقع of
توقع), which the tagger sometimes calls a perfect. A hamza-less ا is left alone: news drops the
hamza, and `اعتبر` is as often the perfect "he considered" tagged wrongly.

An imperfect verb that ends in ون after its prefix ي or ت is a masculine plural
(`يعتقدون`، `يقولون`), which the tagger calls singular about one time in ten;
the rules then read `والتي يقولون إنها …` as the relative pronoun speaking, and
a subject-less `ويعتقدون` as one person's words. A verb whose lemma ends in ن
keeps its reading (`يكون` of كان, `يدون` of دوّن: the ن is the stem's).
"""

from __future__ import annotations

import unicodedata

from quotes.normalize import normalize

_FIRST_PERSON_PREFIXES = {"أ": "Sing", "ن": "Plur"}


def first_person_number(form: str, lemma: str | None, upos: str, feats: str | None) -> str | None:
    """``Sing`` or ``Plur`` where an imperfect verb's prefix makes it first person and its features say otherwise."""
    if upos != "VERB" or len(form) < 3 or not feats or "Person=1" in feats:
        return None  # (a two-letter piece is a suffix the tokenizer cut off: ني)
    if "Aspect=Imp" not in feats:
        return "Sing" if _prefixed_hamza(form, lemma) else None
    first = form[:1]
    number = _FIRST_PERSON_PREFIXES.get(first)
    if number is None:
        return None
    if first == "ن" and normalize(lemma or "").startswith("ن"):
        return None
    return number


def plural_imperfect(form: str, lemma: str | None, upos: str, feats: str | None) -> bool:
    """Whether an imperfect verb the tagger called singular is written as a masculine plural: ي or ت, at least two
    letters of its stem, then ون (`يعتقدون`); not where the lemma's own last letter is ن (`يكون`)."""
    if upos != "VERB" or not feats or "Aspect=Imp" not in feats or "Number=Sing" not in feats:
        return False
    bare = _bare(lemma)
    return len(form) >= 5 and form[:1] in ("ي", "ت") and form.endswith("ون") and bool(bare) and not bare.endswith("ن")


def with_plural(feats: str) -> str:
    """`feats` with the masculine plural (``Number=Plur``, ``Gender=Masc``)."""
    return _changed(feats, {"Number": "Plur", "Gender": "Masc"})


def _prefixed_hamza(form: str, lemma: str | None) -> bool:
    """أعتقد، أتوقع whose lemma is اعتقد، توقع: the أ is no letter of the verb's stem but the prefix of "I", whatever
    aspect the tagger wrote (a perfect with أ has it in its lemma: أعلن، أكد، أشار)."""
    bare = _bare(lemma)
    return form.startswith("أ") and len(form) >= 4 and bool(bare) and not bare.startswith(("أ", "ء"))


def _bare(lemma: str | None) -> str:
    """The lemma without its vowel marks (the lemmatizer writes them: اِعتَقَد)."""
    return "".join(char for char in (lemma or "") if not unicodedata.combining(char))


def with_first_person(feats: str, number: str) -> str:
    """`feats` with ``Person=1`` and the prefix's number (gender is not marked in the first person)."""
    return _changed(feats, {"Gender": None, "Person": "1", "Number": number})


def _changed(feats: str, values: dict[str, str | None]) -> str:
    """`feats` (UD's `Key=Value|…`, in UD's order) with `values` set, or left out where a value is None."""
    parts = dict(part.split("=", 1) for part in feats.split("|") if "=" in part)
    for key, value in values.items():
        if value is None:
            parts.pop(key, None)
        else:
            parts[key] = value
    return "|".join(f"{key}={parts[key]}" for key in sorted(parts, key=str.lower))
