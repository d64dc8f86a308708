"""The command line: outputs, formats and exit codes of new, holiday, plan, task and demo."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from inspection_desktop.app import main
from inspection_desktop.domain.plan.template import default_template

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the app's entry point and capture its output."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse exits on bad arguments
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_new_prints_the_id_and_plan_lists_every_activity(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`plan --format json` gives each template activity in its week with the agreed keys."""
    code, out, _ = run(
        capsys, "--db", str(db_path), "new", "--area", "Test CPP", "--notified", "2026-03-04"
    )
    assert (code, out.strip()) == (0, "1")
    code, out, _ = run(capsys, "--db", str(db_path), "plan", "--format", "json")
    rows = json.loads(out)
    assert code == 0
    assert {"id", "week", "title", "kind", "owner_role", "due", "status"} <= set(rows[0])
    template_weeks = sorted((item.title, item.week) for item in default_template().items)
    assert sorted((row["title"], row["week"]) for row in rows) == template_weeks
    pir = next(row for row in rows if "pre-inspection return" in row["title"].lower())
    assert (pir["week"], pir["due"]) == (7, "2026-04-17")


def test_holiday_add_moves_the_dates_printed_by_plan(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two Easter weeks push week 7's deadline two weeks later."""
    run(capsys, "--db", str(db_path), "new", "--area", "Test CPP", "--notified", "2026-03-04")
    code, out, _ = run(
        capsys, "--db", str(db_path), "holiday", "add",
        "--from", "2026-03-30", "--to", "2026-04-10", "--label", "Easter",
    )  # fmt: skip
    assert code == 0 and "Added holiday" in out
    _, out, _ = run(capsys, "--db", str(db_path), "plan", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    pir = next(row for row in rows if row["week"] == "7")
    assert pir["due"] == "2026-05-01"


def test_task_set_changes_the_status(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A status set on the command line shows in the plan."""
    run(capsys, "--db", str(db_path), "new", "--area", "Test CPP", "--notified", "2026-03-04")
    code, out, _ = run(capsys, "--db", str(db_path), "task", "set", "3", "--status", "in progress")
    assert code == 0 and "In progress" in out
    _, out, _ = run(capsys, "--db", str(db_path), "plan", "--format", "json")
    assert next(row for row in json.loads(out) if row["id"] == 3)["status"] == "in_progress"


def test_plan_table_has_a_header_and_a_line_per_item(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The default table format prints one line per item under a header."""
    run(capsys, "--db", str(db_path), "demo")
    code, out, _ = run(capsys, "--db", str(db_path), "plan")
    lines = out.strip().splitlines()
    assert code == 0
    assert lines[0].split()[:3] == ["id", "week", "title"]
    # The demo adds one checklist item of its own: an action from its week-2 meeting.
    assert len(lines) == len(default_template().items) + 1 + 1


@pytest.mark.parametrize(
    "argv, message",
    [
        (["new", "--area", "X", "--notified", "2026-02-30"], "not a real date"),
        (["task", "set", "999", "--status", "done"], "no checklist item with id 999"),
        (["task", "set", "1", "--status", "finished"], "unknown status"),
        (["plan", "--inspection", "42"], "no inspection with id 42"),
        (["plan"], "no inspection yet"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(
    db_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """Bad dates, ids and statuses give exit code 2 and one clear line, no traceback."""
    code, _, err = run(capsys, "--db", str(db_path), *argv)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_unreadable_database_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that is not a database is refused in one line and left untouched."""
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_bytes(b"\x00\x01garbage" * 100)
    code, _, err = run(capsys, "--db", str(bogus), "plan")
    assert code == 2
    assert "not an Inspection Desktop database" in err
    assert bogus.read_bytes() == b"\x00\x01garbage" * 100


def test_database_path_can_come_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """INSPECTION_DESKTOP_DB points the app at another file when --db is not given."""
    target = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("INSPECTION_DESKTOP_DB", str(target))
    code, _, _ = run(capsys, "demo")
    assert code == 0 and target.exists()


def test_exit_after_startup_opens_the_window_and_exits_0(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The smoke-test switch starts the window on a new database (demo added) and exits 0."""
    # A separate process, as a user starts it: the window's event loop must not share this one.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "inspection_desktop", "--db", str(db_path), "--exit-after-startup"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    _, out, _ = run(capsys, "--db", str(db_path), "inspections", "--format", "json")
    assert [row["area"] for row in json.loads(out)] == ["Glenmorven Community Planning Partnership"]


def test_exit_after_startup_on_a_damaged_database_exits_2(tmp_path: Path) -> None:
    """The window refuses a file that is not a database with one line and exit code 2."""
    bogus = tmp_path / "damaged.sqlite3"
    bogus.write_bytes(b"not a database at all")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "inspection_desktop", "--db", str(bogus), "--exit-after-startup"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "not an Inspection Desktop database" in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux-only display check")
def test_window_without_a_display_says_so_instead_of_aborting(db_path: Path) -> None:
    """No X or Wayland and no platform chosen: one line and exit 2, not Qt's abort."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "inspection_desktop", "--db", str(db_path)],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "no display" in result.stderr
