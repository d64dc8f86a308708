"""Every speed figure of the app, each against a floor measured in the same run.

Usage: ``python benchmarks/run.py [--quick] [--runs N]``. One line per figure:
``NAME: MEDIAN s (RATIO x FLOOR_NAME)`` or ``NAME: VALUE UNIT``, the median of N runs taken by
turns with the floor. ``--quick`` runs each once at small sizes (a minute at most), so a test can
prove the script still works; its times mean nothing. The budgets are in the README.
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from figures import alternate, figure_line, value_line  # noqa: E402

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
APP = [sys.executable, "-m", "inspection_desktop"]
TIMEOUT = 300  # seconds: a child that never paints must not hang the benchmark

# Exits at the first paint of a main window, so a run measures start-up to first pixels. The
# watch is put on the main window as it is shown, not on the whole application: a filter on the
# application hands every event of every widget to Python, which costs a window with menus,
# tabs and buttons more than a bare one, and is no part of either's start-up.
FIRST_PAINT = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            os._exit(0)
        return False
first_paint = FirstPaint()
show = QMainWindow.show
def show_watched(window):
    window.installEventFilter(first_paint)
    show(window)
QMainWindow.show = show_watched
"""
APP_FIRST_PAINT = FIRST_PAINT + (
    "from inspection_desktop.composition import main\nmain(['--db', sys.argv[1]])\n"
)
BARE_FIRST_PAINT = FIRST_PAINT + "w = QMainWindow(); w.show(); app.exec()\n"
BARE_STACK_IDLE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlmodel
app = QApplication([]); w = QMainWindow(); w.show()
engine = sqlmodel.create_engine(f"sqlite:///{sys.argv[1]}")
with engine.connect() as connection:
    connection.exec_driver_sql("SELECT count(*) FROM plan_item").all()
QTimer.singleShot(0, app.quit); app.exec()
"""
SQLITE_JSON = """
import json, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.row_factory = sqlite3.Row
rows = connection.execute("SELECT * FROM plan_item ORDER BY week, position").fetchall()
print(json.dumps([dict(row) for row in rows], default=str))
"""


def run_python(*argv: str) -> None:
    """Run a Python child process and wait for it (its output is thrown away)."""
    subprocess.run(
        [sys.executable, *argv], check=True, env=ENV, capture_output=True, timeout=TIMEOUT
    )


def child_peak_mb(command: list[str]) -> float:
    """Peak resident memory of one child process, in MB."""
    with subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL) as child:
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024


def make_database(folder: Path, name: str, large: bool) -> Path:
    """A database holding the demo inspection (or the large one), made by the app's command."""
    path = folder / name
    subprocess.run(
        [*APP, "--db", str(path), "demo", *(["--large"] if large else [])],
        check=True,
        env=ENV,
        capture_output=True,
    )
    return path


def startup_figures(demo: Path, large: Path, runs: int, size: str) -> None:
    """First paint, idle on the demo, and the command line's plan, each in a fresh process."""
    app, floor = alternate(
        lambda: run_python("-c", APP_FIRST_PAINT, str(demo)),
        lambda: run_python("-c", BARE_FIRST_PAINT),
        runs,
    )
    print(figure_line("first painted window, demo", app, floor, "bare QMainWindow shown"))
    app, floor = alternate(
        lambda: run_python("-m", "inspection_desktop", "--db", str(demo), "--exit-after-startup"),
        lambda: run_python("-c", BARE_STACK_IDLE, str(demo)),
        runs,
    )
    print(
        figure_line(
            "demo plan on screen and idle", app, floor, "bare window + sqlmodel + engine + query"
        )
    )
    app, floor = alternate(
        lambda: run_python(
            "-m", "inspection_desktop", "--db", str(large), "plan", "--format", "json"
        ),
        lambda: run_python("-c", SQLITE_JSON, str(large)),
        runs,
    )
    print(figure_line(f"plan --format json, {size}", app, floor, "sqlite3 + json"))


def window_figures(large: Path, runs: int) -> None:
    """The window's figures, from a process of their own (Qt and its memory apart)."""
    result = subprocess.run(
        [sys.executable, str(HERE / "window_figures.py"), str(large), str(runs)],
        check=True,
        env=ENV,
        capture_output=True,
        text=True,
    )
    print(result.stdout, end="")
    result = subprocess.run(
        [sys.executable, str(HERE / "window_figures.py"), str(large), "memory"],
        check=True,
        env=ENV,
        capture_output=True,
        text=True,
    )
    print(result.stdout, end="")


def main() -> int:
    """Print every figure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="each once, at small sizes")
    parser.add_argument("--runs", type=int, default=5, help="runs of each figure (default 5)")
    args = parser.parse_args()
    runs = 1 if args.quick else args.runs
    rows = 2_000 if args.quick else 20_000
    from document_figures import allocation_figure, letters_figure, pack_figure, pir_figures

    # As installed (pip and the bundle both ship compiled modules): otherwise, where
    # PYTHONDONTWRITEBYTECODE is set, every start compiles the app's 300 modules again and the
    # floors, whose libraries are compiled, are not doing the same work.
    compileall.compile_dir(ROOT / "inspection_desktop", quiet=1)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        demo = make_database(folder, "demo.sqlite3", large=False)
        large = demo if args.quick else make_database(folder, "large.sqlite3", large=True)
        size = "demo" if args.quick else "large inspection"
        startup_figures(demo, large, runs, size)
        window_figures(large, runs)
        pack_figure(large, runs)
        letters_figure(large, folder, runs)
        pir_figures(folder, rows, runs)
        allocation_figure(runs, quick=args.quick)
        xlsx = folder / f"population-{rows}.xlsx"
        peak = child_peak_mb([*APP, "--db", str(demo), "pir-check", str(xlsx)])
        print(value_line(f"peak memory, pir-check of {rows:,}-row .xlsx", peak, "MB"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
