"""Shared test set-up: Qt offscreen, a fixed clock, a fresh database for each test."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

# Must precede any Qt import: without a display pytest-qt would abort the interpreter.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from inspection_desktop.domain import clock

# Saturday 28 November 2026: every test sees the same "today".
FIXED_TODAY = dt.date(2026, 11, 28)


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Fix today's date and keep every test away from the real user's database and logs."""
    private = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("INSPECTION_DESKTOP_DB", str(private / "default.sqlite3"))
    monkeypatch.setenv("INSPECTION_DESKTOP_LOG_DIR", str(private / "logs"))
    monkeypatch.delenv("INSPECTION_DESKTOP_TODAY", raising=False)
    clock.set_today(FIXED_TODAY)
    yield
    clock.set_today(None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a fresh database file."""
    return tmp_path / "inspection.sqlite3"


@pytest.fixture
def database(db_path: Path):  # type: ignore[no-untyped-def]
    """A fresh, migrated database."""
    from inspection_desktop.storage.database import open_database

    db = open_database(db_path)
    yield db
    db.dispose()


@pytest.fixture
def services(database):  # type: ignore[no-untyped-def]
    """Every service over a fresh database, built by the composition root."""
    from inspection_desktop.composition import build_services

    return build_services(database)


@pytest.fixture
def service(services):  # type: ignore[no-untyped-def]
    """The inspection service over a fresh database."""
    return services.inspections


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the demo inspection, made once; copy it with ``demo_db_path``."""
    from inspection_desktop.composition import open_services
    from inspection_desktop.demo.inspection import add_demo_inspection

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    clock.set_today(FIXED_TODAY)
    services = open_services(path)
    add_demo_inspection(services)
    services.close()
    clock.set_today(None)
    return path


@pytest.fixture
def demo_db_path(db_path: Path, demo_template: Path) -> Path:
    """A fresh copy of the demo database (its papers stay in the template's folder)."""
    import shutil

    shutil.copyfile(demo_template, db_path)
    return db_path
