"""The `quotes` command: thin commands over the library.

Data goes to stdout, logs and progress to stderr. Exit codes, one line on
stderr and never a traceback (``QUOTES_DEBUG=1`` shows it):

====  ==========================================================
0     done
1     some documents failed (their error records: ``--errors``)
2     usage or setup error (a bad option, a missing model or input)
3     an input or output error during the run (disk full, a file that vanished)
4     an internal error (a bug: please report it)
130   interrupted (Ctrl-C)
141   the reader of stdout went away (``quotes extract … | head``)
====  ==========================================================
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from quotes.errors import QuotesError

EXIT_DONE, EXIT_FAILED, EXIT_USAGE, EXIT_IO, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_PIPE = 0, 1, 2, 3, 4, 130, 141


class QuotesGroup(click.Group):
    """Maps every way a command can end to its exit code and a one-line message."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except QuotesError as exc:
            click.echo(f"quotes: error: {exc}", err=True)
            ctx.exit(EXIT_USAGE)
        except KeyboardInterrupt:
            click.echo("quotes: interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            _quiet_stdout()
            ctx.exit(EXIT_PIPE)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except OSError as exc:
            _debug()
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"quotes: error: {where}{exc.strerror or exc}", err=True)
            ctx.exit(EXIT_IO)
        except Exception as exc:  # noqa: BLE001 - the last resort: a one-line message, not a traceback
            _debug()
            click.echo(
                f"quotes: internal error: {type(exc).__name__}: {exc} (a bug; QUOTES_DEBUG=1 shows the traceback)", err=True
            )
            ctx.exit(EXIT_INTERNAL)


def _debug() -> None:
    if os.environ.get("QUOTES_DEBUG"):
        import traceback

        traceback.print_exc()


def _quiet_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null, so that flushing it at exit raises nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@click.group(cls=QuotesGroup)
@click.version_option(package_name="quotes")
def cli() -> None:
    """Find attributed quotes in Arabic news text."""


COMMAND_MODULES = ("extract", "parse", "rules", "models", "evaluate", "review", "schema", "serve", "compile")


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
