"""Start-up time of the window, against a bare Qt window, as figures and ratios.

Usage: python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([]); w = QMainWindow(); w.show()\n"
    "QTimer.singleShot(0, app.quit); app.exec()\n"
)


def _median_seconds(command: list[str], runs: int, env: dict[str, str]) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    """Print median start-up times and their ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "bench.sqlite3"
        app = [sys.executable, "-m", "inspection_desktop", "--db", str(db)]
        subprocess.run([*app, "demo"], check=True, env=env, capture_output=True)
        python = _median_seconds([sys.executable, "-c", "pass"], runs, env)
        bare = _median_seconds([sys.executable, "-c", BARE_WINDOW], runs, env)
        ours = _median_seconds([*app, "--exit-after-startup"], runs, env)
        cli = _median_seconds([*app, "plan", "--format", "json"], runs, env)
    print(f"python start:            {python * 1000:7.0f} ms")
    print(f"bare Qt window:          {bare * 1000:7.0f} ms")
    print(f"app window (demo plan):  {ours * 1000:7.0f} ms  ({ours / bare:.1f}x the bare window)")
    print(f"plan --format json:      {cli * 1000:7.0f} ms  ({cli / python:.1f}x python start)")


if __name__ == "__main__":
    main()
