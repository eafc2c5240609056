"""Every command is documented in the README, and the README's quick start is the two commands CI runs."""

from __future__ import annotations

from pathlib import Path

import click

from quotes.cli import _register, cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
CI = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")

_register()


def _commands(group: click.Group, prefix: str = "quotes") -> list[str]:
    found = []
    for name, command in group.commands.items():
        found.append(f"{prefix} {name}")
        if isinstance(command, click.Group):
            found.extend(_commands(command, f"{prefix} {name}"))
    return found


def test_every_command_is_in_the_readme() -> None:
    missing = [command for command in _commands(cli) if f"`{command}" not in README]
    assert missing == []


def test_ci_runs_the_readme_test_command() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("```", 2)[1]
    test_command = quick_start.strip().splitlines()[-1]
    assert test_command == "bash scripts/test.sh"
    assert "bash scripts/test.sh" in CI
