""""The latter" (`الأخير`، `الأخيرة`, rules/lexicons/latter_anaphors.tsv) standing alone where someone speaks, as a
LATTER mention: the person or body the text named last before it (`التقى الوزير بمدير البنك الدولي، وأكد الأخير أن
…`). Never the adjective of a noun (`الأسبوع الأخير`، `المرحلة الأخيرة`)."""

from __future__ import annotations

from collections.abc import Iterable

from quotes.grammar.loader import bundled_lexicon
from quotes.graph import SentenceGraph
from quotes.mentions.model import EntityMention
from quotes.mentions.words import source_position, span_of
from quotes.normalize import normalize, strip_conjunction

#: Normalised form → the gender it agrees with (m, f).
LATTER_GENDERS = {key: entry.get("gender") or "" for key, entry in bundled_lexicon("latter_anaphors").entries.items()}
#: The forms as a word's readings hold them (with the article: الاخير، الاخيره; and without it).
_LATTER_KEYS = frozenset(LATTER_GENDERS) | frozenset(key[2:] for key in LATTER_GENDERS if key.startswith("ال"))
#: How the parse may hang the word on a noun it describes: then it is that noun's adjective, no anaphor.
_DESCRIBING = frozenset(("amod", "nmod", "flat", "compound"))


def find_latter(sentence: SentenceGraph, text: str) -> Iterable[EntityMention]:
    """The sentence's `الأخير` and `الأخيرة` that stand for someone named before: a subject, or after عن/من/لدى."""
    for word in sentence.words:
        if _LATTER_KEYS.isdisjoint(word.keys):
            continue  # (the word's normalised readings, read once: most words of a sentence stop here)
        gender = LATTER_GENDERS.get(strip_conjunction(normalize(word.text)))
        if gender is None or word.base_deprel in _DESCRIBING or not source_position(sentence, word):
            continue
        # هذا الأخير، هذه الأخيرة: the demonstrative belongs to the mention
        pointing = [child for child in sentence.children(word.index) if child.base_deprel == "det" and child.index < word.index]
        span = span_of([*pointing, word], text)
        if span is not None:
            yield EntityMention(span, "LATTER", "latter", sentence.index, gender=gender)
