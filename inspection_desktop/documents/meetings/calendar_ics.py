"""Calendar export (.ics) of an inspection's meetings and deadlines, for Outlook and others.

Each event's UID comes from a stable seed (the inspection's id and the item's key), so importing
a newer export updates the events already in the calendar instead of adding copies.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
# Fixed for ever: changing it would change every UID and duplicate events on re-import.
_UID_NAMESPACE = uuid.UUID("5b0f3c2e-8f61-4d8e-9a57-3f1f0e6c2a41")
_UID_DOMAIN = "inspection-desktop"
PRODID = "-//Inspection Desktop//Meetings and deadlines//EN"


@dataclass(frozen=True)
class CalendarEvent:
    """One meeting or deadline in the calendar.

    ``starts``/``ends`` are naive Europe/London wall times (or dates for all-day events); an
    all-day event without ``ends`` lasts one day.
    """

    uid_seed: str
    title: str
    starts: date | datetime
    ends: date | datetime | None = None
    description: str = ""
    location: str = ""
    all_day: bool = False


def uid_seed(inspection_id: str | int, item_key: str) -> str:
    """The seed for an event's UID: the inspection it belongs to and the item's own key."""
    return f"{inspection_id}/{item_key}"


def event_uid(seed: str) -> str:
    """The stable UID for a seed, the same on every export."""
    return f"{uuid.uuid5(_UID_NAMESPACE, seed)}@{_UID_DOMAIN}"


def build_calendar(
    events: Iterable[CalendarEvent],
    *,
    calendar_name: str = "Inspection",
    stamped_at: datetime | None = None,
) -> bytes:
    """Return an iCalendar file with every event, in Europe/London time, ready for Outlook."""
    from icalendar import Calendar, Event

    stamp = (stamped_at or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_name)
    calendar.add("x-wr-timezone", "Europe/London")
    # Before the events: some clients read the file in one pass and need the zone first.
    calendar.add_component(_london_timezone())
    for item in events:
        event = Event()
        event.add("uid", event_uid(item.uid_seed))
        event.add("dtstamp", stamp)
        event.add("summary", item.title)
        if item.description:
            event.add("description", item.description)
        if item.location:
            event.add("location", item.location)
        starts, ends = _event_span(item)
        event.add("dtstart", starts)
        event.add("dtend", ends)
        # Deadlines mark a day without blocking it out in the recipient's diary.
        event.add("transp", "TRANSPARENT" if item.all_day else "OPAQUE")
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _london_timezone() -> Any:
    """Europe/London as yearly rules, the form Outlook itself writes and reads most reliably.

    icalendar's ``add_missing_timezones`` lists every change as a date up to 2037 instead; the
    rules stay right for as long as the UK keeps changing clocks on the last Sundays of March
    and October.
    """
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    zone = Timezone()
    zone.add("tzid", "Europe/London")
    summer = TimezoneDaylight()
    summer.add("dtstart", datetime(1970, 3, 29, 1, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    summer.add("tzoffsetfrom", timedelta(hours=0))
    summer.add("tzoffsetto", timedelta(hours=1))
    summer.add("tzname", "BST")
    winter = TimezoneStandard()
    winter.add("dtstart", datetime(1970, 10, 25, 2, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    winter.add("tzoffsetfrom", timedelta(hours=1))
    winter.add("tzoffsetto", timedelta(hours=0))
    winter.add("tzname", "GMT")
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def _event_span(item: CalendarEvent) -> tuple[date | datetime, date | datetime]:
    """Start and end as the file records them: dates for all-day events, London times otherwise."""
    if item.all_day:
        first = _as_date(item.starts)
        last = _as_date(item.ends) if item.ends is not None else first
        # DTEND of an all-day event is exclusive: the day after the last day.
        return first, max(last, first) + timedelta(days=1)
    if not isinstance(item.starts, datetime):
        raise ValueError(f"event {item.title!r} needs a start time or all_day=True")
    starts = _in_london(item.starts)
    # A meeting with no end time is shown as an hour long.
    ends = _in_london(item.ends) if isinstance(item.ends, datetime) else starts + timedelta(hours=1)
    return starts, max(ends, starts)


def _as_date(value: date | datetime) -> date:
    """The calendar day of a date or datetime."""
    return value.date() if isinstance(value, datetime) else value


def _in_london(value: datetime) -> datetime:
    """A naive wall time read as London time; an aware one converted to London time."""
    if value.tzinfo is None:
        return value.replace(tzinfo=LONDON)
    return value.astimezone(LONDON)
