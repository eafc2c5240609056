"""Places a name finder meets: a place noun in construct and the proper noun after it (`غرب بغداد`، `قضاء سنجار`),
a PLACE mention, which is never a source. Reads the word facts (given_name).
"""

from __future__ import annotations

from quotes.graph import SentenceGraph, Word
from quotes.mentions.model import EntityMention
from quotes.mentions.word_facts import WordReader
from quotes.mentions.words import NAME_WORDS, definite, joined, span_of
from quotes.speakers.words import article


def place_after(reader: WordReader, sentence: SentenceGraph, word: Word, text: str) -> EntityMention | None:
    """غرب بغداد، قضاء سنجار: a place noun in construct (not القضاء) and the proper noun after it."""
    if article(word):
        return None
    run = [word]
    for following in sentence.words[word.index : word.index + NAME_WORDS]:
        if not joined(run[-1], following, text) or following.upos not in ("PROPN", "X", "ADJ", "NOUN"):
            break
        if following.upos in ("NOUN", "ADJ") and not definite(following) and len(run) > 1:
            break
        run.append(following)
        if following.upos in ("PROPN", "X"):
            break
    if len(run) < 2 or run[-1].upos not in ("PROPN", "X") or reader.facts(run[-1]).given_name:
        return None
    span = span_of(run, text)
    return None if span is None else EntityMention(span, "PLACE", "place", sentence.index)
