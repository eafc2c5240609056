"""Arabic normalisation, in one place.

Lexicon entries, lemmas and word forms are compared after :func:`normalize`;
what is reported is always the original text with its offsets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from functools import lru_cache

_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
#: Invisible format characters that web and social-media text carries inside words: bidi marks and embeddings
#: (RLM, LRM, ALM, U+202A-E, U+2066-9), zero-width joiners and spaces, the word joiner, the BOM, variation
#: selectors. A cue written "\u200fقال" is قال.
INVISIBLE = "".join(
    chr(code)
    for code in (0x061C, *range(0x200B, 0x2010), *range(0x202A, 0x202F), 0x2060, *range(0x2066, 0x206A), 0xFE0E, 0xFE0F, 0xFEFF)
)
_INVISIBLE = re.compile("[" + INVISIBLE + "]")
#: Arabic presentation forms (ﻗﺎﻝ): read in their compatibility form.
_PRESENTATION_FORMS = re.compile(r"[\ufb50-\ufdff\ufe70-\ufefc]")
_LETTER_VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_PROCLITICS = ("و", "ف")
#: The third-person possessive pronouns written on the end of a noun, longest first: خلال كلمته، في حديثها، عبر
#: تغريداتهم، على حد قوله، عن سعادته.
PRONOUN_ENDINGS = ("هما", "هم", "هن", "ها", "ه")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def lone_surrogates(text: str) -> int:
    """How many lone surrogates (U+D800-U+DFFF: half of a character cut off) `text` holds: no encoding can write one."""
    return len(_SURROGATE.findall(text))


def replace_surrogates(text: str) -> tuple[str, int]:
    """`text` with each lone surrogate (a cut-off emoji from a JSON ``\\ud83d`` escape) replaced by U+FFFD, and how many.

    A lone surrogate cannot be written as UTF-8; one character for one keeps every offset.
    """
    found = len(_SURROGATE.findall(text))
    return (_SURROGATE.sub("\ufffd", text), found) if found else (text, 0)


#: Words and short phrases repeat across a corpus: their normal forms are remembered, longer texts are not.
_REMEMBERED_LENGTH = 48
#: At most this many normal forms are remembered; then they are forgotten all at once, so that a long run's memory
#: stays flat.
_REMEMBERED_LIMIT = 262_144
#: Remembered normal forms, by text. A plain dictionary, not an lru_cache: normalize is asked some 58,000 times per
#: pass over the benchmark's 100 articles (8,000 texts), and the cache's recency list cost as much as the lookup
#: (those calls 10.6-12.0 -> 5.0-5.1 ms per pass as Python).
_remembered: dict[str, str] = {}


def normalize(text: str) -> str:
    """Strip diacritics, tatweel and invisible marks, read presentation forms, fold hamza/alef, ى/ي and ة/ه variants."""
    known = _remembered.get(text)
    if known is not None:
        return known
    normal = _normalize(text)
    if len(text) <= _REMEMBERED_LENGTH:
        if len(_remembered) >= _REMEMBERED_LIMIT:
            _remembered.clear()
        _remembered[text] = normal
    return normal


def starts_normalised(text: str, openings: tuple[str, ...]) -> bool:
    """``normalize(text).startswith(openings)`` (`openings` normalised), reading only the head of a long text (a
    quote's content): every step of normalize but the strip reads one character at a time, so the head's normal form
    is the start of the whole's, and decides wherever it is as long as the longest opening."""
    head = normalize(text[:_REMEMBERED_LENGTH])
    if len(text) <= _REMEMBERED_LENGTH or len(head) >= max(map(len, openings)):
        return head.startswith(openings)
    return normalize(text).startswith(openings)


def _normalize(text: str) -> str:
    if _PRESENTATION_FORMS.search(text):
        text = _PRESENTATION_FORMS.sub(lambda found: unicodedata.normalize("NFKC", found.group()), text)
    return _INVISIBLE.sub("", _DIACRITICS.sub("", text)).translate(_LETTER_VARIANTS).strip()


def end_before_spaces(text: str, end: int) -> int:
    """``len(text[:end].rstrip())``, without copying the text before `end` (a document's, for every cue)."""
    if end < 0:
        return len(text[:end].rstrip())
    end = min(end, len(text))
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def written_word_start(text: str, position: int) -> int:
    """`position`, or the start of the written word it falls inside (after a letter, before one): where a word the
    parser cut off its first letters (a clitic pass's ل of ليو) or a formula's verb with its clitics is written."""
    if 0 < position < len(text) and text[position].isalpha():
        while position > 0 and text[position - 1].isalpha():
            position -= 1
    return position


def char_before_spaces(text: str, end: int) -> str:
    """The last character of ``text[:end].rstrip()`` ("" where there is none), without copying the text."""
    found = end_before_spaces(text, end)
    return text[found - 1] if found > 0 else ""


def strip_conjunction(form: str) -> str:
    """Drop one leading و/ف from a normalised form when enough word remains.

    `وقال` → `قال`, `فأضاف` → `اضاف`; `وزير` stays (what remains is too short
    to be a reporting word on its own is the caller's problem).
    """
    if len(form) > 3 and form.startswith(_PROCLITICS):
        return form[1:]
    return form


def strip_article(form: str) -> str:
    """Drop the article ال (and لل) from a normalised form: `الوزير` → `وزير`."""
    if form.startswith("لل") and len(form) > 4:
        return form[2:]
    if form.startswith("ال") and len(form) > 3:
        return form[2:]
    return form


def article_key(form: str, own_lam: Collection[str]) -> str:
    """:func:`strip_article`, except for a word written لل + a word whose first ل is its own (`own_lam`, normalised:
    rules/lexicons/root_lam.tsv): للجنه is ل + اللجنه, the word لجنه, not ل + ال + جنه."""
    if form.startswith("لل") and form[1:] in own_lam:
        return form[1:]
    return strip_article(form)


def as_country(word: str, held: Collection[str]) -> str:
    """A title's word as another title's words (`held`, normalised, without the article) write it: a nationality
    that is not among them as its country that is (صيني → صين, البحريني for البحرين), a nisba in اوي as its noun (a
    club's: نصراوي → نصر, اهلاوي → اهلي); the word itself otherwise."""
    if word in held or not word.endswith("ي"):
        return word
    if word[:-1] in held:
        return word[:-1]
    if word.endswith("اوي") and len(word) > 5:
        return next((stem for stem in (word[:-3], word[:-3] + "ي") if stem in held), word)
    return word


def article_cut_start(text: str, start: int) -> int:
    """Where a phrase starting at `start` starts as written: ل + لبيان is لل + البيان (the preposition and the
    article, written لل) cut after its first letter, so a phrase that starts at the second ل starts at the first
    (with the و/ف before it: وللبيان); any other start stays."""
    if start < 1 or text[start : start + 1] != "ل" or text[start - 1] != "ل":
        return start
    word_start = start - 1
    if word_start > 0 and text[word_start - 1] in _PROCLITICS:
        word_start -= 1
    return word_start if word_start == 0 or not text[word_start - 1].isalpha() else start


@lru_cache(maxsize=262_144)
def form_keys(form: str) -> tuple[str, ...]:
    """The normalised readings a surface form may be looked up under.

    The bare form, without a leading conjunction, and without the article:
    `والوزير` → (`والوزير`, `الوزير`, `وزير`).
    """
    keys: list[str] = []
    current = normalize(form)
    for step in (lambda value: value, strip_conjunction, strip_article):
        current = step(current)
        if current and current not in keys:
            keys.append(current)
    return tuple(keys)


#: Name particles often written joined to the name that follows them (أبوزيد، عبدالعزيز), normalised.
JOINED_NAME_PARTICLES = (normalize("أبو"), normalize("عبد"))


def joined_name_particle(key: str) -> str | None:
    """The particle that a normalised name word opens when written joined to the name (عبدالعزيز → عبد، أبوزيد →
    أبو), if any: one name however it is spaced."""
    return next((particle for particle in JOINED_NAME_PARTICLES if key.startswith(particle) and len(key) - len(particle) >= 3), None)
