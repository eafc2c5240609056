"""`quotes extract`: quote records (JSONL) from text, JSONL documents or CoNLL-U parses."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from quotes.batch import TIME_LIMIT_CHARS, Job, RunConfig, run
from quotes.io import DEFAULT_MAX_CHARS, ENCODING_ERRORS, FORMATS, ReadOptions, Unreadable

_LOGGED_FAILURES = 20
#: A document's default time budget per 20,000 characters: parsing that much takes under a minute on one core.
DEFAULT_TIME_LIMIT = 300.0


def batch_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options shared by every batch command (`extract`, `parse`)."""
    options = [
        click.argument("inputs", nargs=-1, required=True, metavar="INPUT..."),
        click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, allow_dash=True),
            help="Write here instead of stdout (- is stdout). Written as OUTPUT.partial, renamed when the run is done.",
        ),
        click.option(
            "--errors",
            type=click.Path(dir_okay=False),
            help="Write an error record (JSONL: input, line, doc_id, kind, reason) per failed document.",
        ),
        click.option(
            "--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes, each loading the pipeline once."
        ),
        click.option(
            "--dask",
            "dask_address",
            metavar="SCHEDULER",
            help="Run on a Dask cluster: a scheduler address, or local:N for N local worker processes.",
        ),
        click.option("--resume", is_flag=True, help="Go on from where an interrupted run with the same -o stopped (its OUTPUT.manifest)."),
        click.option(
            "--format",
            "input_format",
            type=click.Choice(FORMATS),
            default="auto",
            show_default=True,
            help="Read every input as this format (auto: from the file name; stdin: from its first bytes).",
        ),
        click.option(
            "--encoding-errors",
            type=click.Choice(ENCODING_ERRORS),
            default="strict",
            show_default=True,
            help="Bytes that are not UTF-8: refuse the document (error record) or replace them with U+FFFD and warn.",
        ),
        click.option(
            "--time-limit",
            type=click.FloatRange(min=0, min_open=True),
            default=DEFAULT_TIME_LIMIT,
            show_default=True,
            help=f"Seconds a document may take per {TIME_LIMIT_CHARS:,} characters; one that takes longer gets an error record.",
        ),
        click.option("--id-field", default="id", show_default=True, help="JSONL field holding the document id."),
        click.option("--text-field", default="text", show_default=True, help="JSONL field holding the text."),
        click.option(
            "--max-chars",
            type=click.IntRange(min=1),
            default=DEFAULT_MAX_CHARS,
            show_default=True,
            help="Refuse (with an error record) documents longer than this.",
        ),
        click.option("--model", help="Parser model directory, or 'official' (default: the bundled model)."),
        click.option("--rules", type=click.Path(file_okay=False, exists=True), help="Rules folder (default: bundled)."),
        click.option(
            "--cache", type=click.Path(file_okay=False), help="Parse cache folder: parses are stored by text hash and never recomputed."
        ),
        click.option(
            "--threads",
            type=click.IntRange(min=1),
            help="Torch threads per worker process (default 1: use --workers to use more cores).",
        ),
        click.option(
            "--ner/--no-ner",
            default=None,
            help="The named-entity tagger shipped beside the parser (models/ar_ner) tags what is parsed, and a "
            "parse cache keeps its tags, by default. --ner: also tag parses that carry no tags (gold treebanks, "
            "caches written with --no-ner); --no-ner: no tagger, tags in the input are ignored.",
        ),
        click.option(
            "--batch-size", type=click.IntRange(min=1), default=16, show_default=True, help="Documents handed to the parser at once."
        ),
        click.option(
            "--html",
            is_flag=True,
            help="Read each text as HTML: tags and entities are read past, offsets stay offsets into the HTML.",
        ),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def run_command(mode: str, arguments: dict[str, Any]) -> None:
    """Build the run from the parsed options, run it, report on stderr, exit 1 when any document failed."""
    config = RunConfig(
        inputs=tuple(arguments["inputs"]),
        output=arguments["output"],
        errors=arguments["errors"],
        read=ReadOptions(
            id_field=arguments["id_field"],
            text_field=arguments["text_field"],
            format=arguments["input_format"],
            max_chars=arguments["max_chars"],
            encoding_errors=arguments["encoding_errors"],
            html=arguments.get("html", False),
        ),
        job=Job(
            mode=mode,
            model=arguments["model"],
            rules=arguments["rules"],
            threads=arguments["threads"],
            cache=arguments["cache"],
            time_limit=arguments["time_limit"],
            entities=arguments.get("entities") is not None,
            ner=arguments.get("ner"),
        ),
        workers=arguments["workers"],
        batch_size=arguments["batch_size"],
        resume=arguments["resume"],
        progress=not arguments["quiet"] and sys.stderr.isatty(),
        dask=arguments["dask_address"],
        entities=arguments.get("entities"),
    )
    logged = 0
    warned = 0

    def report(failure: Unreadable) -> None:
        nonlocal logged
        logged += 1
        if logged <= _LOGGED_FAILURES:
            click.echo(f"quotes: {failure.to_error()} [{failure.kind}]", err=True)
        elif logged == _LOGGED_FAILURES + 1:
            click.echo("quotes: more failures not shown; collect them all with --errors FILE", err=True)

    def warn(message: str) -> None:
        nonlocal warned
        warned += 1
        if warned <= _LOGGED_FAILURES:
            click.echo(f"quotes: warning: {message}", err=True)
        elif warned == _LOGGED_FAILURES + 1:
            click.echo("quotes: more warnings not shown", err=True)

    quiet = arguments["quiet"] or config.errors is not None
    summary = run(config, on_failure=None if quiet else report, on_warning=None if arguments["quiet"] else warn)
    if not arguments["quiet"]:
        click.echo("quotes: " + summary.describe(mode), err=True)
    if not summary.ok:
        sys.exit(1)


@click.command("extract")
@batch_options
@click.option(
    "--entities",
    type=click.Path(dir_okay=False),
    help="Also write each document's people, organisations and groups here "
    "(JSONL: doc_id, entity, type, canonical, mentions with spans, roles, quotes).",
)
def extract(**arguments: Any) -> None:
    """Find the quotes in INPUT... and write one JSONL record per quote.

    INPUT is a .txt file, a folder of .txt files, a .jsonl (or .jsonl.gz) of
    documents ({"id", "text", ...}: other fields go to each record's "meta"),
    a .conllu file of parsed documents (no parser is loaded), or - for stdin.

    A document that cannot be read or processed becomes an error record and
    the run goes on. Exit codes: 0 done; 1 some documents failed (see
    --errors); 2 usage or setup error; 3 an input or output error during the
    run (disk full); 4 an internal error; 130 interrupted (Ctrl-C); 141 the
    reader of stdout went away (a closed pipe).
    """
    run_command("extract", arguments)


COMMANDS = [extract]
