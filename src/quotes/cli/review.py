"""`quotes review`: one self-contained HTML report of the quotes, their parses and rules, scored against gold."""

from __future__ import annotations

from pathlib import Path

import click

from quotes.api import Extractor
from quotes.evaluate import read_jsonl
from quotes.io import ReadOptions
from quotes.review import build_report, load_documents, render_report


@click.command("review")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The HTML file to write."
)
@click.option(
    "--gold",
    "gold_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Gold quotes JSONL (spec/quote-annotation.md): mark each quote right or wrong, score, sort by errors.",
)
@click.option(
    "--rules",
    "rules_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Rules folder (default: the project's rules/).",
)
@click.option("--model", default=None, help="Parser model for text input (CoNLL-U input is not parsed again).")
@click.option("--title", default=None, help="Title of the report (default: the input names).")
@click.option("--id-field", default="id", show_default=True, help="Document id field of JSONL input.")
@click.option("--text-field", default="text", show_default=True, help="Document text field of JSONL input.")
def review(
    inputs: tuple[str, ...],
    output: Path,
    gold_path: Path | None,
    rules_dir: Path | None,
    model: str | None,
    title: str | None,
    id_field: str,
    text_field: str,
) -> None:
    """Write one HTML file to read every quote of INPUT... in its text, with its parse and rule.

    INPUT is what `quotes extract` reads (.txt, a folder, .jsonl documents, .conllu).
    With --gold, each quote is marked right, wrong speaker, wrong role, missed
    or false alarm, and the scores of `quotes eval` head the page. In the page,
    quotes can be accepted or corrected and the result exported as gold JSONL.
    """
    extractor = Extractor(model, rules=rules_dir)
    documents, problems = load_documents(inputs, extractor, ReadOptions(id_field=id_field, text_field=text_field))
    for problem in problems:
        click.echo(f"quotes review: {problem}", err=True)
    gold = read_jsonl(gold_path) if gold_path is not None else None
    report = build_report(
        extractor, documents, gold, title=title or "quotes review: " + ", ".join(inputs), problems=problems
    )
    html = render_report(report)
    output.write_text(html, encoding="utf-8")
    quotes = sum(item.rule_id is not None for document in report.documents for item in document.items)
    errors = sum(document.errors for document in report.documents)
    scored = f", {errors} errors against the gold" if report.has_gold else ""
    click.echo(
        f"{output}: {len(report.documents)} documents, {quotes} quotes found{scored}, {len(html.encode()) // 1024} KiB",
        err=True,
    )


COMMANDS = [review]
