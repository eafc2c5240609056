"""How many people a mention names: a numeral (ثلاثة مصادر → 3), a dual (محللان → 2), a coordination of both
(دبلوماسي روسي سابق ومحللان → 1 + 2), and the definite numbered group that points back at one so counted
(المصادر الثلاثة → 3)."""

from __future__ import annotations

import re

from quotes.coreference.lexicons import bundled
from quotes.model import Span
from quotes.normalize import normalize

#: Cardinal numerals and their values (rules/lexicons/numerals.tsv): ثلاثة → 3.
NUMERALS = {key: int(entry.get("value") or 0) for key, entry in bundled("numerals").entries.items()}


def numeral(words: list[str]) -> int | None:
    """The value of the first cardinal numeral among normalised words, if any."""
    return next((NUMERALS[word] for word in words if word in NUMERALS), None)


def cardinality(span: Span) -> int | None:
    """How many people a mention names: ثلاثة مصادر → 3, دبلوماسي روسي سابق ومحللان → 1 + 2; None if unknown."""
    total = 0
    for part in re.split(r"\s+و(?=\S)|\s+و\s+|،", span.text):
        words = [normalize(word) for word in part.split()]
        if not words:
            continue
        number = numeral(words)
        if number is not None:
            total += number
        elif words[0].endswith(("ان", "ين")) and len(words[0]) > 4 and not words[0].startswith("ال"):
            total += 2  # a dual: محللان، خبيرين
        elif len(span.text.split()) == len(words) and number is None:
            return None  # one phrase, no numeral, no dual: a plural or a single source we cannot count
        else:
            total += 1
    return total or None


def definite_count(span: Span) -> int | None:
    """The number of a definite numbered group (المصادر الثلاثة → 3); None for any other mention."""
    words = [normalize(word) for word in span.text.split()]
    if not words or not words[0].startswith("ال"):
        return None
    return numeral(words)
