"""pytest runs the same examples as `quotes rules test`: every rule's positives and negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.api import Extractor
from quotes.grammar import load_grammar
from quotes.ruletest import run_example

RULES = Path(__file__).resolve().parent.parent / "rules"
GRAMMAR = load_grammar(RULES)
CASES = [
    pytest.param(rule, example, id=f"{rule.id}-{number}")
    for rule in GRAMMAR.rules
    for number, example in enumerate(rule.examples, 1)
]


def test_there_are_enough_examples_from_both_parse_styles() -> None:
    sources = [example.conllu or "" for _, example in ((case.values[0], case.values[1]) for case in CASES)]
    assert len(CASES) >= 40
    padt = sum(
        1 for case in CASES if case.values[1].origin and "\t_\t_\t_\t_\t_\t_\t_\t_" in (case.values[1].conllu or "")
    )
    assert padt >= 10, "multi-word token lines (PADT style) must be among the examples"
    assert sources


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule, example) -> None:  # type: ignore[no-untyped-def]
    outcome = run_example(Extractor(rules=GRAMMAR), rule, example, allow_parser=False)
    if outcome.skipped:
        pytest.skip(outcome.message)
    assert outcome.passed, outcome.report()
