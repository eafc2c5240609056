"""`quotes review`: one self-contained HTML report of the quotes, their parses and rules, scored against gold."""

from __future__ import annotations

from pathlib import Path

import click

from quotes.api import Extractor
from quotes.evaluate import read_jsonl
from quotes.io import ReadOptions
from quotes.review import Report, build_report, load_documents, render_report
from quotes.review.app import is_loopback
from quotes.review.app import serve as start_app
from quotes.review.session import ReviewSession


@click.command("review")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="The HTML file to write (needed without --serve)."
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
@click.option(
    "--serve",
    is_flag=True,
    help="Serve the page as a local app instead: save corrected gold to --save, rerun the rules without parsing again.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="With --serve: a loopback address (no other is accepted).")
@click.option("--port", default=0, show_default=True, type=click.IntRange(0, 65535), help="With --serve: the port (0: any free one).")
@click.option(
    "--save",
    "save_path",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="With --serve: the gold JSONL the page saves to (and restores its draft from when it exists).",
)
@click.option("--id-field", default="id", show_default=True, help="Document id field of JSONL input.")
@click.option("--text-field", default="text", show_default=True, help="Document text field of JSONL input.")
def review(
    inputs: tuple[str, ...],
    output: Path | None,
    gold_path: Path | None,
    rules_dir: Path | None,
    model: str | None,
    title: str | None,
    serve: bool,
    host: str,
    port: int,
    save_path: Path | None,
    id_field: str,
    text_field: str,
) -> None:
    """Write one HTML file to read every quote of INPUT... in its text, with its parse and rule.

    INPUT is what `quotes extract` reads (.txt, a folder, .jsonl documents, .conllu).
    With --gold, each quote is marked right, wrong speaker, wrong role, missed
    or false alarm, and the scores of `quotes eval` head the page. In the page,
    quotes can be accepted or corrected and the result exported as gold JSONL.

    With --serve, the page is served on 127.0.0.1 instead: the export can save
    straight to --save (checked as `quote_score.py check` checks it), the draft
    comes back on reload, and "Rerun rules" applies the edited --rules folder
    to the parses already in memory.
    """
    if serve == (output is not None):
        raise click.UsageError("give either -o FILE (write the page) or --serve (serve it as a local app)")
    if serve and not is_loopback(host):
        raise click.BadParameter(
            f"{host!r}: the review app has no authentication, so it listens on 127.0.0.1, ::1 or localhost only",
            param_hint="--host",
        )
    if save_path is not None and not (save_path.parent or Path(".")).is_dir():
        raise click.BadParameter(f"{save_path.parent} is not a folder", param_hint="--save")
    extractor = Extractor(model, rules=rules_dir)
    documents, problems = load_documents(inputs, extractor, ReadOptions(id_field=id_field, text_field=text_field))
    for problem in problems:
        click.echo(f"quotes review: {problem}", err=True)
    gold = read_jsonl(gold_path) if gold_path is not None else None
    title = title or "quotes review: " + ", ".join(inputs)
    if output is not None:
        _write(output, build_report(extractor, documents, gold, title=title, problems=problems))
        return
    del extractor  # its parser is not needed again: a rerun applies the rules to the parses in memory
    session = ReviewSession(documents, gold=gold, save_path=save_path, rules_dir=rules_dir, title=title, problems=problems)
    click.echo(f"quotes review: {len(documents)} documents parsed, held in memory for reruns", err=True)
    start_app(session, host, port, announce=lambda message: click.echo(f"quotes review: {message}", err=True))


def _write(output: Path, report: Report) -> None:
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
