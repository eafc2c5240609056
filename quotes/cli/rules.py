"""`quotes rules …`: check, test, explain, document and measure the rule set."""

from __future__ import annotations

import collections
import sys
from pathlib import Path

import click

from quotes.api import Extractor
from quotes.conllu_reading import documents_from_conllu
from quotes.errors import QuotesError, RuleError, RuleProblem
from quotes.explain import SentenceExplanation, bound_words, explain_document, render_explanation, render_svg
from quotes.grammar import load_grammar
from quotes.grammar.docs import render_rule_docs
from quotes.graph import SentenceGraph, Word
from quotes.lexicon import Lexicon
from quotes.match import Matcher
from quotes.review import render_explanations
from quotes.ruletest import run_examples

_rules_option = click.option(
    "--rules",
    "rules_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Rules folder (default: the project's rules/).",
)


@click.group("rules")
def rules_group() -> None:
    """Check, test, explain and document the rules."""


_NO_EXAMPLES = "no examples: add [[rule.examples]], at least one sentence the rule finds a quote in"


@rules_group.command("check")
@_rules_option
def check(rules_dir: Path | None) -> None:
    """Validate every rule file; report every problem with its file, rule and field."""
    grammar = load_grammar(rules_dir)
    # a rule that loads but shows no example of what it finds cannot be tested: the check refuses it
    untested = [RuleProblem(rule.path, rule.id, "examples", _NO_EXAMPLES) for rule in grammar.rules if not rule.examples]
    if untested:
        raise RuleError(untested)
    examples = sum(len(rule.examples) for rule in grammar.rules)
    click.echo(
        f"ok: {len(grammar.rules)} rules, {examples} examples, {len(grammar.lexicons)} lexicons in {grammar.folder}"
    )


@rules_group.command("test")
@_rules_option
@click.option("--rule", "rule_ids", multiple=True, help="Only this rule (repeatable).")
@click.option("--no-parser", is_flag=True, help="Skip examples without a CoNLL-U parse instead of parsing them.")
@click.option("--model", default=None, help="Parser model for examples given only as text.")
@click.option("-v", "--verbose", is_flag=True, help="Show passing examples too.")
def test(rules_dir: Path | None, rule_ids: tuple[str, ...], no_parser: bool, model: str | None, verbose: bool) -> None:
    """Run every rule's examples: positive ones must yield the expected quote, negative ones none."""
    extractor = Extractor(model, rules=rules_dir)
    outcomes = run_examples(extractor, rule_ids or None, allow_parser=not no_parser)
    failed = [outcome for outcome in outcomes if not outcome.passed]
    skipped = [outcome for outcome in outcomes if outcome.skipped]
    for outcome in outcomes:
        if verbose or not outcome.passed:
            click.echo(outcome.report())
    passed = len(outcomes) - len(failed) - len(skipped)
    click.echo(f"rule examples: {passed} passed, {len(failed)} failed, {len(skipped)} skipped")
    if failed:
        sys.exit(1)


