"""Sieve ``addressee``: an appeal's addressee that the parse hung under the subject (`ودعا الزهراني | المواطنين
للتعاون …`) leaves the speaker phrase."""

from __future__ import annotations

import itertools

import attrs

from quotes.attribution.ground import Ground, trimmed, with_note, words_within
from quotes.grammar.loader import second_name_halves
from quotes.graph import Word
from quotes.model import Quote, Span
from quotes.normalize import normalize


def sieve(quote: Quote, ground: Ground) -> Quote:
    """Sieve 3: an appeal's addressee that the parse hung under the subject leaves the speaker: in `ودعت وزارة
    الداخلية المواطنين إلى …`، `ودعا الحداد المواطنين للتعاون …` a definite noun right after a definite noun or a name
    cannot go on the subject's phrase (a definite noun ends a construct, and an adjective would be no noun), so it
    opens the verb's object, whom the speaker appeals to."""
    speaker = quote.speaker
    if quote.cue_class != "appeal" or speaker is None:
        return quote
    words = words_within(ground.document, speaker.start, speaker.end)
    cut = next((word for before, word in itertools.pairwise(words) if _opens_addressee(before, word, ground)), None)
    if cut is None:
        return quote
    text = ground.document.text
    kept = trimmed(text, speaker.start, cut.start)
    if kept is None:
        return quote
    changes: dict[str, Span | None] = {"speaker": kept}
    if quote.speaker_resolved == speaker:
        changes["speaker_resolved"] = kept
    updated = attrs.evolve(quote, **changes)  # type: ignore[arg-type]  # the keys are Quote fields
    return with_note(updated, f"sieve addressee: {text[cut.start : speaker.end]!r} is whom the speaker appeals to")


def _opens_addressee(before: Word, word: Word, ground: Ground) -> bool:
    """Whether `word` opens a noun phrase of its own after `before`: a definite noun (no adjective, part of a compound
    name such as صلاح الدين, or single title: a rank or title before a name, المتحدث باسم الشرطة العقيد، stays) after a
    definite noun or adjective (وزارة الداخلية | المواطنين) or a proper name."""
    written = normalize(word.text)
    if not written.startswith("ال") or written in _SECOND_NAME_HALVES:
        return False
    if word.upos == "ADJ" and not (_plural(word) and not _plural(before)):
        return False  # (an adjective agrees with its noun: a plural one after a singular noun is a noun, المواطنين)
    if word.upos not in ("NOUN", "ADJ") or (ground.is_title(word) and not _plural(word)):
        return False
    return before.upos in ("PROPN", "X") or (before.upos in ("NOUN", "ADJ") and normalize(before.text).startswith("ال"))


def _plural(word: Word) -> bool:
    """Whether the tagger or the written sound plural ending (ون، ين) makes the word plural."""
    return word.feat("Number") == "Plur" or normalize(word.text).endswith(("ين", "ون"))


#: The second halves of compound given names written apart (صلاح الدين، نور الدين: name_ends.tsv, column second_half).
_SECOND_NAME_HALVES = second_name_halves()
