"""The files no export may write over: the open database and the files SQLite keeps beside it.

The store registers them when it opens a database; every writer of files asks
``documents.common.atomic_write.refuse_store_files`` before it writes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

_protected: dict[Path, str] = {}


def protect(paths: Iterable[Path], database: Path) -> None:
    """Register files that belong to the open ``database``."""
    for path in paths:
        _protected[_resolved(path)] = str(database)


def release(paths: Iterable[Path]) -> None:
    """Forget files of a database that was closed."""
    for path in paths:
        _protected.pop(_resolved(path), None)


def store_file_behind(target: Path) -> Path | None:
    """The open database ``target`` would overwrite, if it names one of its files.

    Compared by resolved path (links, "..", case on Windows) and by file identity (a hard link
    or another mount of the same file).
    """
    resolved = _resolved(target)
    if resolved in _protected:
        return Path(_protected[resolved])
    try:
        identity = os.stat(target)
    except OSError:
        return None
    for path, database in _protected.items():
        try:
            if os.path.samestat(identity, os.stat(path)):
                return Path(database)
        except OSError:
            continue
    return None


def _resolved(path: Path) -> Path:
    return Path(os.path.normcase(os.path.abspath(Path(path).expanduser().resolve())))
