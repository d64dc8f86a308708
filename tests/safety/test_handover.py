"""Hand-over: an inspection moves between databases with nothing lost or doubled."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from inspection_desktop.composition import main_cli, open_services
from inspection_desktop.documents.safety.handover_file import (
    HandoverFileError,
    handover_bytes,
    import_handover,
    read_handover,
)
from inspection_desktop.storage.safety.handover import file_columns, inspection_tables


def canonical(services: Any, inspection_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows of one inspection, with ids replaced by their order (comparable)."""
    data = services.handover.collect(inspection_id)
    tables = inspection_tables()
    rank: dict[tuple[str, Any], int] = {}
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) == 1:
            key = keys[0].name
            ordered = sorted(data.rows[table.name], key=lambda r: r[key])
            for position, row in enumerate(ordered):
                rank[(table.name, row[key])] = position
    result = {}
    for table in tables:
        foreign = {key.parent.name: key.column.table.name for key in table.foreign_keys}
        files = set(file_columns(table))
        rows = []
        for row in data.rows[table.name]:
            values = []
            for name in sorted(row):
                value = row[name]
                if name in files:
                    value = Path(value).read_bytes() if value else None
                elif name in foreign and value is not None:
                    value = rank[(foreign[name], value)]
                elif name == "id" and len(list(table.primary_key.columns)) == 1:
                    value = rank[(table.name, value)]
                values.append((name, value))
            rows.append(tuple(values))
        result[table.name] = sorted(rows, key=repr)
    return result


def table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {
            table.name: connection.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
            for table in inspection_tables()
        }


@pytest.fixture
def exported(demo_db_path: Path, tmp_path: Path) -> tuple[Any, int, Path]:
    """The demo database's services, its inspection id, and its hand-over file."""
    source = open_services(demo_db_path)
    inspection_id = source.inspections.current_inspection_id()
    path = tmp_path / "handover.zip"
    path.write_bytes(handover_bytes(source.handover, inspection_id))
    return source, inspection_id, path


def test_round_trip_keeps_every_table_and_a_second_import_adds_nothing(
    exported: tuple[Any, int, Path], tmp_path: Path
) -> None:
    """Every table of the inspection arrives the same; importing the file again adds nothing."""
    source, inspection_id, path = exported
    target_path = tmp_path / "other" / "laptop.sqlite3"
    target = open_services(target_path)
    counts = import_handover(target.handover, read_handover(path), tmp_path / "attachments")
    assert counts.added["inspection"] == 1 and counts.added["plan_item"] > 0
    [imported] = [row.id for row in target.inspections.list_inspections()]
    assert canonical(target, imported) == canonical(source, inspection_id)
    before = table_counts(target_path)
    again = import_handover(target.handover, read_handover(path), tmp_path / "attachments")
    assert again.total == 0
    assert table_counts(target_path) == before
    source.close()
    target.close()


def test_every_table_of_the_inspection_is_in_the_file(exported: tuple[Any, int, Path]) -> None:
    """The demo fills each hand-over table, so the round trip compares each of them."""
    source, _inspection_id, path = exported
    rows = read_handover(path).data.rows
    assert {table.name for table in inspection_tables()} <= set(rows)
    assert all(rows[name] for name in ("plan_item", "contact", "meeting", "agenda_item"))
    source.close()


def test_passphrase_protects_the_file_and_a_wrong_one_changes_nothing(
    demo_db_path: Path, tmp_path: Path
) -> None:
    """An encrypted file needs its passphrase; a wrong one is one clear error."""
    source = open_services(demo_db_path)
    path = tmp_path / "secret.handover"
    path.write_bytes(
        handover_bytes(source.handover, source.inspections.current_inspection_id(), "correct horse")
    )
    assert b"Glenmorven" not in path.read_bytes()
    with pytest.raises(HandoverFileError, match="passphrase is wrong"):
        read_handover(path, "wrong")
    assert read_handover(path, "correct horse").data.rows["inspection"]
    source.close()


def test_damaged_file_is_refused_in_one_line(exported: tuple[Any, int, Path]) -> None:
    """A file cut short is refused with a clear message."""
    source, _inspection_id, path = exported
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    with pytest.raises(HandoverFileError, match="damaged"):
        read_handover(path)
    source.close()


def test_cli_export_then_dry_run_import_adds_nothing(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """import --dry-run says what would be added and adds it not."""
    out = tmp_path / "move.zip"
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse\n", encoding="utf-8")
    assert main_cli(["--db", str(demo_db_path), "export", "--out", str(out),
                     "--passphrase-file", str(secret)]) == 0  # fmt: skip
    other = tmp_path / "other.sqlite3"
    code = main_cli(["--db", str(other), "import", str(out), "--passphrase-file", str(secret),
                     "--dry-run"])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0 and "Would add" in captured.out
    assert table_counts(other)["inspection"] == 0
