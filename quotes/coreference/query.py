"""What a mention sieve is asked and what it may answer: a `Query` (the mention, the title the rules read in it,
its words), answered with an entity (the mention names it), `NEW` (it names no earlier entity: later sieves are not
asked) or None (this sieve cannot tell: the next one is asked)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Final

from quotes.coreference.chains import Entity
from quotes.coreference.state import Coreference
from quotes.model import Span


class Verdict(enum.Enum):
    NEW = "new"


#: The mention begins an entity of its own: no later sieve is asked.
NEW: Final = Verdict.NEW


class Query:
    """A mention to resolve: its span, the title the rules read in it (or None), its words (:func:`mention_words`),
    and the gender of the verb it is the subject of (`Masc`, `Fem`; None where no cue shows one)."""

    __slots__ = ("gender", "mention", "role", "words")

    def __init__(self, mention: Span, role: Span | None, words: tuple[str, ...], gender: str | None = None) -> None:
        self.mention = mention
        self.role = role
        self.words = words
        self.gender = gender


#: A mention sieve: the entity the query names, NEW, or None to ask the next sieve.
MentionSieve = Callable[[Coreference, Query], Entity | Verdict | None]
