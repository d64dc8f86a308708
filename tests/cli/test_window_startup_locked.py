"""Starting the window on a database another program has locked: one line and exit 2."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from inspection_desktop.composition import main_cli

ROOT = Path(__file__).resolve().parents[2]


def test_exit_after_startup_on_a_locked_database_exits_2_instead_of_hanging(
    db_path: Path,
) -> None:
    """With another connection holding BEGIN EXCLUSIVE, the smoke test ends with exit 2."""
    main_cli(["--db", str(db_path), "new", "--area", "Test CPP", "--notified", "2026-10-05"])
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        result = subprocess.run(
            [sys.executable, "-m", "inspection_desktop", "--db", str(db_path),
             "--exit-after-startup"],
            capture_output=True, text=True, timeout=60, env=env, check=False,
        )  # fmt: skip
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 2, result.stderr
    assert "in use by another program" in result.stderr
    assert result.stderr.strip().count("\n") == 0
