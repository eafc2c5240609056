"""Proclitic segmentation the way UD Arabic-PUD does it, decided by word frequency.

PUD writes every clitic as its own token with no multi-word token ranges:
``وقال`` is و + قال, ``للسلطة`` is ل + لسلطة, ``نشرتها`` is نشرت + ها. A
tokenizer trained on 1,000 PUD sentences learns the common cases but news
text brings words it never saw: it leaves ``وقال`` whole and cuts ``وزير``
into و + زير. A frequency lexicon from news text settles most of these:
a prefix is split off when what remains is itself a common word, relative
to the whole form.

This module is pure Python (no torch, no stanza) so that the training code
(word-vector corpus) and the parser adapter (token correction) share it.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

# Conjunctions come first and may be followed by one preposition or the
# future particle: وب, ول, فس, ...
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
FUTURE = "س"
# Imperfect-verb prefixes: the future particle only attaches to these.
_IMPERFECT_START = ("ي", "ت", "ن", "أ")

# A conjunction is split off when the rest is at least this frequent
# relative to the whole form; prepositions and the future particle, which
# begin many more ordinary words (برنامج, بنك, سبتمبر), need more evidence.
CONJ_RATIO = 0.05
PREP_RATIO = 0.5
MIN_REST_COUNT = 20
MIN_REST_CHARS = 2

_WORD = re.compile(r"[\w\u064B-\u065F\u0670]+|\S", re.UNICODE)
_ARABIC = re.compile(r"^[\u0621-\u064A\u0671-\u06D3\u064B-\u065F\u0670\u0640]+$")


def is_arabic(form: str) -> bool:
    return bool(_ARABIC.match(form))


def rough_tokens(text: str) -> list[str]:
    """Split on whitespace and punctuation only; clitics stay attached."""
    return _WORD.findall(text)


@attrs.frozen
class Lexicon:
    """Surface-form frequencies from news text, capped to the common forms."""

    counts: dict[str, int]

    @classmethod
    def build(cls, texts: Iterable[str], *, min_count: int = 3) -> Lexicon:
        counter: Counter[str] = Counter()
        for text in texts:
            counter.update(token for token in rough_tokens(text) if is_arabic(token))
        return cls({form: n for form, n in counter.items() if n >= min_count})

    @classmethod
    def load(cls, path: str | Path) -> Lexicon:
        counts: dict[str, int] = {}
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                form, _, count = line.rstrip("\n").partition("\t")
                if form and count:
                    counts[form] = int(count)
        return cls(counts)

    def save(self, path: str | Path) -> None:
        ordered = sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        # mtime=0 keeps the file byte-identical across rebuilds
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
            handle.write("".join(f"{form}\t{n}\n" for form, n in ordered).encode("utf-8"))

    def count(self, form: str) -> int:
        return self.counts.get(form, 0)

    def _rest_count(self, rest: str) -> int:
        # ل before the article drops the alef: لل+سلطة stands for ل + السلطة
        return self.count(rest)

    def _splits(self, form: str, prefix: str, ratio: float) -> bool:
        rest = form[len(prefix):]
        if len(rest) < MIN_REST_CHARS or not form.startswith(prefix):
            return False
        rest_count = self.count(rest)
        if prefix == "ل" and rest.startswith("ل"):
            # PUD writes للسلطة as ل + لسلطة; the evidence is السلطة
            rest_count = max(rest_count, self.count("ا" + rest))
        return rest_count >= MIN_REST_COUNT and rest_count >= ratio * max(self.count(form), 1)

    def segment(self, form: str) -> list[str]:
        """The proclitics of ``form`` and its remainder, e.g. وقال → [و, قال]."""
        if not is_arabic(form) or len(form) <= MIN_REST_CHARS:
            return [form]
        pieces: list[str] = []
        rest = form
        if rest[0] in CONJUNCTIONS and self._splits(rest, rest[0], CONJ_RATIO):
            pieces.append(rest[0])
            rest = rest[1:]
        if len(rest) > MIN_REST_CHARS:
            head = rest[0]
            if head in PREPOSITIONS and self._splits(rest, head, PREP_RATIO):
                pieces.append(head)
                rest = rest[1:]
            elif head == FUTURE and rest[1:2] in _IMPERFECT_START and self._splits(rest, head, PREP_RATIO):
                pieces.append(head)
                rest = rest[1:]
        pieces.append(rest)
        return pieces

    def should_join(self, prefix: str, rest: str) -> bool:
        """Whether a split like و + زير is wrong and should be one word again."""
        whole = prefix + rest
        if prefix not in CONJUNCTIONS + PREPOSITIONS + (FUTURE,) or not is_arabic(rest):
            return False
        if self.count(whole) < MIN_REST_COUNT:
            return False
        return self.segment(whole)[0] != prefix


def segment_text(text: str, lexicon: Lexicon) -> Iterator[str]:
    """Tokens of ``text`` split the PUD way (proclitics only)."""
    for token in rough_tokens(text):
        yield from lexicon.segment(token)
