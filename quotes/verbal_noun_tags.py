"""Verbal nouns the tagger reads as a present verb, re-tagged before the dependency parse.

The noun of a verb of form V or VI opens with ت as the feminine present does: written without vowel marks, تَوَفُّر
("availability") is تُوفر ("she provides"), and the tagger reads `أعلنت الجامعة عن توفر وظائف` with a verb after عن;
the parser then hangs what was announced as a clause and the announcement is lost. No verb follows a preposition
written apart (rules/lexicons/noun_prepositions.tsv: عن، في، على، إلى، مع، حول), so a word the tagger read as a
present verb right after one becomes a noun in the genitive. Like the reporting verbs of ``quotes.verb_homographs``,
this runs between the tagger and the parser, so that the tree is built around the noun.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.grammar.loader import word_set
from quotes.normalize import normalize

#: rules/lexicons/noun_prepositions.tsv, normalised.
NOUN_PREPOSITIONS = word_set("noun_prepositions")
#: The features a re-tagged verbal noun takes: the genitive a preposition governs.
NOUN_FEATS = "Case=Gen"


def verbal_nouns_to_retag(forms: Sequence[str], upos: Sequence[str], feats: Sequence[str | None]) -> list[int]:
    """Indices of the words (0-based) of one sentence that the tagger read as a present verb right after a
    preposition written apart that no verb follows."""
    return [
        i
        for i in range(1, len(forms))
        if upos[i] == "VERB"
        and "Aspect=Imp" in (feats[i] or "")
        and upos[i - 1] == "ADP"
        and normalize(forms[i - 1]) in NOUN_PREPOSITIONS
    ]
