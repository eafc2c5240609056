"""The words of a sentence in a stretch of the document (`words_starting`, `first_starting`, `words_ending_by`):
found by bisection where the words' offsets run in order, as a parser writes them, and by a test of every word
where they do not (a hand-made CoNLL-U); both give what the test of every word gives."""

from __future__ import annotations

from pathlib import Path

import attrs

from quotes.conllu_reading import documents_from_conllu
from quotes.graph import SentenceGraph

DATA = Path(__file__).resolve().parent / "data"


def _check(sentence: SentenceGraph) -> None:
    words = sentence.words
    offsets = sorted({0, *(w.start for w in words), *(w.end for w in words), sentence.end + 3})
    for low in offsets:
        assert sentence.words_starting(low) == [w for w in words if w.start >= low]
        assert sentence.first_starting(low) == next((w for w in words if w.start >= low), None)
        assert sentence.words_ending_by(low) == [w for w in words if w.end <= low]
        for high in offsets:
            assert sentence.words_starting(low, high) == [w for w in words if low <= w.start < high]
            assert sentence.first_starting(low, high) == next((w for w in words if low <= w.start < high), None)


def test_words_by_offset_as_a_test_of_every_word() -> None:
    documents = documents_from_conllu((DATA / "news" / "attribution.conllu").read_text(encoding="utf-8"))
    sentences = [sentence for document in documents for sentence in document.sentences][:12]
    assert sentences
    for sentence in sentences:
        _check(sentence)
        # the same words with the first two written in the other order: no bisection
        first, second, *rest = sentence.words
        swapped = (
            attrs.evolve(first, start=second.start, end=second.end),
            attrs.evolve(second, start=first.start, end=first.end),
            *rest,
        )
        shuffled = attrs.evolve(sentence, words=swapped)
        assert shuffled._word_bounds is None
        _check(shuffled)
