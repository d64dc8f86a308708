"""`task move` says when a meeting or deadline now lands on a Scottish bank holiday."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inspection_desktop.composition import main_cli


def first_meeting_id(db_path: Path, capsys: pytest.CaptureFixture[str]) -> int:
    """The id of the plan's first meeting."""
    capsys.readouterr()
    main_cli(["--db", str(db_path), "plan", "--format", "json"])
    rows = json.loads(capsys.readouterr().out)
    return int(next(row["id"] for row in rows if row["kind"] == "meeting"))


def test_moving_a_meeting_to_christmas_day_warns(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The confirmation names the bank holiday the meeting now falls on."""
    main_cli(["--db", str(db_path), "new", "--area", "Test CPP", "--notified", "2026-10-05"])
    item_id = first_meeting_id(db_path, capsys)
    code = main_cli(["--db", str(db_path), "task", "move", str(item_id), "--to", "2026-12-25"])
    out = capsys.readouterr().out
    assert code == 0 and "bank holiday: Christmas Day" in out


def test_moving_a_meeting_to_an_ordinary_day_has_no_warning(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An ordinary Thursday gets the plain confirmation."""
    main_cli(["--db", str(db_path), "new", "--area", "Test CPP", "--notified", "2026-10-05"])
    item_id = first_meeting_id(db_path, capsys)
    main_cli(["--db", str(db_path), "task", "move", str(item_id), "--to", "2026-12-17"])
    assert "holiday" not in capsys.readouterr().out
