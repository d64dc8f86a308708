"""The benchmark script still runs: `--quick` prints a parseable line for every figure."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Kept here rather than imported, so the test also holds the script to its documented format.
LINE = re.compile(
    r"^(?P<name>[^:]+): (?:"
    r"\d+\.\d+ s \(\d+\.\d+ x [^()]+\)"
    r"|\d+(?:\.\d+)? \S+"
    r"|not available \([^()]+\)"
    r")$"
)
FIGURES = (
    "first painted window",
    "demo plan on screen and idle",
    "plan --format json",
    "window open",
    "Plan tab first shown",
    "view switch",
    "sort the register by a column",
    "filter keystroke",
    "tick one item done",
    "undo the tick",
    "People tab switch",
    "Meetings tab switch",
    "peak memory, the window",
    "peak memory, this benchmark",
    "week-4 meeting pack",
    "mail merge of 50 letters",
    "pir-check of 2,000 rows, CSV",
    "pir-check of 2,000 rows, .xlsx",
    "allocation of 1,000 records",
    "peak memory, pir-check",
)


def test_quick_benchmark_prints_every_figure_in_the_documented_format() -> None:
    """Every line reads NAME: MEDIAN s (RATIO x FLOOR), NAME: VALUE UNIT or not available."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line for line in lines if not LINE.match(line)] == []
    names = [line.split(":")[0] for line in lines]
    assert [f for f in FIGURES if not any(name.startswith(f) for name in names)] == []
