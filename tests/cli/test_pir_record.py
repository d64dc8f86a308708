"""pir-check --record keeps the result with the inspection; task set honours the PIR rule."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from inspection_desktop.app import main
from tests import pir_synthetic as synth


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the entry point and capture its output."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write_list(path: Path) -> Path:
    """A population list with identifiers under neutral headings."""
    headings, rows = synth.disguised_population(40)
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([headings, *rows])
    return path


def pir_item_id(db: Path, capsys: pytest.CaptureFixture[str]) -> int:
    """The id of the week-7 PIR item."""
    _, out, _ = run(capsys, "--db", str(db), "plan", "--format", "json")
    return next(r["id"] for r in json.loads(out) if r["week"] == 7 and r["kind"] == "deadline")


def test_recorded_flagged_list_blocks_done_until_reason_given(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 2 with a pointer to --reason; with a reason the item is done."""
    run(capsys, "--db", str(db_path), "demo")
    population = write_list(tmp_path / "population.csv")
    code, _, _ = run(capsys, "--db", str(db_path), "pir-check", str(population), "--record")
    assert code == 3
    item = str(pir_item_id(db_path, capsys))
    code, _, err = run(capsys, "--db", str(db_path), "task", "set", item, "--status", "done")
    assert code == 2 and "--reason" in err and "Col A" in err
    code, out, _ = run(
        capsys, "--db", str(db_path), "task", "set", item, "--status", "done",
        "--reason", "Agreed with the lead inspector",
    )  # fmt: skip
    assert code == 0 and "Done" in out


def test_minimised_export_recorded_clears_the_rule(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Writing the minimised list with --out and --record lets the item be ticked."""
    run(capsys, "--db", str(db_path), "demo")
    population = write_list(tmp_path / "population.csv")
    out_file = tmp_path / "population-minimised.csv"
    code, _, _ = run(
        capsys,
        "--db",
        str(db_path),
        "pir-check",
        str(population),
        "--out",
        str(out_file),
        "--record",
    )
    assert code == 3 and out_file.exists()
    item = str(pir_item_id(db_path, capsys))
    code, _, _ = run(capsys, "--db", str(db_path), "task", "set", item, "--status", "done")
    assert code == 0
