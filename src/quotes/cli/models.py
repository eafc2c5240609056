"""`quotes models`: which parser model is in use, where it was loaded from, and its scores."""

from __future__ import annotations

import click


@click.command("models")
@click.option("--model", default=None, help="Resolve this model path (or 'official') instead of the default.")
def models(model: str | None) -> None:
    """Show the parser model that `quotes extract` would use, its origin and its scores."""
    from quotes.parser import describe_model, resolve_model

    click.echo(describe_model(resolve_model(model)))


COMMANDS = [models]
