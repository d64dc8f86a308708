"""The meeting commands on the demo inspection: list, agenda, pack and calendar, read back."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from inspection_desktop.app import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the app's entry point and capture its output."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def demo_db(demo_db_path: Path) -> Path:
    """A database holding the demo inspection."""
    return demo_db_path


def test_demo_command_adds_the_meetings(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The demo has its plan's meetings, the week-4 one dated, the week-2 one with actions."""
    assert run(capsys, "--db", str(db_path), "demo")[0] == 0
    rows = {str(r["title"]): r for r in listed(capsys, db_path)}
    assert rows["Meet the inspection lead and depute"]["starts"] is not None
    assert rows["Participation and engagement meeting"]["open_actions"] == 2


def listed(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict[str, object]]:
    """The meetings as `meetings list --format json` gives them."""
    code, out, _ = run(capsys, "--db", str(db), "meetings", "list", "--format", "json")
    assert code == 0
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def week_four_id(capsys: pytest.CaptureFixture[str], db: Path) -> int:
    """The id of the demo's week-4 co-ordinators' meeting."""
    return next(int(str(r["id"])) for r in listed(capsys, db) if r["week"] == 4 and r["agenda"])


def test_list_as_json_has_the_agreed_keys(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each meeting has id, title, week, starts, attendees and agenda titles."""
    rows = listed(capsys, demo_db)
    assert {"id", "title", "week", "starts", "attendees", "agenda"} <= set(rows[0])
    week_four = next(r for r in rows if r["title"] == "Meet the inspection lead and depute")
    assert dt.datetime.fromisoformat(str(week_four["starts"])).time() == dt.time(10, 0)
    assert "Key dates and deadlines" in list(week_four["agenda"])  # type: ignore[call-overload]
    assert "Moira Henderson" in list(week_four["attendees"])  # type: ignore[call-overload]


def test_list_as_table_names_each_meeting(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table has a header and one line per meeting."""
    code, out, _ = run(capsys, "--db", str(demo_db), "meetings", "list")
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:3] == ["id", "week", "starts"]
    assert len(lines) == 1 + len(listed(capsys, demo_db))


def test_agenda_pdf_reads_back(
    demo_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The agenda PDF names the meeting and its items."""
    out = tmp_path / "agenda.pdf"
    meeting_id = week_four_id(capsys, demo_db)
    code, _, _ = run(capsys, "--db", str(demo_db), "agenda", str(meeting_id), "--out", str(out))
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert code == 0
    assert "Meet the inspection lead and depute" in text
    assert "The pre-inspection return" in text


def test_week_four_pack_has_sections_papers_and_bookmarks(
    demo_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The pack carries the agenda, people, actions, deadlines, status and both papers."""
    out = tmp_path / "pack.pdf"
    meeting_id = week_four_id(capsys, demo_db)
    code, _, err = run(capsys, "--db", str(demo_db), "pack", str(meeting_id), "--out", str(out))
    assert (code, err) == (0, "")
    reader = PdfReader(out)
    bookmarks = [item.title for item in reader.outline if not isinstance(item, list)]
    assert bookmarks[:5] == [
        "Agenda",
        "Attendees",
        "Open actions from earlier meetings",
        "Deadlines in the next three weeks",
        "Checklist status by week",
    ]
    assert "Paper 2: Joint self-evaluation: first draft" in bookmarks
    assert len(reader.pages) == 11
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Glenmorven Community Planning Partnership" in text
    assert "Share the list of social media contacts" in text
    assert "Confirm two or three Champions" not in text  # done on the checklist
    assert "Łukasz Nowak" in text
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=1)


def test_recipient_copy_leaves_the_confidential_paper_out(
    demo_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A copy without confidential papers is shorter and names its recipient from the register."""
    out = tmp_path / "copy.pdf"
    meeting_id = week_four_id(capsys, demo_db)
    code, _, _ = run(
        capsys,
        *("--db", str(demo_db), "pack", str(meeting_id), "--out", str(out)),
        *("--recipient", "siobhán ní bhriain", "--leave-out-confidential"),
    )
    reader = PdfReader(out)
    text = "".join(page.extract_text() for page in reader.pages)
    assert code == 0
    assert "Siobhán Ní Bhriain" in text  # as the register spells it
    assert "How good are we now?" not in text
    assert len(reader.pages) < 11


def test_calendar_holds_every_meeting_and_deadline_with_stable_uids(
    demo_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The .ics parses; a second export gives the same UIDs; timed meetings are London time."""
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    for path in (first, second):
        assert run(capsys, "--db", str(demo_db), "calendar", "--out", str(path))[0] == 0
    events = Calendar.from_ical(first.read_bytes()).walk("VEVENT")
    again = Calendar.from_ical(second.read_bytes()).walk("VEVENT")
    meetings = listed(capsys, demo_db)
    deadlines = [
        r
        for r in json.loads(run(capsys, "--db", str(demo_db), "plan", "--format", "json")[1])
        if r["kind"] == "deadline"
    ]
    assert len(events) == len(meetings) + len(deadlines)
    assert [str(e["UID"]) for e in events] == [str(e["UID"]) for e in again]
    timed = next(e for e in events if str(e["SUMMARY"]) == "Meet the inspection lead and depute")
    assert str(timed["DTSTART"].dt.tzinfo) == "Europe/London"
    assert timed["DTSTART"].dt.hour == 10


def test_unknown_meeting_is_one_line_and_exit_2(
    demo_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A wrong id says how to find the right one."""
    code, _, err = run(
        capsys, "--db", str(demo_db), "pack", "999", "--out", str(tmp_path / "x.pdf")
    )
    assert code == 2
    assert err.strip() == (
        "inspection-desktop: error: There is no meeting with id 999; "
        "'meetings list' shows their ids."
    )


def test_a_recipient_not_in_the_register_is_refused(
    demo_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A misspelt recipient is one line and exit 2, and no copy is written."""
    out = tmp_path / "copy.pdf"
    meeting_id = week_four_id(capsys, demo_db)
    code, _, err = run(
        capsys,
        *("--db", str(demo_db), "pack", str(meeting_id), "--out", str(out)),
        *("--recipient", "Tomas O Ceallaigh"),
    )
    assert code == 2
    assert "nobody called 'Tomas O Ceallaigh' is in the register" in err
    assert not out.exists()


def test_attendee_count_equals_the_attendees_listed(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Someone invited in two roles is listed once, and the count matches the list."""
    meetings = listed(capsys, demo_db)
    assert all(m["attendee_count"] == len(m["attendees"]) for m in meetings)
    assert all(len(set(m["attendees"])) == len(m["attendees"]) for m in meetings)
