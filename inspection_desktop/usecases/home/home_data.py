"""Reading the home screen's facts for one inspection on one day, through the other features'
services (never their tables), and the same facts as the command line's JSON."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspection_desktop.domain import clock
from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.home.home_facts import (
    NEXT_MEETINGS,
    ActionGlance,
    HomeEntry,
    HomeFacts,
    MeetingGlance,
    Target,
    home_facts,
)
from inspection_desktop.domain.people.role_gaps import week_reached

if TYPE_CHECKING:
    from inspection_desktop.storage.meetings.meeting_rows import InspectionMeetings
    from inspection_desktop.usecases.services import Services

ReadinessSource = Callable[["Services", "InspectionMeetings", dt.date], Sequence[HomeEntry]]
"""Lines a feature adds to Home's readiness group (file readers not yet ready, letters unsent),
from the services and Home's one read of the meetings."""


def file_readers_not_ready(
    services: Services, meetings: InspectionMeetings, today: dt.date
) -> list[HomeEntry]:
    """Each file reader with something still to do before reading, soonest needed first."""
    from inspection_desktop.usecases.file_reading.readers import file_readers, training_meeting_in

    # The training meeting's attendance is in Home's read already: not read again.
    readers = file_readers(services, meetings.inspection_id, training=training_meeting_in(meetings))
    entries = []
    for reader in readers:
        if reader.ready:
            continue
        dates = [gap.needed_by for gap in reader.gaps if gap.needed_by is not None]
        needed = min(dates) if dates else None
        when = f"Needed by {needed:%A} {long_date(needed)}" if needed else "No reading day yet"
        entries.append(
            HomeEntry(
                Target.FILE_READER,
                reader.contact_id,
                None,
                reader.name,
                when,
                "; ".join(gap.what for gap in reader.gaps),
                needed,
                urgent=needed is not None and needed <= today + dt.timedelta(days=7),
            )
        )
    return sorted(entries, key=lambda e: (e.due or dt.date.max, e.title.casefold()))


READINESS_SOURCES: list[ReadinessSource] = [file_readers_not_ready]
"""What features add to Home's readiness group: file readers not yet ready (letters could too)."""


def read_home(services: Services, inspection_id: int, today: dt.date | None = None) -> HomeFacts:
    """The home screen's facts for ``today`` (the app's clock by default)."""
    today = today or clock.today()
    # One read of the plan, the calendar and every meeting with its agenda, papers and actions.
    everything = services.meetings.inspection_meetings(inspection_id)
    calendar = everything.calendar
    rows = list(everything.plan)
    gaps = services.contacts.role_gaps(
        inspection_id, services.inspections.template, week_reached(calendar, today)
    )
    titles = {summary.id: summary.title for summary in everything.summaries}
    actions = [
        ActionGlance(
            id=action.id,
            meeting_id=action.meeting_id,
            meeting_title=titles.get(action.meeting_id, "a meeting"),
            description=action.description,
            owner=action.owner,
            due=action.due,
            done=action.done,
            on_checklist=action.plan_item_id is not None,
        )
        for action in everything.actions
    ]
    upcoming = [s for s in everything.summaries if s.day is not None and s.day >= today]
    glances = []
    for summary in upcoming[:NEXT_MEETINGS]:
        details = everything.details[summary.id]
        papers = [paper for item in details.agenda for paper in item.papers]
        glances.append(
            MeetingGlance(
                id=summary.id,
                title=summary.title,
                day=summary.day,
                starts=summary.starts,
                week=summary.week,
                agenda_items=len(details.agenda),
                papers=len(papers),
                missing_papers=sum(1 for paper in papers if not Path(paper.path).is_file()),
            )
        )
    surveys = services.surveys.surveys(inspection_id, rows)
    readiness = [
        entry for source in READINESS_SOURCES for entry in source(services, everything, today)
    ]
    return home_facts(
        inspection_id=inspection_id,
        area=everything.area,
        calendar=calendar,
        rows=rows,
        owner_names=services.contacts.owner_names(inspection_id),
        actions=actions,
        meetings=glances,
        gaps=gaps,
        surveys=surveys,
        today=today,
        readiness=readiness,
    )


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _entry(entry: HomeEntry) -> dict[str, Any]:
    return {
        "title": entry.title,
        "when": entry.when,
        "detail": entry.detail,
        "due": _iso(entry.due),
        "opens": entry.target.value,
        "id": entry.target_id,
        "meeting_id": entry.parent_id,
        "role_key": entry.role_key,
        "urgent": entry.urgent,
    }


def status_record(facts: HomeFacts) -> dict[str, Any]:
    """The facts as the command line's JSON object (the keys scripts rely on)."""
    today = facts.today
    return {
        "inspection_id": facts.inspection_id,
        "area": facts.area,
        "today": today.isoformat(),
        "current_week": facts.current_week,
        "week_count": facts.week_count,
        "where": facts.where,
        "due_this_week": [_entry(e) for e in facts.due_this_week],
        "due_next_week": [_entry(e) for e in facts.due_next_week],
        "overdue": [_entry(e) for e in facts.overdue],
        "role_gaps": [
            {
                "role": gap.role_name,
                "role_key": gap.role_key,
                "needed_by_week": gap.needed_by_week,
                "overdue": gap.overdue,
            }
            for gap in facts.gaps
        ],
        "next_meetings": [_entry(e) for e in facts.next_meetings],
        "surveys": [
            {
                "id": survey.id,
                "name": survey.name,
                "opens": _iso(survey.opens_on),
                "closes": _iso(survey.closes_on),
                "responses": survey.responses,
                "target": survey.target,
                "response_rate": survey.response_rate,
                "state": survey.state(today).value,
                "days_left": survey.days_left(today),
            }
            for survey in facts.surveys
        ],
        "readiness": [_entry(e) for e in facts.readiness],
        "progress": [
            {
                "week": week.week,
                "starts_on": week.starts_on.isoformat(),
                "items": week.total,
                "done": week.closed,
                "overdue": week.overdue,
                "rag": week.rag.value,
            }
            for week in facts.progress
        ],
    }
