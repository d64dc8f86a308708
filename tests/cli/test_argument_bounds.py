"""The issue's reproductions on the command line: each ends in exit 2 and one line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from inspection_desktop.composition import main_cli

BIG = str(2**63)
REPRODUCTIONS = {
    "id past SQLite's range": ["plan", "--inspection", BIG],
    "item id past SQLite's range": ["task", "set", BIG, "--status", "done"],
    "contact id past SQLite's range": ["roles", "assign", "inspection_coordinator", BIG],
    "empty output name": ["contacts", "export", "--out", ""],
    "root folder as output": ["agenda", "1", "--out", "/"],
    "over-long file name": ["calendar", "--out", "x" * 300 + ".ics"],
    "punycode encoding": ["pir-check", "list.csv", "--encoding", "punycode"],
    "holiday to the year 9999": ["holiday", "add", "--from", "2026-01-05", "--to", "9999-12-31"],
    "notified in the year 9999": ["new", "--area", "Test CPP", "--notified", "9999-12-20"],
    "100 KB recipient": ["pack", "1", "--out", "p.pdf", "--recipient", "a" * 100_000],
    "long recipient": ["pack", "1", "--out", "p.pdf", "--recipient", "a" * 201],
    "device as a list": ["pir-check", "/dev/zero"],
    "pipe as a contact file": ["contacts", "import", "pipe.csv"],
}
DATABASE_PATHS = {"empty": "", "a folder": "/", "an over-long name": "x" * 300 + ".sqlite3"}


@pytest.mark.parametrize("argv", REPRODUCTIONS.values(), ids=REPRODUCTIONS.keys())
def test_bad_input_exits_2_with_one_line(
    argv: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each reproduction gives exit 2 and a single line on stderr, no traceback."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "list.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.csv")
    try:
        code = main_cli(["--db", str(tmp_path / "db.sqlite3"), *argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("db", DATABASE_PATHS.values(), ids=DATABASE_PATHS.keys())
def test_an_unusable_database_path_exits_2_with_one_line(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """--db naming nothing usable is refused in one line before anything is opened."""
    try:
        code = main_cli(["--db", db, "plan"])
    except SystemExit as exc:
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
