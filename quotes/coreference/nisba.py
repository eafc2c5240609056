"""Relational (nisba) adjectives: the nationality or domain that tells one holder of an office from another
(`الرئيس الجزائري` is not `الرئيس المصري`) and that opens a name chain (`الإيطالي روبرتو مانشيني`)."""

from __future__ import annotations

from collections.abc import Sequence

from quotes.graph import Word
from quotes.normalize import normalize, strip_article, strip_conjunction


def other_nisba(title: Sequence[str], held: set[str], named: set[str]) -> bool:
    """Whether a short title and an earlier holder's title qualify the office with different nisba adjectives
    (`الرئيس الجزائري` against `الرئيس المصري`): the title's adjective is neither among the holder's title words
    nor among its name's (a family name is often a nisba: الدكتور الجفري), and the holder's title has one the title
    lacks, so the two are different people."""
    own = {word for word in title[1:] if nisba(word) and word not in held and word not in named}
    return bool(own) and any(nisba(word) and word not in title for word in held - {title[0]})


def definite_nisba(word: Word) -> bool:
    """A relational adjective with the article (الإيطالي، المصري) as the first word of a name chain: a nationality."""
    written = strip_conjunction(normalize(word.text))
    return written.startswith("ال") and nisba(strip_article(written))


def nisba(word: str) -> bool:
    """A relational adjective as the resolver's words write it (no article): مصري، جزائري، نفطي (not في)."""
    return len(word) >= 4 and word.endswith("ي")
