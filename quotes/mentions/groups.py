"""Groups and unnamed people: a plural source and its description (`مصادر مطلعة`، `شهود عيان`) is a GROUP mention,
a singular description (`مصدر مسؤول`، `دبلوماسي سابق`) an unnamed person's. Reads the word facts (group_noun,
descriptor).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quotes.graph import SentenceGraph
from quotes.mentions.model import EntityMention
from quotes.mentions.word_facts import WordFacts, WordReader, with_facts
from quotes.mentions.words import definite, joined, source_position, span_of
from quotes.speakers import is_time

#: A group's description: at most this many words after the group noun (مصادر أمنية عراقية مطلعة).
GROUP_WORDS = 4


def find_groups(reader: WordReader, sentence: SentenceGraph, text: str, facts: Sequence[WordFacts]) -> Iterable[EntityMention]:
    """Plural sources (`مصادر مطلعة`، `شهود عيان`) are GROUP mentions; a singular description (`مصدر مسؤول`،
    `دبلوماسي سابق`) is an unnamed person."""
    for word, fact in with_facts(sentence.words, facts, "group_noun", "descriptor"):
        key = fact.group_noun
        kind = "GROUP"
        if key is None:
            key, kind = fact.descriptor, "PER"
        if key is None:
            continue
        if kind == "PER" and (word.upos not in ("NOUN", "PROPN") or not source_position(sentence, word)):
            continue  # مصدر مسؤول: مسؤول describes the source; لمصدر: whom one spoke to; وهو دبلوماسي: a role
        words = [word]
        before = sentence.word(word.index - 1) if word.index > 1 else None
        if before is not None and before.upos == "NUM" and before.head == word.index:
            words.insert(0, before)  # ثلاثة مصادر
        for following in sentence.words[word.index : word.index + GROUP_WORDS]:
            if is_time(following):
                break  # مصادر عسكرية عراقية | أمس
            described = following.upos == "ADJ" or following.base_deprel == "amod"
            construct = following.upos == "NOUN" and following.head == words[-1].index and not definite(following)
            if not (described or construct) or not joined(words[-1], following, text):
                break
            words.append(following)
        span = span_of(words, text)
        if span is not None:
            yield EntityMention(span, kind, "group" if kind == "GROUP" else "descriptor", sentence.index, head=key)
