"""`quotes parse`: parse documents once into CoNLL-U, for rules to run over again and again."""

from __future__ import annotations

from typing import Any

import click

from quotes.cli.extract import batch_options, run_command


@click.command("parse")
@batch_options
def parse(**arguments: Any) -> None:
    """Parse INPUT... and write CoNLL-U: a parse cache for `quotes extract`.

    Each document keeps its id (# newdoc id), its exact text (# doc_text_json),
    the other fields of its record (# meta_json) and every token's character
    offsets, so `quotes extract corpus.conllu` gives the same records as
    extracting from the text, without loading the parser.
    """
    run_command("parse", arguments)


COMMANDS = [parse]
