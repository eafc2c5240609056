"""Places a name finder meets: a place noun in construct and the proper noun after it (`غرب بغداد`، `قضاء سنجار`),
a PLACE mention, which is never a source; and a street or quarter named after a person (`طريق سهل بن أبي حثمة`),
whose person's name is the place's. Reads the word facts (given_name, eponym_title).
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from quotes.graph import SentenceGraph, Word
from quotes.mentions.model import EntityMention
from quotes.mentions.word_facts import WordReader
from quotes.mentions.words import NAME_WORDS, definite, joined, span_of
from quotes.model import Span
from quotes.speakers.words import STREET_NOUNS, article, street_named_for


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


def streets_named_after_people(sentence: SentenceGraph, mentions: Iterable[EntityMention], text: str) -> list[EntityMention]:
    """The sentence's mentions, a person's name that a street noun holds in construct (`شارع عمر المختار`، `ميدان
    الملك فيصل`; or the tagger's person that opens with the noun, `دوار محمد الخامس`) made the PLACE mention of the
    street, and a finder's part of that name (`بن أبي حثمة`) dropped: the person is named, not spoken of, and never
    speaks there."""
    if STREET_NOUNS.isdisjoint(sentence.form_keys):
        return list(mentions)  # (most sentences name no street: one look at the sentence's words)
    found: list[EntityMention] = []
    streets: list[Span] = []
    for mention in mentions:
        if mention.kind == "PER":
            start = mention.span.start if mention.role is None else min(mention.span.start, mention.role.start)
            words = sentence.words_starting(start, mention.span.end)
            street = None
            if len(words) > 1 and street_named_for(sentence, words[1]) is words[0]:
                street = mention.span  # دوار محمد الخامس: the tagger's person opens with the street noun
            elif words and (noun := street_named_for(sentence, words[0])) is not None:
                street = Span.from_offsets(text, noun.start, mention.span.end)
            if street is not None:
                mention = attrs.evolve(mention, span=street, kind="PLACE", role=None, head="")
                streets.append(street)
        found.append(mention)
    if not streets:
        return found
    return [
        mention
        for mention in found
        if mention.kind != "PER" or not any(s.start <= mention.span.start and mention.span.end <= s.end for s in streets)
    ]
