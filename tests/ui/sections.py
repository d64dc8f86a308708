"""Finding a window's sections in tests, including those made when their tab is first shown."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

from inspection_desktop.ui.common.built_when_shown import SectionBuiltWhenShown
from inspection_desktop.ui.shell.main_window import MainWindow

SectionT = TypeVar("SectionT", bound=QWidget)


def tabs_of(window: MainWindow) -> list[QWidget]:
    """The widgets the window's tabs hold, in order."""
    tabs = window.ui.sectionTabs
    return [widget for index in range(tabs.count()) if (widget := tabs.widget(index))]


def tab_titled(window: MainWindow, title: str) -> QWidget:
    """The widget of the tab whose text (access key aside) starts with ``title``."""
    tabs = window.ui.sectionTabs
    for index in range(tabs.count()):
        if tabs.tabText(index).replace("&", "").startswith(title):
            widget = tabs.widget(index)
            assert widget is not None
            return widget
    raise AssertionError(f"no tab called {title}")


def section_of(window: MainWindow, kind: type[SectionT]) -> SectionT:
    """The window's section of a kind, made now if its tab waits to be first shown."""
    for widget in tabs_of(window):
        if isinstance(widget, kind):
            return widget
        if isinstance(widget, SectionBuiltWhenShown) and isinstance(widget.built, kind):
            return widget.built
    for widget in tabs_of(window):
        made = widget.section if isinstance(widget, SectionBuiltWhenShown) else None
        if isinstance(made, kind):
            return made
    raise AssertionError(f"no {kind.__name__} in the window")


def shown_section(window: MainWindow) -> QWidget | None:
    """The section of the tab in front (inside the place it was made in, if so)."""
    widget = window.ui.sectionTabs.currentWidget()
    if isinstance(widget, SectionBuiltWhenShown):
        return widget.built
    return widget
