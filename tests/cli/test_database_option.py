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


def test_db_is_accepted_after_the_subcommand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`new … --db PATH` uses that file, as the README promises."""
    path = tmp_path / "after.sqlite3"
    code = main_cli(["new", "--area", "Test CPP", "--notified", "2026-10-05", "--db", str(path)])
    assert code == 0 and path.exists()
    assert main_cli(["task", "restore", "--list", "--db", str(path)]) == 0
    assert "No deleted items." in capsys.readouterr().out


def test_a_db_in_a_folder_that_does_not_exist_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A mistyped folder is one line and exit 2; the folder is not made."""
    missing = tmp_path / "no-such-folder"
    code = main_cli(["--db", str(missing / "plan.sqlite3"), "inspections"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "does not exist" in err[0]
    assert not missing.exists()


def test_a_bad_db_after_the_subcommand_is_refused_as_before_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The same checks hold wherever --db is given: a NUL in the name is one line, exit 2."""
    code = 0
    try:
        code = main_cli(["inspections", "--db", "bad\x00name.sqlite3"])
    except SystemExit as exc:
        code = int(exc.code or 0)
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1


def test_a_database_under_an_unknown_users_home_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``--db ~nobody-here/x`` names the missing home folder instead of a traceback."""
    code = main_cli(["--db", "~nobody-here-0/x.sqlite3", "plan"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "no home folder" in err
