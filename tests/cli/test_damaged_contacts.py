"""On the command line, one damaged contact is listed and exported with the rest, and named."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from inspection_desktop.composition import main_cli
from inspection_desktop.demo.contacts import DEMO_CONTACTS
from tests.storage.test_damaged_text import damage_notes


def test_list_shows_every_contact_and_names_the_damaged_one(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`contacts list` exits 0 with every contact and one warning line, no stored text in it."""
    damage_notes(demo_db_path, 1)
    code = main_cli(["--db", str(demo_db_path), "contacts", "list", "--format", "csv"])
    captured = capsys.readouterr()
    assert code == 0
    assert len(list(csv.DictReader(io.StringIO(captured.out)))) == len(DEMO_CONTACTS)
    assert captured.err.count("\n") == 1 and "contact 1: notes" in captured.err
    assert "Child" not in captured.err


def test_export_writes_every_contact(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`contacts export` writes every contact, the damaged text as U+FFFD."""
    damage_notes(demo_db_path, 1)
    out = tmp_path / "contacts.csv"
    code = main_cli(["--db", str(demo_db_path), "contacts", "export", "--out", str(out)])
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"), newline="")))
    assert len(rows) == len(DEMO_CONTACTS)
    assert "Child\ufffdA" in {row["Notes"] for row in rows}


def test_list_as_csv_neutralises_formulas(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`contacts list --format csv`, often saved for Excel, quotes a name that could run."""
    import sqlite3

    with sqlite3.connect(demo_db_path) as connection:
        connection.execute("UPDATE contact SET name = '=HYPERLINK(\"x\")' WHERE id = 1")
    assert main_cli(["--db", str(demo_db_path), "contacts", "list", "--format", "csv"]) == 0
    names = [row["name"] for row in csv.DictReader(io.StringIO(capsys.readouterr().out))]
    assert '\'=HYPERLINK("x")' in names
    assert not any(name.startswith("=") for name in names)
