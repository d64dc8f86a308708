"""Start-up shows the window before the database is opened, and that path loads no ORM."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from inspection_desktop.composition import add_features_to_window, open_services
from inspection_desktop.ui.shell.application import run_gui
from inspection_desktop.usecases.services import Services

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_is_shown_before_the_database_is_opened(
    qapp: QApplication, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the database starts opening, a main window is already on screen."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its crash hook
    seen: list[bool] = []

    def opening(path: Path) -> Services:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, QMainWindow)]
        seen.append(any(w.isVisible() for w in windows))
        return open_services(path)

    try:
        assert run_gui(db_path, opening, add_features_to_window, exit_after_startup=True) == 0
    finally:
        for window in qapp.topLevelWidgets():
            window.close()
            window.deleteLater()
    assert seen == [True]


def test_showing_the_window_imports_no_orm() -> None:
    """Everything on the way to the first painted window leaves SQLAlchemy unloaded."""
    code = (
        "import sys\n"
        "import inspection_desktop.composition, inspection_desktop.cli.main\n"
        "import inspection_desktop.ui.shell.application, inspection_desktop.ui.shell.main_window\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'sqlalchemy', 'sqlmodel'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"
