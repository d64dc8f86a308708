"""Run many crash and race trials in one process (imports paid once; each trial forks).

Usage: python writer_trials.py kill ROUNDS FOLDER | race KIND TRIALS FOLDER
Prints one JSON object with what was found.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import shutil
import signal
import sqlite3
import sys
import time
from pathlib import Path

from inspection_desktop.composition import main_cli, open_services


def quiet_cli(*argv: str) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main_cli(list(argv))


def _writer(db: Path, item_id: int, inspection_id: int, report: int) -> None:
    """Write forever, reporting each change once it is committed."""
    services = open_services(db)
    n = 0
    while True:
        n += 1
        services.inspections.set_notes(item_id, f"note {n}")
        os.write(report, f"{n}\n".encode())


def kill_trials(rounds: int, folder: Path) -> dict[str, object]:
    db = folder / "killed.sqlite3"
    quiet_cli("--db", str(db), "new", "--area", "Test CPP", "--notified", "2026-10-05")
    services = open_services(db)
    inspection_id = services.inspections.current_inspection_id()
    assert inspection_id is not None
    item_id = services.inspections.plan_rows(inspection_id)[0].id
    services.close()
    rng = random.Random(12)
    lost = damaged = killed_mid = 0
    for _round in range(rounds):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            try:
                _writer(db, item_id, inspection_id, write_end)
            finally:
                os._exit(0)
        os.close(write_end)
        reported = 0
        wanted = rng.randint(1, 3)
        buffer = b""
        while reported < wanted:
            chunk = os.read(read_end, 64)
            if not chunk:
                break
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for line in lines:
                reported = max(reported, int(line))
        # A random moment inside the next writes, not only between them.
        time.sleep(rng.random() * 0.004)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)
        killed_mid += 1
        with contextlib.closing(sqlite3.connect(db)) as connection:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                damaged += 1
            (notes,) = connection.execute(
                "SELECT notes FROM plan_item WHERE id = ?", (item_id,)
            ).fetchone()
        if int(notes.split()[1]) < reported:
            lost += 1
        # The next writer starts from scratch; the notes go on from the stored value.
    return {"rounds": killed_mid, "damaged": damaged, "lost": lost}


CONTACTS_CSV = "Name,Organisation,Email\n" + "".join(
    f"Person {n},Council,person{n}@example.org\n" for n in range(30)
)


def _prepare(folder: Path, trial: int, kind: str) -> Path:
    db = folder / f"{kind}-{trial}.sqlite3"
    template = folder / f"{kind}-template.sqlite3"
    if not template.exists():
        quiet_cli("--db", str(template), "new", "--area", "Test CPP", "--notified", "2026-10-05")
        if kind == "role":
            csv = folder / "two.csv"
            csv.write_text("Name,Organisation,Email\nAlex Doe,Council,a@example.org\n"
                           "Sam Roe,Council,s@example.org\n", encoding="utf-8")  # fmt: skip
            quiet_cli("--db", str(template), "contacts", "import", str(csv))
        services = open_services(template)
        services.close()
    shutil.copyfile(template, db)
    return db


def _race_step(kind: str, db: Path, folder: Path, which: int) -> None:
    if kind == "meetings":
        quiet_cli("--db", str(db), "meetings", "list")
    elif kind == "holiday":
        quiet_cli("--db", str(db), "holiday", "add", "--from", "2026-12-21", "--to", "2027-01-01")
    elif kind == "contacts":
        csv = folder / "contacts.csv"
        quiet_cli("--db", str(db), "contacts", "import", str(csv))
    elif kind == "role":
        quiet_cli("--db", str(db), "roles", "assign", "cpp_chair", str(which + 1))


def _count(kind: str, db: Path) -> int:
    sql = {
        "meetings": "SELECT count(*) FROM meeting",
        "holiday": "SELECT count(*) FROM holiday_period",
        "contacts": "SELECT count(*) FROM contact",
        "role": "SELECT count(*) FROM role_assignment WHERE role_key = 'cpp_chair'",
    }[kind]
    with contextlib.closing(sqlite3.connect(db)) as connection:
        return int(connection.execute(sql).fetchone()[0])


def race_trials(kind: str, trials: int, folder: Path) -> dict[str, object]:
    (folder / "contacts.csv").write_text(CONTACTS_CSV, encoding="utf-8")
    counts = []
    for trial in range(trials):
        db = _prepare(folder, trial, kind)
        go_read, go_write = os.pipe()
        children = []
        for which in range(2):
            pid = os.fork()
            if pid == 0:
                os.close(go_write)
                os.read(go_read, 1)  # Both start at the same moment.
                try:
                    _race_step(kind, db, folder, which)
                finally:
                    os._exit(0)
            children.append(pid)
        os.close(go_read)
        os.write(go_write, b"gg")
        os.close(go_write)
        for pid in children:
            os.waitpid(pid, 0)
        counts.append(_count(kind, db))
    return {"counts": counts}


if __name__ == "__main__":
    if sys.argv[1] == "kill":
        result = kill_trials(int(sys.argv[2]), Path(sys.argv[3]))
    else:
        result = race_trials(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))
    print(json.dumps(result))
