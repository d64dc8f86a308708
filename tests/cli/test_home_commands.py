"""status and surveys on the command line, over the demo inspection."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from inspection_desktop.app import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the app's entry point and capture its output."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def status(capsys: pytest.CaptureFixture[str], db: Path, day: str) -> dict[str, object]:
    """`status --format json` on a day."""
    code, out, err = run(capsys, "--db", str(db), "status", "--format", "json", "--today", day)
    assert code == 0, err
    record: dict[str, object] = json.loads(out)
    return record


def test_status_json_has_the_keys_scripts_rely_on(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """current_week, due_this_week, overdue, role_gaps and surveys with their fields."""
    record = status(capsys, demo_db_path, "2026-12-09")
    assert record["current_week"] == 7
    assert {"due_this_week", "overdue", "role_gaps", "surveys"} <= record.keys()
    surveys = record["surveys"]
    assert isinstance(surveys, list)
    assert set(surveys[0]) >= {"name", "opens", "closes", "responses", "target"}
    assert surveys[0]["name"] == "Staff survey"


def test_status_current_week_is_null_outside_the_weeks(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before week 1 and after the last week, current_week is null."""
    assert status(capsys, demo_db_path, "2026-10-01")["current_week"] is None
    assert status(capsys, demo_db_path, "2027-03-01")["current_week"] is None


def test_status_text_names_the_week(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The plain text starts with the area and the week."""
    code, out, _ = run(capsys, "--db", str(demo_db_path), "status", "--today", "2026-12-09")
    assert code == 0
    assert out.splitlines()[1] == "Week 7 of 11 · w/c 7 December 2026"
    assert "Surveys open now" in out


def test_surveys_record_changes_the_status(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A count recorded for the staff survey shows in the status that follows."""
    code, out, _ = run(
        capsys,
        "--db",
        str(demo_db_path),
        "surveys",
        "record",
        "Staff survey",
        "--count",
        "512",
        "--on",
        "2026-12-08",
    )
    assert code == 0
    assert out.strip() == "Staff survey: 512 responses on 8 December 2026."
    surveys = status(capsys, demo_db_path, "2026-12-09")["surveys"]
    assert isinstance(surveys, list)
    assert surveys[0]["responses"] == 512


def test_an_unknown_survey_is_one_line_and_exit_two(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No traceback: one line on stderr."""
    code, _, err = run(
        capsys, "--db", str(demo_db_path), "surveys", "record", "nobody", "--count", "3"
    )
    assert code == 2
    assert len(err.strip().splitlines()) == 1


def test_status_out_writes_the_pdf_and_the_docx(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--out FILE.pdf writes the one-page report; FILE.docx the Word copy."""
    pdf, word = tmp_path / "status.pdf", tmp_path / "status.docx"
    assert run(capsys, "--db", str(demo_db_path), "status", "--out", str(pdf))[0] == 0
    assert run(capsys, "--db", str(demo_db_path), "status", "--out", str(word))[0] == 0
    assert len(PdfReader(io.BytesIO(pdf.read_bytes())).pages) == 1
    assert docx.Document(str(word)).sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE"


def test_status_out_refuses_other_formats(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .txt report is refused with exit code 2 and nothing written."""
    target = tmp_path / "status.txt"
    code, _, err = run(capsys, "--db", str(demo_db_path), "status", "--out", str(target))
    assert code == 2 and ".pdf or .docx" in err
    assert not target.exists()
