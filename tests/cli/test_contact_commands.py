"""The command line over the register: import counts, export, list, role names, gaps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from inspection_desktop.composition import main_cli

SHEET = (
    "Name,Job title,Organisation,Email,Role\n"
    "Ailsa Grant,Planning Manager,Glenmorven Council,a.grant@example.org,Inspection co-ordinator\n"
    "Łukasz Nowak,Social Worker,Glenmorven Council,l.nowak@example.org,local file readers\n"
    "Broken Row,,Glenmorven Council,not-an-email,\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line and capture its output."""
    try:
        code = main_cli(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A database holding one inspection, as a --db argument."""
    run(capsys, "--db", str(db_path), "new", "--area", "Test CPP", "--notified", "2026-11-02")
    return str(db_path)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    """A small contact sheet with one bad row, saved as Excel's UTF-8 with BOM."""
    path = tmp_path / "contacts.csv"
    path.write_bytes(SHEET.encode("utf-8-sig"))
    return path


def test_import_prints_counts_and_lists_refused_rows(
    db: str, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two rows go in, the bad one is named with its reason, and the counts line says so."""
    code, out, err = run(capsys, "--db", db, "contacts", "import", str(sheet))
    assert code == 0
    assert out.strip() == "2 added, 0 updated, 1 refused"
    assert "Row 4 refused" in err and "not-an-email" in err


def test_reimport_updates_instead_of_adding(
    db: str, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Importing the same sheet twice updates the people already there."""
    run(capsys, "--db", db, "contacts", "import", str(sheet))
    _, out, _ = run(capsys, "--db", db, "contacts", "import", str(sheet))
    assert out.strip() == "0 added, 2 updated, 1 refused"


def test_import_of_an_unreadable_file_exits_2(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file is one line on stderr and exit code 2."""
    code, _, err = run(capsys, "--db", db, "contacts", "import", str(tmp_path / "nope.csv"))
    assert code == 2
    assert err.count("\n") == 1 and "nope.csv" in err


def test_list_json_has_the_agreed_keys_and_role_names(
    db: str, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON objects carry id, name, organisation, email and roles."""
    run(capsys, "--db", db, "contacts", "import", str(sheet))
    _, out, _ = run(capsys, "--db", db, "contacts", "list", "--format", "json")
    rows = json.loads(out)
    assert {"id", "name", "organisation", "email", "roles"} <= set(rows[0])
    ailsa = next(row for row in rows if row["name"] == "Ailsa Grant")
    assert ailsa["roles"] == ["Inspection co-ordinator"]


def test_list_filters_by_a_role_named_as_the_guide_spells_it(
    db: str, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--role accepts "LOCAL FILE READER" as well as the key."""
    run(capsys, "--db", db, "contacts", "import", str(sheet))
    for spelling in ("LOCAL FILE READER", "local_file_reader"):
        _, out, _ = run(
            capsys, "--db", db, "contacts", "list", "--role", spelling, "--format", "json"
        )
        assert [row["name"] for row in json.loads(out)] == ["Łukasz Nowak"]


def test_unknown_role_is_a_usage_error(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A role that does not exist exits 2 saying so."""
    code, _, err = run(capsys, "--db", db, "contacts", "list", "--role", "head chef")
    assert code == 2 and "no role 'head chef'" in err


def test_gaps_json_lists_unfilled_roles_with_their_week(
    db: str, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Imported roles are not gaps; the participation co-ordinator is, needed by week 2."""
    run(capsys, "--db", db, "contacts", "import", str(sheet))
    _, out, _ = run(capsys, "--db", db, "roles", "gaps", "--format", "json")
    gaps = {row["role"]: row for row in json.loads(out)}
    assert "Inspection co-ordinator" not in gaps
    assert gaps["Participation co-ordinator"]["needed_by_week"] == 2
    assert gaps["Participation co-ordinator"]["overdue"] is True  # 28 November is week 4


def test_assign_fills_a_gap(db: str, sheet: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`roles assign "participation co-ordinator" ID` takes the role off the gaps list."""
    run(capsys, "--db", db, "contacts", "import", str(sheet))
    code, out, _ = run(capsys, "--db", db, "roles", "assign", "participation co-ordinator", "2")
    assert code == 0 and "Participation co-ordinator" in out
    _, out, _ = run(capsys, "--db", db, "roles", "gaps", "--format", "json")
    assert "Participation co-ordinator" not in {row["role"] for row in json.loads(out)}


def test_second_coordinator_is_refused_in_plain_words(
    db: str, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Assigning a held one-person role exits 2 naming the holder."""
    run(capsys, "--db", db, "contacts", "import", str(sheet))
    code, _, err = run(capsys, "--db", db, "roles", "assign", "inspection co-ordinator", "2")
    assert code == 2 and "Ailsa Grant already is" in err


@pytest.mark.parametrize(("fmt", "marker"), [("vcard", "VERSION:4.0"), ("csv", "Łukasz Nowak")])
def test_export_writes_the_chosen_format(
    db: str, sheet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, marker: str
) -> None:
    """vCard 4.0 and CSV both carry every contact, names intact."""
    run(capsys, "--db", db, "contacts", "import", str(sheet))
    target = tmp_path / f"out.{fmt}"
    code, out, _ = run(
        capsys, "--db", db, "contacts", "export", "--format", fmt, "--out", str(target)
    )
    assert code == 0 and "Exported 2 contacts" in out
    text = target.read_bytes().decode("utf-8-sig")
    assert marker in text and "Ailsa Grant" in text
