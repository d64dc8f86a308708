"""One writer: a lock file beside the database naming the window that holds it.

The file holds the process id, host name and start time. A lock left by a process that is
gone (a crash, a flat battery) is stale and taken over; a live one means another window has
the database, and this one may open it read-only or stop. The command line takes no lock: it
may still write, and the store's transactions keep the rules.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

LOCK_SUFFIX = ".lock"


@dataclass(frozen=True)
class LockHolder:
    """Who holds the database."""

    pid: int
    host: str
    started: dt.datetime


def lock_path(database: Path) -> Path:
    """The lock file of a database."""
    return database.with_name(database.name + LOCK_SUFFIX)


class WriterLock:
    """The lock on one database, held by this process once ``acquire`` succeeds."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path(database)
        self.held = False

    def acquire(self) -> LockHolder | None:
        """Take the lock; the live holder if another process has it (then nothing changes)."""
        me = LockHolder(os.getpid(), socket.gethostname(), dt.datetime.now().replace(microsecond=0))
        for _attempt in range(3):
            try:
                descriptor = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                holder = read_holder(self.path)
                if holder is not None and holder.pid == me.pid and holder.host == me.host:
                    self.held = True
                    return None
                if holder is not None and not is_stale(holder):
                    return holder
                # Stale or unreadable (cut short by a crash): take it over.
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
                continue
            with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                json.dump(
                    {"pid": me.pid, "host": me.host, "started": me.started.isoformat()}, stream
                )
            self.held = True
            return None
        holder = read_holder(self.path)
        return holder or me

    def release(self) -> None:
        """Give the lock up (only if this process holds it)."""
        if not self.held:
            return
        holder = read_holder(self.path)
        if holder is not None and holder.pid == os.getpid():
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.held = False


def read_holder(path: Path) -> LockHolder | None:
    """The holder named in a lock file (None if it is missing or unreadable)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(
            int(data["pid"]), str(data["host"]), dt.datetime.fromisoformat(data["started"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(holder: LockHolder) -> bool:
    """Whether the holder is gone: a process on this machine that no longer runs.

    A lock from another machine (a shared drive) cannot be checked from here, so it stands.
    """
    if holder.host != socket.gethostname():
        return False
    return not _process_exists(holder.pid)


def _process_exists(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_exists(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _windows_process_exists(pid: int) -> bool:
    # os.kill on Windows would end the process; ask the kernel instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    query_limited_information = 0x1000
    still_active = 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return bool(code.value == still_active)
    finally:
        kernel32.CloseHandle(handle)
