"""The sample and readers commands: import (refusing identifiers), allocate, timetable, list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspection_desktop.app import main
from inspection_desktop.composition import open_services
from inspection_desktop.domain.file_reading.sample import SampleLine
from tests.file_reading_setup import make_setup


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the app's entry point and capture its output."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def allocated(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict[str, object]]:
    """What `sample allocate --format json` prints."""
    code, out, err = run(capsys, "--db", str(db), "sample", "allocate", "--format", "json")
    assert (code, err) == (0, "")
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_allocate_json_gives_each_record_its_readers_session_and_group(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every demo record has readers' names, a session with date and base, its sibling group."""
    rows = allocated(capsys, demo_db_path)
    assert len(rows) == 36
    first = rows[0]
    assert set(first) >= {"record", "readers", "session", "sibling_group"}
    assert len(first["readers"]) == 2  # type: ignore[arg-type]
    assert set(first["session"]) >= {"date", "base"}  # type: ignore[arg-type]
    assert {row["sibling_group"] for row in rows} == {None, "S1", "S2", "S3", "S4"}


def test_a_record_that_cannot_be_placed_has_no_readers_and_a_reason(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A record every local reader's team owns: readers empty, the reason given."""
    services = open_services(db_path)
    make_setup(
        services,
        [SampleLine("REF-1", "Team A"), SampleLine("REF-2", "Team B")],
        teams={"Lena Local": "Team A", "Łucja Local": "Team A"},
    )
    services.close()
    rows = {row["record"]: row for row in allocated(capsys, db_path)}
    assert rows["REF-1"]["readers"] == [] and rows["REF-1"]["session"] is None
    assert "works in its team" in str(rows["REF-1"]["reason"])
    assert rows["REF-2"]["reason"] is None


def test_importing_a_file_with_identifiers_exits_2_naming_the_columns_and_imports_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 2, one line naming the name column, and the sample left as it was."""
    services = open_services(db_path)
    made = make_setup(services)
    services.close()
    path = tmp_path / "with-names.csv"
    names = ("Amy Smith", "Jack Brown", "Olivia Wilson", "Noah Taylor", "Isla Campbell")
    path.write_text(
        "Case reference,Full name\n" + "".join(f"NEW-{n},{name}\n" for n, name in enumerate(names)),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", str(db_path), "sample", "import", str(path))
    assert (code, out) == (2, "")
    assert "Full name" in err and err.count("\n") == 1
    services = open_services(db_path)
    assert len(services.file_reading.sample(made.inspection_id)) == 6
    services.close()


def test_importing_a_sample_prints_what_it_added(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A clean list is imported and the counts printed."""
    services = open_services(db_path)
    make_setup(services, [])
    services.close()
    path = tmp_path / "sample.csv"
    path.write_text("Case reference,Team\nGM-1,East\nGM-2,West\n", encoding="utf-8")
    code, out, _err = run(capsys, "--db", str(db_path), "sample", "import", str(path))
    assert code == 0 and "2 added, 0 updated" in out


def test_timetable_writes_a_marked_pdf(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The timetable of the allocated demo is written, marked OFFICIAL-SENSITIVE."""
    allocated(capsys, demo_db_path)
    out = tmp_path / "timetable.pdf"
    code, _out, _err = run(
        capsys, "--db", str(demo_db_path), "sample", "timetable", "--out", str(out)
    )
    assert code == 0
    assert "OFFICIAL-SENSITIVE" in PdfReader(out).pages[0].extract_text()


def test_readers_list_json_gives_readiness(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each demo reader comes with their team, pair and what they still need, by when."""
    code, out, _err = run(capsys, "--db", str(demo_db_path), "readers", "list", "--format", "json")
    readers = {row["name"]: row for row in json.loads(out)}
    assert code == 0 and len(readers) == 12
    daniel = readers["Daniel Okonkwo"]
    assert daniel["team"] == "Family Support North" and daniel["ready"] is False
    assert {"what": "Confidentiality agreement not signed", "needed_by": "2027-01-25"} in daniel[
        "not_ready"
    ]
