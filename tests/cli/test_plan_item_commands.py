"""The command line for the co-ordinator's own plan: task add/edit/delete, plan import/export,
inspection edit."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from inspection_desktop.composition import main_cli


@pytest.fixture
def fresh_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """As ``db``, with the set-up's output read away."""
    path = tmp_path / "plan.sqlite3"
    code = main_cli(["--db", str(path), "new", "--area", "Test CPP", "--notified", "2026-11-30"])
    assert code == 0
    capsys.readouterr()
    return path


def _run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    try:
        code = main_cli(["--db", str(db), *argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_new_offers_the_christmas_weeks_without_adding_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A November start says how to leave Christmas out; no holiday is recorded by itself."""
    path = tmp_path / "plan.sqlite3"
    code, out, err = _run(capsys, path, "new", "--area", "Test CPP", "--notified", "2026-11-30")
    assert (code, out.strip()) == (0, "1")
    assert "--from 2026-12-21 --to 2027-01-01" in err
    assert _run(capsys, path, "holiday", "list", "--format", "csv")[1].strip() == "id,from,to,label"


def test_task_add_edit_delete_and_restore(
    fresh_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An item of one's own goes through its life on the command line."""
    code, out, _ = _run(capsys, fresh_db, "task", "add", "--title", "Book the base", "--week", "3")
    assert code == 0
    item_id = out.split(":")[0]
    assert "week 3, due 2026-12-18" in out
    code, out, _ = _run(
        capsys,
        fresh_db,
        "task",
        "edit",
        item_id,
        "--date",
        "2026-12-16",
        "--owner",
        "participation co-ordinator",
    )
    assert (code, "due 2026-12-16" in out) == (0, True)
    assert _run(capsys, fresh_db, "task", "delete", item_id)[0] == 0
    assert "Book the base" in _run(capsys, fresh_db, "task", "restore", "--list")[1]
    assert _run(capsys, fresh_db, "task", "restore", item_id)[0] == 0
    assert "Book the base" in _run(capsys, fresh_db, "plan")[1]


def test_task_add_needs_a_week_or_a_date(
    fresh_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without either, one line and exit 2."""
    code, _, err = _run(capsys, fresh_db, "task", "add", "--title", "Undated")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_plan_import_twice_imports_once(
    fresh_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The second run refuses every row as already imported."""
    tracker = tmp_path / "tracker.csv"
    tracker.write_text("Task,Due\nBook the base,16/12/2026\nNo date,\n", encoding="utf-8")
    code, out, err = _run(capsys, fresh_db, "plan", "import", str(tracker))
    assert (code, out.strip()) == (0, "1 imported, 1 refused")
    assert "row 3: refused: No due date." in err
    code, out, err = _run(capsys, fresh_db, "plan", "import", str(tracker))
    assert out.strip() == "0 imported, 2 refused"
    assert "row 2: refused: Already imported." in err


def test_plan_export_writes_each_format(
    fresh_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """xlsx, csv and pdf (and the timeline) are written and read back."""
    for fmt in ("xlsx", "csv", "pdf"):
        out = tmp_path / f"plan.{fmt}"
        assert _run(capsys, fresh_db, "plan", "export", "--format", fmt, "--out", str(out))[0] == 0
    assert load_workbook(tmp_path / "plan.xlsx").sheetnames[0] == "Plan"
    assert (tmp_path / "plan.csv").read_bytes().startswith(b"\xef\xbb\xbfWeek,Title")
    timeline = tmp_path / "timeline.pdf"
    args = ("plan", "export", "--format", "pdf", "--timeline", "--out", str(timeline))
    assert _run(capsys, fresh_db, *args)[0] == 0
    page = PdfReader(io.BytesIO(timeline.read_bytes())).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)


def test_plan_export_refuses_an_extension_that_does_not_match(
    fresh_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--format xlsx --out plan.pdf is one line and exit 2, and writes nothing."""
    out = tmp_path / "plan.pdf"
    code, _, err = _run(capsys, fresh_db, "plan", "export", "--format", "xlsx", "--out", str(out))
    assert code == 2 and "format is xlsx" in err and not out.exists()


def test_inspection_edit_lists_the_dates_that_move(
    fresh_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A dry run lists each moving date and changes nothing; the real run moves them."""
    code, out, _ = _run(
        capsys, fresh_db, "inspection", "edit", "--notified", "2026-12-07", "--dry-run"
    )
    assert code == 0 and "nothing changed" in out
    assert "4 December 2026 -> 11 December 2026" in out
    assert "2026-12-04" in _run(capsys, fresh_db, "plan")[1]
    code, out, _ = _run(capsys, fresh_db, "inspection", "edit", "--notified", "2026-12-07")
    assert code == 0
    assert "2026-12-04" not in _run(capsys, fresh_db, "plan")[1]


def test_inspection_delete_needs_yes(fresh_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without --yes nothing is deleted and the message says what would go."""
    code, _, err = _run(capsys, fresh_db, "inspection", "delete", "--inspection", "1")
    assert code == 2 and "cannot be undone" in err
    assert _run(capsys, fresh_db, "inspection", "delete", "--inspection", "1", "--yes")[0] == 0
    assert (
        _run(capsys, fresh_db, "inspections", "--format", "csv")[1].strip() == "id,area,notified_on"
    )
