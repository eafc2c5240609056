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
    click.echo("")
    click.echo(describe_entity_tagger())


def describe_entity_tagger() -> str:
    """The shipped named-entity tagger: where it is, whether it is used, its test scores and its licence."""
    from quotes.entity_tagger import INFO_FILE, default_model_dir

    directory = default_model_dir()
    info_path = directory / INFO_FILE
    if not info_path.is_file():
        return f"entity tagger: not shipped (no {info_path}); mentions come from the rules' word lists only"
    try:
        info = json.loads(info_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return f"entity tagger: {info_path} is unreadable ({exc}); it will not be used"
    test = (info.get("scores") or {}).get("test") or {}
    scores = ", ".join(f"{kind} {test[kind]['f1']:.1f}" for kind in ("PERS", "ORG", "LOC", "MISC") if kind in test)
    lines = [
        "entity tagger: ar_ner (on by default: tags what is parsed; --no-ner turns it off)",
        f"path: {directory}",
        f"test scores (ANERcorp test, entity F1): {scores or 'not recorded'}",
        f"licence: {info.get('licence') or 'not declared (see NER.md)'}",
    ]
    return "\n".join(lines)


COMMANDS = [models]
