"""Start-up shows the window before the database is opened, and that path loads no ORM."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

# In a process of its own: a whole start-up leaves hooks and a quit loop behind.
WATCH_THE_OPENING = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow
from inspection_desktop.composition import add_features_to_window, open_services
from inspection_desktop.ui.shell.application import run_gui
app = QApplication([])
seen = []
def opening(path):
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)]
    seen.append(any(w.isVisible() for w in windows))
    return open_services(path)
code = run_gui(Path(sys.argv[1]), opening, add_features_to_window, exit_after_startup=True)
print(code, seen)
"""


def test_the_window_is_shown_before_the_database_is_opened(db_path: Path) -> None:
    """When the database starts opening, a main window is already on screen."""
    result = subprocess.run(
        [sys.executable, "-c", WATCH_THE_OPENING, str(db_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=ENV,
        check=True,
        timeout=120,
    )
    assert result.stdout.split("\n")[-2] == "0 [True]"


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
