"""Run the examples that rules carry: positive ones must yield the expected quote, negative ones none.

`quotes rules test` and the test suite run the same examples. An example with
a CoNLL-U parse runs without a model; one with only a sentence is parsed by
the extractor's parser, or skipped when no parser is available.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from quotes.api import Extractor
from quotes.conllu_reading import documents_from_conllu
from quotes.errors import QuotesError
from quotes.grammar.schema import Example, Rule
from quotes.graph import ParsedDocument
from quotes.model import Quote

_FIELDS = ("cue", "speaker", "speaker_resolved", "role", "content", "via", "type")


@attrs.frozen
class FieldDiff:
    field: str
    expected: str | None
    found: str | None

    def __str__(self) -> str:
        return f"{self.field}: expected {self.expected!r}, found {self.found!r}"


@attrs.frozen
class ExampleOutcome:
    rule_id: str
    example: Example
    passed: bool
    diffs: tuple[FieldDiff, ...] = ()
    message: str = ""
    skipped: bool = False

    def report(self) -> str:
        status = "SKIP" if self.skipped else "PASS" if self.passed else "FAIL"
        kind = "must fire" if self.example.fires else "must not fire"
        lines = [f"{status} {self.rule_id} ({kind}): {self.example.text}"]
        if self.message:
            lines.append(f"     {self.message}")
        lines.extend(f"     - {diff}" for diff in self.diffs)
        return "\n".join(lines)


def _field_text(quote: Quote, field: str) -> str | None:
    value = getattr(quote, field)
    if value is None or isinstance(value, str):
        return value
    return str(value.text)


def _document(example: Example, extractor: Extractor, allow_parser: bool) -> ParsedDocument | None:
    if example.conllu is not None:
        documents = documents_from_conllu(example.conllu, source=example.origin, default_id="example")
        return documents[0]
    if not allow_parser:
        return None
    return extractor.parse(example.text, "example")


def _diffs(quote: Quote, example: Example) -> tuple[FieldDiff, ...]:
    found = []
    for field in _FIELDS:
        if field not in example.expect:
            continue
        expected = example.expect[field]
        actual = _field_text(quote, field)
        if expected != actual:
            found.append(FieldDiff(field, expected, actual))
    return tuple(found)


def run_example(extractor: Extractor, rule: Rule, example: Example, *, allow_parser: bool = True) -> ExampleOutcome:
    """Check one example of `rule` through the whole extractor."""
    try:
        document = _document(example, extractor, allow_parser)
    except QuotesError as exc:
        return ExampleOutcome(rule.id, example, passed=False, message=f"cannot read the example: {exc}")
    if document is None:
        return ExampleOutcome(rule.id, example, passed=True, skipped=True, message="no CoNLL-U and no parser")
    quotes = extractor.extract_parsed(document)
    mine = [quote for quote in quotes if quote.evidence.rule_id == rule.id]
    if not example.fires:
        expected_cue = example.expect.get("cue")
        offending = [quote for quote in mine if expected_cue is None or quote.cue.text == expected_cue]
        if offending:
            shown = "; ".join(f"cue {quote.cue.text!r} content {quote.content.text!r}" for quote in offending)
            return ExampleOutcome(rule.id, example, passed=False, message=f"fired but must not: {shown}")
        return ExampleOutcome(rule.id, example, passed=True)
    wanted_cue = example.expect.get("cue")
    candidates = [quote for quote in mine if wanted_cue is None or quote.cue.text == wanted_cue]
    if not candidates:
        others = ", ".join(f"{quote.evidence.rule_id}:{quote.cue.text}" for quote in quotes) or "none"
        return ExampleOutcome(
            rule.id,
            example,
            passed=False,
            message=f"no quote from this rule with cue {wanted_cue!r} (quotes found: {others})",
        )
    best = min(candidates, key=lambda quote: len(_diffs(quote, example)))
    diffs = _diffs(best, example)
    return ExampleOutcome(rule.id, example, passed=not diffs, diffs=diffs)


def run_examples(
    extractor: Extractor, rule_ids: Iterable[str] | None = None, *, allow_parser: bool = True
) -> list[ExampleOutcome]:
    wanted = set(rule_ids) if rule_ids is not None else None
    outcomes = []
    for rule in extractor.grammar.rules:
        if wanted is not None and rule.id not in wanted:
            continue
        for example in rule.examples:
            outcomes.append(run_example(extractor, rule, example, allow_parser=allow_parser))
    return outcomes
