"""The command line: backup, backups, restore, check, and --out refusing the database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from inspection_desktop.composition import main_cli

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main_cli(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A database with one inspection, as a --db argument."""
    run(capsys, "--db", str(db_path), "new", "--area", "Test CPP", "--notified", "2026-10-05")
    return str(db_path)


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(8192, len(data)):
        data[offset] = (offset * 7 + 13) % 251
    path.write_bytes(bytes(data))


def test_backup_then_backups_lists_it(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A backup made by hand shows in the dated list."""
    code, out, _ = run(capsys, "--db", db, "backup")
    assert code == 0 and "Backed up to" in out
    code, out, _ = run(capsys, "--db", db, "backups")
    assert code == 0 and "backed up by hand" in out


def test_backup_out_at_the_database_is_refused(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """--out naming the database itself gets one line and exit 2."""
    code, _, err = run(capsys, "--db", db, "backup", "--out", db)
    assert code == 2 and "database" in err and err.count("\n") == 1


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_calendar_out_at_the_store_is_refused_and_the_database_survives(
    db: str, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An export pointed at the database or its WAL files is refused; the plan is still there."""
    code, _, err = run(capsys, "--db", db, "calendar", "--out", db + suffix)
    assert code == 2 and "database Inspection Desktop is using" in err
    code, out, _ = run(capsys, "--db", db, "plan", "--format", "json")
    assert code == 0 and "Test CPP" not in err and out.startswith("[")


def test_out_through_a_link_to_the_database_is_refused(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A symbolic link to the database is the database (resolved path)."""
    link = tmp_path / "innocent.ics"
    link.symlink_to(db)
    code, _, err = run(capsys, "--db", db, "calendar", "--out", str(link))
    assert code == 2 and "database" in err


def test_restore_brings_back_the_backup(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """After restore FILE, what was added since the backup is gone, and kept in a snapshot."""
    run(capsys, "--db", db, "backup", "--out", db + ".copy.sqlite3")
    run(capsys, "--db", db, "new", "--area", "Later CPP", "--notified", "2026-11-02")
    code, out, _ = run(capsys, "--db", db, "restore", db + ".copy.sqlite3")
    assert code == 0 and "kept in" in out
    _, out, _ = run(capsys, "--db", db, "inspections", "--format", "json")
    assert "Later CPP" not in out and "Test CPP" in out


def test_check_passes_a_sound_database(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """check exits 0 and names the schema."""
    code, out, _ = run(capsys, "--db", db, "check")
    assert code == 0 and "sound" in out


def test_check_fails_a_damaged_database_with_one_line(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """check exits 2 with the reason on a damaged file."""
    damage(Path(db))
    code, _, err = run(capsys, "--db", db, "check")
    assert code == 2 and err.count("\n") == 1


def test_plan_on_a_damaged_database_exits_2(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A damaged database is refused by the quick check at start, not half read."""
    damage(Path(db))
    code, _, err = run(capsys, "--db", db, "plan")
    assert code == 2 and "damaged" in err


def test_empty_database_file_is_refused_then_accepted_with_new_database(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A zero-length file needs --new-database to become a database."""
    db_path.write_bytes(b"")
    code, _, err = run(capsys, "--db", str(db_path), "inspections")
    assert code == 2 and "--new-database" in err
    code, _, _ = run(capsys, "--db", str(db_path), "--new-database", "inspections")
    assert code == 0 and db_path.stat().st_size > 0


def test_exit_after_startup_on_a_damaged_database_exits_2_with_one_line(db: str) -> None:
    """The window's smoke test does not hang on a damaged database."""
    damage(Path(db))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "inspection_desktop", "--db", db, "--exit-after-startup"],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "damaged" in result.stderr and result.stderr.strip().count("\n") == 0


def smoke(db: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "inspection_desktop", "--db", db, "--exit-after-startup"],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )  # fmt: skip


def test_closing_the_window_takes_a_backup_when_something_changed(db_path: Path) -> None:
    """The first start adds the demo; closing then leaves an automatic backup."""
    assert smoke(str(db_path)).returncode == 0
    from inspection_desktop.storage.safety.backups import list_backups

    assert [backup.kind for backup in list_backups(db_path)] == ["auto"]
    assert not db_path.with_name(db_path.name + ".lock").exists()


def test_exit_after_startup_with_the_database_open_elsewhere_exits_2(db: str) -> None:
    """A live lock held by another process: one line and exit 2, no dialog to hang on."""
    import json
    import socket

    Path(db + ".lock").write_text(
        json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                    "started": "2026-12-01T09:30:00"}),
        encoding="utf-8",
    )  # fmt: skip
    result = smoke(db)
    assert result.returncode == 2
    assert "open in another copy" in result.stderr and result.stderr.strip().count("\n") == 0


def test_restore_is_refused_while_a_window_has_the_database(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line does not replace the database under an open window."""
    import json
    import socket

    run(capsys, "--db", db, "backup", "--out", db + ".copy.sqlite3")
    Path(db + ".lock").write_text(
        json.dumps({"pid": os.getppid(), "host": socket.gethostname(),
                    "started": "2026-12-01T09:30:00"}),
        encoding="utf-8",
    )  # fmt: skip
    code, _, err = run(capsys, "--db", db, "restore", db + ".copy.sqlite3")
    assert code == 2 and "close the window first" in err


def test_restore_over_a_damaged_database_moves_it_aside(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line recovers a damaged database from a backup, keeping the damaged file."""
    run(capsys, "--db", db, "backup", "--out", db + ".copy.sqlite3")
    damage(Path(db))
    damaged = Path(db).read_bytes()
    code, _, err = run(capsys, "--db", db, "restore", db + ".copy.sqlite3")
    assert code == 0, err
    assert any(path.read_bytes() == damaged for path in Path(db).parent.glob("*.damaged-*"))
    assert run(capsys, "--db", db, "check")[0] == 0


def test_check_reports_undecodable_text_by_place_only(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A value that is not UTF-8 fails the check, named by table, row and field, not shown."""
    import sqlite3

    run(capsys, "--db", db, "holiday", "add", "--from", "2026-12-21", "--to", "2027-01-01",
        "--label", "Winter")  # fmt: skip
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE holiday_period SET label = CAST(x'ff41ff' AS TEXT)")
    code, _, err = run(capsys, "--db", db, "check")
    assert code == 2 and "holiday_period 1: label" in err and "Winter" not in err
