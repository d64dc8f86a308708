"""Tests for writing documents to disk atomically."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from inspection_desktop.documents.common.atomic_write import write_bytes_atomically
from inspection_desktop.errors import UserFacingError


def test_writes_the_bytes_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    """The file holds exactly the data and the folder holds nothing else."""
    target = tmp_path / "pack.pdf"
    write_bytes_atomically(target, b"%PDF-1.4 pack")
    assert target.read_bytes() == b"%PDF-1.4 pack"
    assert list(tmp_path.iterdir()) == [target]


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    """Saving over an earlier export replaces it whole."""
    target = tmp_path / "calendar.ics"
    target.write_bytes(b"old")
    write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"new"


def test_failed_replace_keeps_the_original_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the final rename fails (file open elsewhere), the old file stays and no temp is left."""
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"original")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserFacingError, match=r"pack\.pdf.*Close the file"):
        write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"original"
    assert list(tmp_path.iterdir()) == [target]


def test_missing_folder_is_a_user_facing_error(tmp_path: Path) -> None:
    """Saving into a folder that does not exist says so plainly."""
    with pytest.raises(UserFacingError, match="does not exist"):
        write_bytes_atomically(tmp_path / "nowhere" / "pack.pdf", b"data")


def test_a_folder_given_as_the_file_is_refused_plainly(tmp_path: Path) -> None:
    """Saving "to" a folder says it is a folder and asks for a file name."""
    with pytest.raises(UserFacingError, match=r"it is a folder\. Give a file name in it"):
        write_bytes_atomically(tmp_path, b"data")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="permission bits are a POSIX matter")
def test_a_new_file_gets_the_usual_permissions_not_private_ones(tmp_path: Path) -> None:
    """A saved pack is readable as any new file would be (the umask's bits), not 0600."""
    umask = os.umask(0o022)
    try:
        target = tmp_path / "pack.pdf"
        write_bytes_atomically(target, b"%PDF-1.4 pack")
    finally:
        os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o644


@pytest.mark.skipif(os.name != "posix", reason="permission bits are a POSIX matter")
def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    """Saving over a file the co-ordinator made group-writable keeps it so."""
    target = tmp_path / "meetings.ics"
    target.write_bytes(b"old")
    target.chmod(0o664)
    write_bytes_atomically(target, b"new")
    assert target.stat().st_mode & 0o777 == 0o664