@rules_group.command("explain")
@click.argument("sentence", required=False)
@click.option(
    "--conllu",
    "conllu_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Explain a pre-parsed CoNLL-U file instead of parsing SENTENCE.",
)
@_rules_option
@click.option("--rule", "rule_id", default=None, help="Only this rule's trace.")
@click.option("--table", "layout", flag_value="table", help="Show the parse as a table.")
@click.option("--tree", "layout", flag_value="tree", default=True, help="Show the parse as a tree (default).")
@click.option(
    "--svg",
    "svg_out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also draw each sentence's parse as an SVG picture (OUT, OUT-2.svg, …).",
)
@click.option(
    "--html",
    "html_out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write one HTML page: each sentence's parse beside every rule's trace.",
)
@click.option("--model", default=None, help="Parser model for SENTENCE.")
def explain(
    sentence: str | None,
    conllu_file: Path | None,
    rules_dir: Path | None,
    rule_id: str | None,
    layout: str,
    svg_out: Path | None,
    html_out: Path | None,
    model: str | None,
) -> None:
    """Show the parse and, for each rule, its bindings or the first constraint that failed."""
    if (sentence is None) == (conllu_file is None):
        raise click.UsageError("give a SENTENCE or --conllu FILE (one of them)")
    extractor = Extractor(model, rules=rules_dir)
    if rule_id is not None:
        extractor.grammar.rule(rule_id)
    if conllu_file is not None:
        documents = documents_from_conllu(conllu_file.read_text(encoding="utf-8"), source=str(conllu_file))
    else:
        assert sentence is not None  # noqa: S101 - checked above
        documents = [extractor.parse(sentence, "sentence")]
    picture = 0
    pages: list[tuple[str, list[SentenceExplanation]]] = []
    for document in documents:
        quotes = extractor.extract_parsed(document)
        explained = explain_document(extractor.matcher, document, quotes)
        pages.append((document.doc_id, explained))
        for explanation in explained:
            click.echo(render_explanation(explanation, layout=layout, rule_id=rule_id))
            click.echo("")
            if svg_out is not None:
                picture += 1
                target = svg_out if picture == 1 else svg_out.with_name(f"{svg_out.stem}-{picture}{svg_out.suffix}")
                target.write_text(render_svg(explanation.sentence, bound_words(explanation)), encoding="utf-8")
                click.echo(f"picture: {target}", err=True)
    if html_out is not None:
        title = f"quotes rules explain: {conllu_file or 'one sentence'}"
        html_out.write_text(render_explanations(pages, title=title), encoding="utf-8")
        click.echo(f"page: {html_out}", err=True)


@rules_group.command("docs")
@_rules_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
def docs(rules_dir: Path | None, output: Path | None) -> None:
    """Write Markdown documentation of every rule from its description, nodes and examples."""
    text = render_rule_docs(load_grammar(rules_dir))
    if output is None:
        click.echo(text)
    else:
        output.write_text(text, encoding="utf-8")


@rules_group.command("stats")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_rules_option
def stats(corpus: Path, rules_dir: Path | None) -> None:
    """How often each rule fires on CORPUS.conllu, and how each cue lemma's content is attached."""
    grammar = load_grammar(rules_dir)
    matcher = Matcher(grammar)
    extractor = Extractor(rules=grammar)
    fired: collections.Counter[str] = collections.Counter()
    quoted: collections.Counter[str] = collections.Counter()
    attachment: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    verbs = grammar.lexicons["reporting_verbs"]
    complementizers = grammar.lexicons["complementizers"]
    sentences = 0
    try:
        documents = documents_from_conllu(corpus.read_text(encoding="utf-8"), source=str(corpus))
    except UnicodeDecodeError as exc:
        raise QuotesError(f"{corpus}: not UTF-8 text: {exc}") from exc
    for document in documents:
        for quote in extractor.extract_parsed(document):
            quoted[quote.evidence.rule_id] += 1
        for sentence in document.sentences:
            sentences += 1
            for match in matcher.match_sentence(sentence):
                fired[match.rule.id] += 1
            for word in sentence.words:
                if word.upos != "VERB" or word.lemma_key not in verbs:
                    continue
                attachment[word.lemma_key][_content_attachment(sentence, word, complementizers)] += 1
    click.echo(f"{sentences} sentences in {len(documents)} documents\n")
    click.echo(f"{'rule':<40} {'matches':>8} {'quotes':>8}")
    for rule in grammar.rules:
        click.echo(f"{rule.id:<40} {fired[rule.id]:>8} {quoted[rule.id]:>8}")
    click.echo(f"\n{'cue lemma':<14} {'count':>6}  content attached as")
    for lemma, counter in sorted(attachment.items(), key=lambda item: -sum(item[1].values())):
        shown = ", ".join(f"{deprel} {count}" for deprel, count in counter.most_common())
        click.echo(f"{lemma:<14} {sum(counter.values()):>6}  {shown}")


def _content_attachment(sentence: SentenceGraph, cue: Word, complementizers: Lexicon) -> str:
    """The relation of the cue's child that holds the content (an أن/إن clause or a quotation), or none."""
    for child in sentence.children(cue.index):
        if child.index < cue.index:
            continue
        below = sentence.subtree(child.index)
        if any(any(key in complementizers for key in word.keys) for word in below[:3]):
            return child.deprel
        if below and below[0].text in ('"', "«", "“", ":"):
            return child.deprel
    return "none"


COMMANDS = [rules_group]
