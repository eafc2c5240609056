"""Faster parser inference gives Stanza's own trees: same decoder contract, same parses."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from quotes.parser import StanzaParser
from quotes.parser_inference import chu_liu_edmonds_one_root


def _log_softmax_scores(rng: np.random.Generator, length: int) -> np.ndarray:
    raw = rng.normal(scale=3.0, size=(length, length))
    np.fill_diagonal(raw, -np.inf)
    shifted = raw - raw.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


@pytest.mark.parametrize("seed", range(5))
def test_compiled_decoder_finds_stanzas_tree(seed: int) -> None:
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

    rng = np.random.default_rng(seed)
    for length in (2, 3, 5, 8, 13, 21, 34, 55, 89):
        scores = _log_softmax_scores(rng, length)
        ours = chu_liu_edmonds_one_root(scores)
        theirs = chuliu_edmonds_one_root(scores)
        assert list(ours[1:]) == list(theirs[1:])


def test_decoded_tree_has_one_root_and_no_cycle() -> None:
    rng = np.random.default_rng(7)
    scores = _log_softmax_scores(rng, 40)
    scores[:, 0] += 10.0  # every word would rather attach to the root
    tree = chu_liu_edmonds_one_root(scores)
    assert sum(1 for head in tree[1:] if head == 0) == 1
    for start in range(1, len(tree)):
        seen, node = set(), start
        while node != 0:
            assert node not in seen
            seen.add(node)
            node = int(tree[node])


NEWS = [
    "وقال المتحدث باسم وزارة الصحة محمد العبدالعالي في مؤتمر صحفي أمس إن الوزارة رصدت حالات جديدة.",
    "وأكد رئيس الهيئة أن العمل سيستمر حتى نهاية العام، مشيراً إلى أن الخطة تشمل جميع المناطق.",
    "من جهتها، ذكرت وكالة الأنباء الرسمية أن الاجتماع ناقش التعاون الاقتصادي بين البلدين.",
]


@pytest.fixture(scope="module")
def both() -> Iterator[tuple[StanzaParser, StanzaParser]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STANZA_RESOURCES_DIR", "/nonexistent/stanza_resources")
        yield StanzaParser(threads=1), StanzaParser(threads=1, fast_decoding=False)


@pytest.mark.model
def test_fast_parser_gives_the_same_parse_as_stanza(both: tuple[StanzaParser, StanzaParser]) -> None:
    fast, stock = both
    assert fast.fast_decoding and not stock.fast_decoding
    ours, theirs = fast.parse_many(NEWS), stock.parse_many(NEWS)
    for doc_a, doc_b in zip(ours, theirs, strict=True):
        words_a = [(w.text, w.head, w.deprel, w.upos) for s in doc_a.sentences for w in s.words]
        words_b = [(w.text, w.head, w.deprel, w.upos) for s in doc_b.sentences for w in s.words]
        assert words_a == words_b
