"""The `quotes` command: thin commands over the library.

Data goes to stdout, logs and progress to stderr; a :class:`QuotesError`
becomes exit code 2 with a one-line message.
"""

from __future__ import annotations

import importlib
import sys

import click

from quotes.errors import QuotesError


class QuotesGroup(click.Group):
    """Maps the library's errors to exit code 2 and a one-line message."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except QuotesError as exc:
            click.echo(f"quotes: error: {exc}", err=True)
            ctx.exit(2)


@click.group(cls=QuotesGroup)
@click.version_option(package_name="quotes")
def cli() -> None:
    """Find attributed quotes in Arabic news text."""


COMMAND_MODULES = ("extract", "parse", "rules", "models", "evaluate", "serve")


def _register() -> None:
    """Attach each command module's COMMANDS (imported here so `import quotes.cli` stays light)."""
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"quotes.cli.{name}")
        for command in module.COMMANDS:
            cli.add_command(command)


def main(argv: list[str] | None = None) -> int:
    _register()
    try:
        cli.main(args=argv, prog_name="quotes", standalone_mode=True)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
