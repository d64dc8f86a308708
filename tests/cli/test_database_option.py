"""The --db option: an empty value is refused rather than read as "use the default"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from inspection_desktop.composition import main_cli


def test_an_empty_db_path_is_refused_and_the_default_database_left_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--db ""` (an unset shell variable) exits 2 with one line, creating no database."""
    default = Path(os.environ["INSPECTION_DESKTOP_DB"])
    code = main_cli(["--db", "", "new", "--area", "Test CPP", "--notified", "2026-10-05"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "empty path" in err[0]
    assert not default.exists()
