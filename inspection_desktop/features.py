"""What a feature adds to the app: its commands and its part of the window.

Each feature (plan, people, meetings, PIR guard, …) is one package per layer plus one
``Feature`` entry in ``inspection_desktop.composition.FEATURES``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from inspection_desktop.usecases.services import Services

# argparse's _SubParsersAction is private; its type is not worth importing.
SubParsers = Any
# The window shell (ui.shell.main_window.MainWindow: add_section, add_menu_actions, item_actions,
# announce, …); typed loosely so this module needs no Qt.
WindowShell = Any


@dataclass(frozen=True)
class Feature:
    """One capability of the app and the places it plugs into."""

    key: str
    name: str
    add_commands: Callable[[SubParsers], None] | None = None
    """Registers the feature's subcommands on the command line's parser."""
    add_to_window: Callable[[WindowShell, Services], object] | None = None
    """Adds the feature's section, menus and actions to the main window (imports Qt lazily)."""
