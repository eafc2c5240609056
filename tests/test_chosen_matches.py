"""The matches that claim their cue word: when two rules match at one word, the rule of higher priority claims it
and the drafts read only its match. The matcher stops trying rules at a word once one claimed it, and must keep
exactly what the drafts would have chosen out of every rule's matches."""

from __future__ import annotations

from pathlib import Path

import attrs

from quotes.conllu_reading import documents_from_conllu
from quotes.grammar import Grammar
from quotes.match import Matcher, first_per_anchor

DATA = Path(__file__).resolve().parent / "data"


def _sentences() -> list:
    found = []
    for folder in ("entities", "news", "seed"):
        for path in sorted((DATA / folder).glob("*.conllu")):
            for document in documents_from_conllu(path.read_text(encoding="utf-8"), source=str(path)):
                found.extend(document.sentences)
    return found


def _same(one: list, other: list) -> bool:
    return [(m.rule.id, dict(m.bindings), dict(m.routes)) for m in one] == [
        (m.rule.id, dict(m.bindings), dict(m.routes)) for m in other
    ]


def test_the_claiming_rule_alone_is_tried_to_the_end_at_a_word(grammar: Grammar) -> None:
    """`وقال الوزير إن …`: the subject rule and the general cue rule both match قال; only the first of the highest
    priority is kept, in the order the drafts read them, on every sentence of the fixtures."""
    matcher = Matcher(grammar)
    sentences = _sentences()
    assert len(sentences) > 200
    claimed_by_several = 0
    for sentence in sentences:
        every = matcher.match_sentence(sentence)
        chosen = matcher.chosen_matches(sentence)
        assert _same(chosen, first_per_anchor(every)), sentence.sent_id
        claimed_by_several += len(every) > len(chosen)
    assert claimed_by_several > 50  # the shortcut is exercised: many cue words are matched by more than one rule


def test_rules_out_of_priority_order_fall_back_to_every_match(grammar: Grammar) -> None:
    """A grammar built by hand with its rules not highest priority first: every rule is tried, then the first of the
    highest priority is kept, as the drafts choose."""
    reordered = attrs.evolve(grammar, rules=tuple(reversed(grammar.rules)))
    matcher = Matcher(reordered)
    for sentence in _sentences()[:120]:
        assert _same(matcher.chosen_matches(sentence), first_per_anchor(matcher.match_sentence(sentence)))
