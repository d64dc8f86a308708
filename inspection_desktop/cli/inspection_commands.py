"""Commands over inspections and their plan: new, holiday, plan, task, demo."""

from __future__ import annotations

from inspection_desktop.cli.context import SubParsers


def register(subparsers: SubParsers) -> None:
    """Add this module's subcommands to the parser."""
