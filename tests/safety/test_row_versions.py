"""Row versions: an undo or an edit over a change made elsewhere meanwhile is refused."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.storage.errors import RecordChangedElsewhereError
from inspection_desktop.usecases.plan.items import set_item_notes, set_item_status

ROOT = Path(__file__).resolve().parents[2]


def elsewhere(db: Path, *argv: str) -> None:
    """Run a command in another process, as the command line beside the window would."""
    subprocess.run(
        [sys.executable, "-m", "inspection_desktop", "--db", str(db), *argv],
        check=True, capture_output=True, timeout=60, cwd=ROOT,
    )  # fmt: skip


@pytest.fixture
def item(services):  # type: ignore[no-untyped-def]
    inspection = services.inspections.create_inspection("Test CPP", dt.date(2026, 10, 5))
    return services.inspections.plan_rows(inspection.id)[0]


def test_undo_over_a_change_made_elsewhere_is_refused_showing_the_newer_value(
    services, item
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z after the command line set the status says so, and leaves its value."""
    change = set_item_status(services, item.id, ItemStatus.IN_PROGRESS)
    elsewhere(services.database.path, "task", "set", str(item.id), "--status", "done")
    assert change.undo is not None
    with pytest.raises(RecordChangedElsewhereError, match="status is now “done”"):
        change.undo()
    assert services.inspections.plan_row(item.id).status is ItemStatus.DONE


def test_edit_over_a_change_not_yet_seen_is_refused_then_allowed_once_seen(services, item) -> None:  # type: ignore[no-untyped-def]
    """Notes saved over notes changed elsewhere are refused until the window has shown them."""
    elsewhere(services.database.path, "task", "set", str(item.id), "--status", "in_progress")
    with pytest.raises(RecordChangedElsewhereError, match="changed elsewhere"):
        set_item_notes(services, item.id, "Mine")
    services.history.mark_seen(services.history.last_change_id())
    set_item_notes(services, item.id, "Mine")
    assert services.inspections.plan_row(item.id).notes == "Mine"


def test_own_edits_undo_in_turn(services, item) -> None:  # type: ignore[no-untyped-def]
    """A window's own edits of one item undo one after another without a refusal."""
    first = set_item_status(services, item.id, ItemStatus.DONE)
    second = set_item_notes(services, item.id, "Done early")
    assert second.undo is not None and first.undo is not None
    second.undo()
    first.undo()
    row = services.inspections.plan_row(item.id)
    assert (row.status, row.notes) == (ItemStatus.NOT_STARTED, "")


def test_contact_edit_over_a_reimport_elsewhere_is_refused(services, item, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A contact re-imported from the command line meanwhile is not overwritten by a stale edit."""
    from dataclasses import replace

    from inspection_desktop.domain.people.contacts import ContactDraft

    inspection_id = item.inspection_id
    added = services.contacts.add_contact(
        inspection_id, ContactDraft("Alex Doe", email="a@example.org")
    )
    sheet = tmp_path / "update.csv"
    sheet.write_text("Name,Email,Phone\nAlex Doe,a@example.org,0131 496 0000\n", encoding="utf-8")
    elsewhere(services.database.path, "contacts", "import", str(sheet))
    with pytest.raises(RecordChangedElsewhereError, match="0131 496 0000"):
        services.contacts.update_contact(added.id, replace(added.draft(), job_title="Chair"))
