"""Crash-safe writes and rules that hold when two processes write at once (forked trials)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HELPER = Path(__file__).resolve().with_name("writer_trials.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the trials fork")


def trials(tmp_path: Path, *argv: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "INSPECTION_DESKTOP_LOG_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(HELPER), *argv, str(tmp_path)],
        capture_output=True, text=True, timeout=240, env=env, check=True,
    )  # fmt: skip
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_a_hundred_sigkills_mid_write_lose_and_damage_nothing(tmp_path: Path) -> None:
    """Killing a writer at random moments 100 times leaves a sound file with every reported save."""
    result = trials(tmp_path, "kill", "100")
    assert result == {"rounds": 100, "damaged": 0, "lost": 0}


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("meetings", 6), ("holiday", 1), ("contacts", 30), ("role", 1)],
    ids=["meetings made once", "holiday once", "re-import updates", "one holder"],
)
def test_two_processes_at_once_make_no_duplicates(tmp_path: Path, kind: str, expected: int) -> None:
    """Two processes started together, ten times: the rule holds every time."""
    result = trials(tmp_path, "race", kind, "10")
    assert result["counts"] == [expected] * 10
