"""The matcher's shortcuts find what trying every rule at every word finds (issue 12).

The matcher tries a rule only where it can match: at the words that carry one of its trigger keys (one index for all
rules), in a sentence that holds the forms its required nodes ask for and one of its phrases, with the answers of
anchor tests that rules share remembered per sentence, and (chosen matches) no later rule at a word an earlier one
claimed. None of these may ever skip a match: over every sentence of the parses in tests/data, the matches are those
of the plain search, which binds each rule from every word of the sentence that carries one of its trigger keys
(`_anchor_candidates`: every word for a rule without any) and passes its anchor's checks.

The trigger keys are part of what an anchor is, not only a shortcut: a phrase test alone reads the forms joined
without spaces, and `طبقا ل` holds there at `وطبق المدرب …` ("and the coach applied"), whose طبق carries no key of
the according-to markers; `quotes rules explain` (`trace_rule`) tries the same anchors as the extractor
(tests/test_explain.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quotes.conllu_reading import documents_from_conllu
from quotes.grammar import load_grammar
from quotes.graph import SentenceGraph
from quotes.match import Match, Matcher, _anchor_candidates, _Search, check_word, first_per_anchor

RULES = Path(__file__).resolve().parent.parent / "rules"
PARSES = sorted((Path(__file__).resolve().parent / "data").rglob("*.conllu"))


def _sentences() -> Iterator[SentenceGraph]:
    for path in PARSES:
        for document in documents_from_conllu(path.read_text(encoding="utf-8"), source=str(path)):
            yield from document.sentences


def _every_rule_at_every_word(matcher: Matcher, graph: SentenceGraph) -> list[Match]:
    """The matches with no shortcut: each rule, in order, bound from each word with one of its trigger keys that its
    anchor accepts."""
    found = []
    for rule in matcher.grammar.rules:
        anchor = rule.anchor
        for word in _anchor_candidates(rule, graph):
            if check_word(graph, word, anchor, {}) is not None:
                continue
            match = _Search(rule, graph, explain=False).bind(1, {anchor.name: word}, {anchor.name: anchor.name})
            if match is not None:
                found.append(match)
    return found


def _seen(matches: list[Match]) -> list[tuple[str, tuple[tuple[str, int | None], ...]]]:
    return [
        (match.rule.id, tuple((name, word.index if word is not None else None) for name, word in match.bindings.items()))
        for match in matches
    ]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_grammar(RULES))


def test_the_test_parses_hold_sentences_with_matches(matcher: Matcher) -> None:
    sentences = list(_sentences())
    assert len(sentences) > 300
    assert sum(bool(matcher.match_sentence(sentence)) for sentence in sentences) > 100


def test_the_rule_index_and_prefilters_never_skip_a_match(matcher: Matcher) -> None:
    for sentence in _sentences():
        expected = _every_rule_at_every_word(matcher, sentence)
        assert _seen(matcher.match_sentence(sentence)) == _seen(expected), sentence.sent_id
        assert _seen(matcher.chosen_matches(sentence)) == _seen(first_per_anchor(expected)), sentence.sent_id
