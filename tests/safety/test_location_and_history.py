"""Risky places for the database, and the history of a meeting with its parts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from inspection_desktop.storage.safety.location import risky_location


def test_a_onedrive_folder_gets_a_warning() -> None:
    """A database in a OneDrive folder is flagged as synced with the cloud."""
    path = Path("/home/ailsa/OneDrive - Glenmorven Council/inspection.sqlite3")
    reason = risky_location(path)
    assert reason is not None and "sync" in reason


def test_a_network_share_gets_a_warning() -> None:
    """A UNC path is a network share."""
    reason = risky_location(Path("//fileserver/children/inspection.sqlite3"))
    assert reason == "it is on a network share"


def test_the_laptops_own_folder_gets_none(tmp_path: Path) -> None:
    """A local folder is fine."""
    assert risky_location(tmp_path / "inspection.sqlite3") is None


def test_meeting_history_includes_its_agenda_items(services) -> None:  # type: ignore[no-untyped-def]
    """A change to an agenda item shows in its meeting's history, found by foreign keys."""
    from inspection_desktop.usecases.meetings.plan_meetings import make_plan_meetings

    inspection = services.inspections.create_inspection("Test CPP", dt.date(2026, 10, 5))
    make_plan_meetings(services, inspection.id)
    meetings = services.meetings.list_meetings(inspection.id)
    meeting = sorted(meetings, key=lambda found: -len(found.agenda_titles))[0]
    entries = services.history.meeting_history(meeting.id)
    agenda = {entry.row_id for entry in entries if entry.table == "agenda_item"}
    assert len(agenda) == len(meeting.agenda_titles) > 0
    assert {entry.row_id for entry in entries if entry.table == "meeting"} == {meeting.id}
