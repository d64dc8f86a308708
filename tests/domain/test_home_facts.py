"""The home screen's facts on the demo inspection for fixed days before, during and after."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from inspection_desktop.composition import open_services
from inspection_desktop.domain.home.home_facts import (
    ActionGlance,
    MeetingGlance,
    Rag,
    Target,
    home_facts,
    home_groups,
    where_we_are,
)
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.usecases.home.home_data import read_home
from inspection_desktop.usecases.services import Services


@pytest.fixture
def demo(demo_db_path: Path):  # type: ignore[no-untyped-def]
    """Services over a copy of the demo database, and the demo's inspection id."""
    services = open_services(demo_db_path)
    yield services, services.inspections.current_inspection_id()
    services.close()


def facts_on(demo: tuple[Services, int], day: str):  # type: ignore[no-untyped-def]
    """The demo's home facts on a day."""
    services, inspection_id = demo
    return read_home(services, inspection_id, dt.date.fromisoformat(day))


def test_week_six_reads_as_the_issue_words_it() -> None:
    """An inspection notified on 4 January 2027 is in week 6 of 11 on 10 February."""
    calendar = InspectionCalendar(dt.date(2027, 1, 4), (), 11)
    assert where_we_are(calendar, dt.date(2027, 2, 10)) == "Week 6 of 11 · w/c 8 February 2027"


def test_before_week_one_has_no_current_week(demo) -> None:  # type: ignore[no-untyped-def]
    """Before the notification week the current week is none and nothing is overdue yet."""
    facts = facts_on(demo, "2026-10-20")
    assert facts.current_week is None
    assert facts.where == "Before week 1 · week 1 is w/c 26 October 2026"
    assert [week.rag for week in facts.progress if week.rag is Rag.RED] == []


def test_mid_plan_names_the_week_and_what_is_due(demo) -> None:  # type: ignore[no-untyped-def]
    """In week 7 the PIR is due this week and the week-8 returns next week."""
    facts = facts_on(demo, "2026-12-09")
    assert facts.current_week == 7
    assert facts.where == "Week 7 of 11 · w/c 7 December 2026"
    assert [e.title for e in facts.due_this_week] == ["Return the pre-inspection return (PIR)"]
    assert "Return the joint self-evaluation and evidence" in {e.title for e in facts.due_next_week}


def test_overdue_lists_plan_items_and_open_meeting_actions(demo) -> None:  # type: ignore[no-untyped-def]
    """Overdue holds the slipped plan item and the meeting actions past their date."""
    facts = facts_on(demo, "2026-12-09")
    targets = {e.target for e in facts.overdue}
    assert targets == {Target.PLAN_ITEM, Target.MEETING_ACTION}
    assert "Choose the local file readers" in {e.title for e in facts.overdue}
    assert all(e.urgent and "overdue by" in e.when for e in facts.overdue)


def test_holiday_week_says_when_counting_resumes(demo) -> None:  # type: ignore[no-untyped-def]
    """In the Christmas holidays no week is current, and Home says when week 9 starts."""
    facts = facts_on(demo, "2026-12-23")
    assert facts.current_week is None
    assert facts.where == ("Christmas school holidays (not counted) · week 9 is w/c 4 January 2027")


def test_after_the_last_week_the_phase_is_over(demo) -> None:  # type: ignore[no-untyped-def]
    """After week 11 there is no current week and no meeting still to come."""
    facts = facts_on(demo, "2027-02-01")
    assert facts.current_week is None
    assert facts.where == "Preparation over · week 11 was w/c 18 January 2027"
    assert facts.next_meetings == ()
    assert facts.surveys_open == ()


def test_role_gaps_say_by_when(demo) -> None:  # type: ignore[no-untyped-def]
    """Each unfilled role says the week it is needed by, overdue once reached."""
    facts = facts_on(demo, "2026-12-09")
    gap = next(e for e in facts.role_gaps if e.title == "Participation co-ordinator")
    assert gap.when == "Needed by week 2 (w/c 2 November 2026)"
    assert gap.urgent


def test_open_surveys_show_responses_and_days_left(demo) -> None:  # type: ignore[no-untyped-def]
    """On 9 December the staff survey is open with its responses and ten days to go."""
    facts = facts_on(demo, "2026-12-09")
    staff = next(e for e in facts.surveys_open if e.title == "Staff survey")
    assert staff.detail == "300 of 1,400 (21%) · 10 days left"


def test_progress_gives_each_week_a_status() -> None:
    """A week with an overdue item is red, one under way amber, done green, later to come."""
    calendar = InspectionCalendar(dt.date(2027, 1, 4), (), 3)
    facts = home_facts(
        inspection_id=1,
        area="Test",
        calendar=calendar,
        rows=[],
        owner_names={},
        actions=[],
        meetings=[],
        gaps=[],
        surveys=[],
        today=dt.date(2027, 1, 13),
    )
    assert [w.rag for w in facts.progress] == [Rag.GREEN, Rag.GREEN, Rag.TO_COME]


def test_an_action_on_the_checklist_is_listed_once(demo) -> None:  # type: ignore[no-untyped-def]
    """A meeting action made a checklist item shows as the item, not again as the action."""
    calendar = InspectionCalendar(dt.date(2027, 1, 4), (), 11)
    action = ActionGlance(1, 2, "Meeting", "Send papers", "Ailsa", dt.date(2027, 1, 5), False, True)
    facts = home_facts(
        inspection_id=1,
        area="Test",
        calendar=calendar,
        rows=[],
        owner_names={},
        actions=[action],
        meetings=[MeetingGlance(2, "Meeting", dt.date(2027, 1, 20), None, 3)],
        gaps=[],
        surveys=[],
        today=dt.date(2027, 1, 13),
    )
    assert facts.overdue == ()
    assert [e.detail for e in facts.next_meetings] == ["No papers attached yet"]


def test_groups_come_in_the_screen_order(demo) -> None:  # type: ignore[no-untyped-def]
    """Overdue comes first and progress last, each group saying what it holds when empty."""
    groups = home_groups(facts_on(demo, "2027-02-01"))
    assert [g.key for g in groups] == [
        "overdue",
        "this_week",
        "next_week",
        "roles",
        "meetings",
        "surveys",
        "readiness",
        "progress",
    ]
    assert all(g.entries or g.empty_text for g in groups)


def test_file_readers_not_ready_say_what_they_still_need(demo) -> None:  # type: ignore[no-untyped-def]
    """The demo's readers missing a login or the agreement are listed with what they lack."""
    facts = facts_on(demo, "2026-12-09")
    assert facts.readiness
    assert all(e.target is Target.FILE_READER and e.detail for e in facts.readiness)
