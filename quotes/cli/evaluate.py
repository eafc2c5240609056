"""`quotes eval`: score quotes against gold, print the figures and the errors.

Without ``--pred`` the extractor runs itself, on the documents' text (the
parser is loaded) or on ``--conllu`` pre-parsed input (no parser).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from quotes.errors import QuotesError
from quotes.evaluate import ERROR_KINDS, PRF, Evaluation, evaluate, gold_spans, read_documents, read_jsonl
from quotes.model import Quote

_HEADINGS = {
    "missed": "missed gold quotes",
    "false_alarm": "false alarms",
    "wrong_speaker": "wrong speaker (pred vs gold)",
    "wrong_role": "wrong role, right speaker (pred vs gold)",
}


def _warn(message: str) -> None:
    click.echo(f"quotes eval: {message}", err=True)


def _run_extractor(texts: dict[str, str], conllu: str | None, model: str | None, rules: str | None) -> list[Quote]:
    from quotes.api import Extractor

    extractor = Extractor(model, rules=rules)
    quotes: list[Quote] = []
    if conllu is not None:
        try:
            conllu_text = Path(conllu).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QuotesError(f"{conllu}: cannot read: {exc}") from exc
        for document, found in extractor.extract_conllu(conllu_text, source=conllu):
            if document.doc_id not in texts:
                _warn(f"{conllu}: document {document.doc_id!r} is not in --docs; its quotes are not scored")
            elif document.text != texts[document.doc_id]:
                _warn(f"{conllu}: document {document.doc_id!r} has another text than in --docs; its spans may not match")
            quotes.extend(found)
        return quotes
    for result in extractor.extract_many((doc_id, text, {}) for doc_id, text in texts.items()):
        if result.error is not None:
            _warn(f"document {result.doc_id!r} skipped: {result.error}")
        quotes.extend(result.quotes)
    return quotes


def _read_predictions(path: str) -> list[dict[str, Any]]:
    if path != "-":
        return read_jsonl(path)
    records = []
    for lineno, line in enumerate(sys.stdin, 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise QuotesError(f"<stdin>:{lineno}: not JSON: {exc.msg}") from exc
    return records


def _cells(prf: PRF) -> str:
    precision, recall, f1 = prf.rounded()
    return f"{precision:6.4f} {recall:6.4f} {f1:6.4f}"


def format_report(system: Evaluation, baseline: Evaluation | None = None, *, label: str = "extractor") -> str:
    """The figures as a table: P/R/F1 of quotes, end to end and per type, the baseline beside them."""
    width = 20
    lines = [
        f"{system.documents} documents, {len(system.gold)} gold quotes, {len(system.predicted)} predicted, {system.matched} matched",
        "",
        (f"{'':{width}}{label:<22}" + ("baseline" if baseline else "")).rstrip(),
        (f"{'':{width}}{'P      R      F1':<22}" + ("P      R      F1" if baseline else "")).rstrip(),
    ]
    rows: list[tuple[str, PRF, PRF | None]] = [
        ("quotes", system.quote, baseline.quote if baseline else None),
        ("end-to-end", system.e2e, baseline.e2e if baseline else None),
        ("end-to-end role", system.e2e_role, baseline.e2e_role if baseline else None),
    ]
    for position, score in enumerate(system.by_type):
        other = baseline.by_type[position].prf if baseline else None
        rows.append((f"{score.type} ({score.gold})", score.prf, other))
    for name, prf, other in rows:
        lines.append((f"{name:<{width}}{_cells(prf):<22}" + (_cells(other) if other else "")).rstrip())
    lines.append("")
    lines.append(
        f"of {system.matched} matched: speaker {system.accuracy(system.speaker_right):.4f}, "
        f"role {system.accuracy(system.role_right):.4f}, cue {system.accuracy(system.cue_right):.4f}, "
        f"type {system.accuracy(system.type_right):.4f}; bad predicted spans: {system.bad_pred_spans}"
    )
    headline = f"end-to-end F1 {system.e2e.f1:.4f}, end-to-end role F1 {system.e2e_role.f1:.4f}"
    if baseline:
        headline += f" (baseline {baseline.e2e.f1:.4f}, {baseline.e2e_role.f1:.4f})"
    lines.append(headline)
    return "\n".join(lines)


def format_errors(evaluation: Evaluation, limit: int) -> str:
    """Up to `limit` errors of each kind, each on one line."""
    lines: list[str] = []
    for kind in ERROR_KINDS:
        errors = evaluation.errors_of(kind)
        lines.append(f"-- {_HEADINGS[kind]}: {len(errors)}")
        lines.extend(f"  {error.describe()}" for error in errors[:limit])
        if len(errors) > limit:
            lines.append(f"  … and {len(errors) - limit} more")
    return "\n".join(lines)


def _errors_json(evaluation: Evaluation, limit: int) -> list[dict[str, Any]]:
    return [error.to_dict() for kind in ERROR_KINDS for error in evaluation.errors_of(kind)[:limit]]


@click.command("eval")
@click.option(
    "--docs",
    "docs_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help='documents JSONL: {"id", "text", ...}',
)
@click.option(
    "--gold",
    "gold_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="gold quotes JSONL (spec/quote-annotation.md)",
)
@click.option(
    "--pred",
    "pred_path",
    type=click.Path(allow_dash=True, dir_okay=False),
    help="predicted quotes JSONL ('-' for stdin); without it the extractor runs",
)
@click.option(
    "--conllu",
    type=click.Path(exists=True, dir_okay=False),
    help="run the extractor on this pre-parsed CoNLL-U (no parser is loaded)",
)
@click.option("--model", default=None, help="parser model when the extractor parses the documents itself")
@click.option("--rules", default=None, type=click.Path(exists=True, file_okay=False), help="rules folder (default: the project's)")
@click.option(
    "--errors",
    "error_limit",
    default=0,
    type=click.IntRange(min=0),
    show_default=True,
    help="list up to N errors of each kind",
)
@click.option("--json", "as_json", is_flag=True, help="print the figures as one JSON object")
@click.option("--baseline", "with_baseline", is_flag=True, help="score the no-parser regex baseline beside the extractor")
@click.option("--id-field", default="id", show_default=True, help="document id field in --docs")
@click.option("--text-field", default="text", show_default=True, help="document text field in --docs")
def eval_command(
    docs_path: str,
    gold_path: str,
    pred_path: str | None,
    conllu: str | None,
    model: str | None,
    rules: str | None,
    error_limit: int,
    as_json: bool,
    with_baseline: bool,
    id_field: str,
    text_field: str,
) -> None:
    """Score quotes against gold quotes: P/R/F1 per type, end-to-end F1 and role F1.

    The scoring is the spec's and agrees with tools/quote_score.py.
    """
    if pred_path and conllu:
        raise click.UsageError("give --pred or --conllu, not both: --conllu runs the extractor")
    texts = read_documents(docs_path, id_field=id_field, text_field=text_field)
    gold = gold_spans(texts, read_jsonl(gold_path))
    for problem in gold.problems:
        _warn(f"{gold_path}: {problem}")
    predictions: Iterable[Quote | dict[str, Any]]
    if pred_path:
        predictions = _read_predictions(pred_path)
        label = "predictions"
    else:
        predictions = _run_extractor(texts, conllu, model, rules)
        label = "extractor"
    system = evaluate(texts, gold, predictions)
    for problem in system.prediction_problems[:20]:
        _warn(problem)
    baseline = None
    if with_baseline:
        from quotes.baseline import RegexBaseline

        baseline = evaluate(texts, gold, RegexBaseline.from_lexicon().extract_many(texts.items()))
    if as_json:
        record = system.to_dict()
        if baseline is not None:
            record["baseline"] = baseline.to_dict()
        if error_limit:
            record["errors"] = _errors_json(system, error_limit)
        click.echo(json.dumps(record, ensure_ascii=False))
        return
    click.echo(format_report(system, baseline, label=label))
    if error_limit:
        click.echo("")
        click.echo(format_errors(system, error_limit))


COMMANDS = [eval_command]

__all__ = ["COMMANDS", "eval_command", "format_errors", "format_report"]
