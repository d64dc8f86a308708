"""The folder a database goes in: a clear refusal when a file stands in the way."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspection_desktop.storage.database import open_database
from inspection_desktop.storage.errors import DatabaseFolderError


def test_a_file_where_the_folder_should_be_is_named_in_the_refusal(tmp_path: Path) -> None:
    """A database path under a CSV file says the CSV is a file, not a folder."""
    csv_file = tmp_path / "population.csv"
    csv_file.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(DatabaseFolderError, match=r"population\.csv: it is a file, not a folder"):
        open_database(csv_file / "plan.sqlite3")
