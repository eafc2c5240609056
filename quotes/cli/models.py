"""`quotes models`: which parser model is in use, where it was loaded from, its scores and its licence."""

from __future__ import annotations

import json

import click


def model_licence(path: object) -> str | None:
    """The ``licence`` line a model directory's scores.json declares, if any."""
    from pathlib import Path

    scores = Path(str(path)) / "scores.json"
    if not scores.is_file():
        return None
    try:
        licence = json.loads(scores.read_text(encoding="utf-8")).get("licence")
    except (OSError, ValueError):
        return None  # describe_model already reports an unreadable scores.json
    return str(licence) if licence else None


@click.command("models")
@click.option("--model", default=None, help="Resolve this model path (or 'official') instead of the default.")
def models(model: str | None) -> None:
    """Show the parser model that `quotes extract` would use, its origin, its scores and its licence."""
    from quotes.parser import describe_model, resolve_model

    info = resolve_model(model)
    click.echo(describe_model(info))
    licence = model_licence(info.path)
    click.echo(f"licence: {licence}" if licence else "licence: not declared (see the model's own documentation)")


COMMANDS = [models]
