"""Tests for the calendar export, parsed back with icalendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar

from inspection_desktop.documents.meetings.calendar_ics import (
    LONDON,
    CalendarEvent,
    build_calendar,
    event_uid,
    uid_seed,
)

MEETING = CalendarEvent(
    uid_seed("insp-7", "meeting/12"),
    "Co-ordinators' meeting with the inspection lead and depute",
    datetime(2026, 12, 1, 10, 0),
    datetime(2026, 12, 1, 12, 30),
    description="Ten-item agenda; Łukasz Wójcik on ICT access",
    location="Committee Room 2, Glen Carra House",
)
SUMMER_MEETING = CalendarEvent(
    uid_seed("insp-7", "meeting/30"), "Initial meeting with chief officers", datetime(2027, 6, 1, 9)
)
DEADLINE = CalendarEvent(
    uid_seed("insp-7", "deadline/pir"),
    "Pre-inspection return due",
    date(2026, 12, 25),
    all_day=True,
)


def parse(data: bytes) -> Calendar:
    """Read an exported calendar back."""
    return Calendar.from_ical(data)


def uids(calendar: Calendar) -> list[str]:
    """The UID of every event, in order."""
    return [str(event["uid"]) for event in calendar.walk("VEVENT")]


def test_uids_are_stable_across_exports() -> None:
    """Two exports made at different times give the same UIDs, so a re-import updates."""
    first = build_calendar([MEETING, DEADLINE], stamped_at=datetime(2026, 11, 28, 9, tzinfo=UTC))
    second = build_calendar([DEADLINE, MEETING], stamped_at=datetime(2026, 12, 2, 9, tzinfo=UTC))
    assert sorted(uids(parse(first))) == sorted(uids(parse(second)))
    assert event_uid(MEETING.uid_seed) in uids(parse(first))


def test_different_items_and_inspections_get_different_uids() -> None:
    """The same item key in another inspection is a different event."""
    assert event_uid(uid_seed("insp-7", "meeting/12")) != event_uid(
        uid_seed("insp-8", "meeting/12")
    )
    assert event_uid(uid_seed("insp-7", "meeting/12")) != event_uid(
        uid_seed("insp-7", "meeting/13")
    )


def test_meetings_are_in_london_time_with_a_timezone_definition() -> None:
    """Timed events carry TZID=Europe/London and the file defines that zone."""
    calendar = parse(build_calendar([MEETING, SUMMER_MEETING]))
    zones = [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")]
    assert zones == ["Europe/London"]
    for event in calendar.walk("VEVENT"):
        assert event["dtstart"].params["TZID"] == "Europe/London"
    starts = [event.decoded("dtstart") for event in calendar.walk("VEVENT")]
    assert starts[0].utcoffset() == timedelta(0)
    assert starts[1].utcoffset() == timedelta(hours=1)  # British Summer Time
    assert starts[0] == datetime(2026, 12, 1, 10, 0, tzinfo=LONDON)


def test_deadlines_are_all_day_events() -> None:
    """A deadline is a whole day: DATE values, the end the next day, shown as free time."""
    event = next(iter(parse(build_calendar([DEADLINE])).walk("VEVENT")))
    assert event.decoded("dtstart") == date(2026, 12, 25)
    assert event.decoded("dtend") == date(2026, 12, 26)
    assert str(event["transp"]) == "TRANSPARENT"


def test_meeting_details_survive_the_round_trip() -> None:
    """Title, place, description (with accents) and a stamp in UTC come back as written."""
    stamp = datetime(2026, 11, 28, 18, 5, tzinfo=UTC)
    event = next(iter(parse(build_calendar([MEETING], stamped_at=stamp)).walk("VEVENT")))
    assert str(event["summary"]) == MEETING.title
    assert str(event["location"]) == "Committee Room 2, Glen Carra House"
    assert "Łukasz Wójcik" in str(event["description"])
    assert event.decoded("dtstamp") == stamp
    assert event.decoded("dtend") == datetime(2026, 12, 1, 12, 30, tzinfo=LONDON)


def test_calendar_has_what_outlook_needs() -> None:
    """VERSION, PRODID and METHOD:PUBLISH are present and the timezone precedes the events."""
    data = build_calendar([MEETING])
    calendar = parse(data)
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["method"]) == "PUBLISH"
    assert "prodid" in calendar
    assert data.index(b"BEGIN:VTIMEZONE") < data.index(b"BEGIN:VEVENT")
    assert b"\r\n" in data


def test_meeting_without_an_end_lasts_an_hour() -> None:
    """A meeting with only a start time is booked for an hour."""
    event = next(iter(parse(build_calendar([SUMMER_MEETING])).walk("VEVENT")))
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(hours=1)


def test_example_meeting_and_deadlines_export_in_one_calendar() -> None:
    """The week-4 meeting runs 10:00 to 12:30 with its agenda; deadlines are all-day events."""
    from inspection_desktop.documents.meetings.calendar_events import deadline_event, meeting_event
    from inspection_desktop.domain.meetings.examples import example_deadlines, example_week4_meeting

    events = [meeting_event("insp-7", "12", example_week4_meeting())]
    events += [deadline_event("insp-7", str(n), row) for n, row in enumerate(example_deadlines())]
    calendar = parse(build_calendar(events))
    vevents = list(calendar.walk("VEVENT"))
    assert len(vevents) == 1 + len(example_deadlines())
    meeting = vevents[0]
    assert meeting.decoded("dtend") == datetime(2026, 12, 1, 12, 30, tzinfo=LONDON)
    assert "10. 12:15 Local file readers training" in str(meeting["description"])
    assert str(vevents[1]["summary"]).startswith("Deadline: ")
    assert str(meeting["uid"]) == event_uid(uid_seed("insp-7", "meeting/12"))
