"""`quotes compile`: build, show or remove the compiled copies of the rule pipeline's modules (quotes.compiled)."""

from __future__ import annotations

import sys
import time

import click

from quotes import compiled


@click.command("compile")
@click.option("--status", "show_status", is_flag=True, help="Only show which modules run compiled, stale or as Python.")
@click.option("--remove", "remove_copies", is_flag=True, help="Delete the compiled copies: everything runs as Python.")
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Parallel compiler jobs (default: all cores).")
@click.option("--force", is_flag=True, help="Compile every module again, also those whose copies are current.")
def compile_modules(show_status: bool, remove_copies: bool, jobs: int | None, force: bool) -> None:
    """Compile the rule pipeline's modules with Cython (about 1.2× faster rules; the same records).

    Needs the `compile` extra (pip install 'quotes[compile]') and a C compiler; about 2 minutes on 2 cores.
    A compiled copy is used only while its .py file is as it was compiled: after editing a module, that module
    runs as Python until the next `quotes compile`, which compiles only the modules that changed.
    QUOTES_PURE_PYTHON=1 runs everything as Python.
    """
    folder = compiled.default_folder()
    if remove_copies:
        click.echo(f"removed {folder}" if compiled.remove(folder) else f"nothing to remove at {folder}")
        return
    if not show_status:
        began = time.monotonic()
        click.echo(f"compiling the modules that changed into {folder} …", err=True)
        try:
            report = compiled.build(folder, jobs=jobs, force=force)
        except compiled.BuildError as exc:
            click.echo(f"quotes: error: {exc}; everything keeps running as Python", err=True)
            sys.exit(2)
        click.echo(
            f"compiled {len(report.modules)} modules in {time.monotonic() - began:.0f} s "
            f"({len(report.reused)} were current already)",
            err=True,
        )
        for module in report.changed:
            click.echo(f"  {module}: its source changed while it was compiled; it runs as Python", err=True)
    _show_status(folder)


def _show_status(folder: object) -> None:
    from pathlib import Path

    states = compiled.CompiledModules(Path(str(folder))).states()
    counts = {state: sum(1 for found in states if found.state == state) for state in ("compiled", "stale", "not built")}
    off = " (turned off in this environment: QUOTES_PURE_PYTHON is set)" if compiled.pure_python_requested() else ""
    click.echo(f"compiled modules{off}: {counts['compiled']} compiled, {counts['stale']} stale, {counts['not built']} not built")
    for found in states:
        if found.state != "compiled":
            click.echo(f"  {found.module}: {found.state}")


COMMANDS = [compile_modules]
