"""Tests for ``inspection-desktop pir-check``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from inspection_desktop.composition import main_cli
from tests import pir_synthetic as synth


@pytest.fixture(autouse=True)
def _database_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSPECTION_DESKTOP_DB", str(tmp_path / "unused.sqlite3"))


def _disguised(tmp_path: Path) -> Path:
    headings, rows = synth.disguised_population(120)
    return synth.write_csv(tmp_path / "population.csv", headings, rows)


def test_flagged_file_exits_3_and_lists_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Names, dates of birth and CHI numbers under neutral headings give exit 3 with reasons."""
    code = main_cli(["pir-check", str(_disguised(tmp_path))])
    out = capsys.readouterr().out
    assert code == 3
    assert "Ref2: CHI number" in out and "Col A: Personal name" in out
    assert "Field 7: Date of birth" in out


def test_clean_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A list of only what the sample needs exits 0."""
    headings, rows = synth.population(120)
    path = synth.write_csv(tmp_path / "clean.csv", headings, rows)
    assert main_cli(["pir-check", str(path)]) == 0
    assert "No personal identifiers found" in capsys.readouterr().out


def test_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty file exits 2 with one line on stderr."""
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    assert main_cli(["pir-check", str(path)]) == 2
    assert capsys.readouterr().err.strip().endswith("empty.csv is empty")


def test_json_lists_flagged_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """JSON output has a ``flagged`` list of column and reason."""
    main_cli(["pir-check", str(_disguised(tmp_path)), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [f["column"] for f in report["flagged"]] == ["Col A", "Ref2", "Field 7"]
    assert all(f["reason"] for f in report["flagged"])


def test_out_writes_file_without_flagged_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --out the written file leaves the flagged columns out, and checks clean."""
    out = tmp_path / "to send.csv"
    assert main_cli(["pir-check", str(_disguised(tmp_path)), "--out", str(out)]) == 3
    capsys.readouterr()
    assert main_cli(["pir-check", str(out)]) == 0
    assert (tmp_path / "to send - removal record.txt").exists()


def test_delimiter_and_encoding_overrides(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--delimiter and --encoding are used in place of sniffing."""
    headings, rows = synth.population(20)
    path = synth.write_csv(tmp_path / "l.csv", headings, rows, encoding="cp1252", delimiter=";")
    args = ["pir-check", str(path), "--delimiter", "semicolon", "--encoding", "cp1252"]
    assert main_cli([*args, "--format", "json"]) == 0
    assert "Windows-1252, semicolon-separated" in capsys.readouterr().out


def test_sheet_option_picks_a_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--sheet checks the named sheet of a workbook."""
    headings, rows = synth.disguised_population(40)
    path = synth.write_xlsx(tmp_path / "pir.xlsx", headings, list(rows), sheets=("List", "Notes"))
    assert main_cli(["pir-check", str(path), "--sheet", "Notes"]) == 0
    assert main_cli(["pir-check", str(path)]) == 3
    assert "sheet 'List'" in capsys.readouterr().out


def test_excel_population_list_caught_and_minimised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A workbook with date cells and CHIs stored as numbers is caught; its copy is clean."""
    headings, rows = synth.disguised_population(150)
    chi, born = headings.index("Ref2"), headings.index("Field 7")
    typed: list[list[object]] = []
    for row in rows:
        cells: list[object] = list(row)
        cells[chi] = int(row[chi])
        cells[born] = dt.datetime.strptime(row[born], "%d/%m/%Y")
        typed.append(cells)
    assert any(str(cells[chi]) != row[chi] for cells, row in zip(typed, rows, strict=True))
    path = synth.write_xlsx(tmp_path / "PIR.xlsx", headings, typed)
    out = tmp_path / "PIR to send.xlsx"
    assert main_cli(["pir-check", str(path), "--format", "json", "--out", str(out)]) == 3
    report = json.loads(capsys.readouterr().out)
    assert {f["column"] for f in report["flagged"]} == {"Col A", "Ref2", "Field 7"}
    assert main_cli(["pir-check", str(out), "--format", "json"]) == 0
    kept = [c["column"] for c in json.loads(capsys.readouterr().out)["columns"]]
    assert kept == list(synth.ALLOWED_COLUMNS)
