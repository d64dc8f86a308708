"""Survey use cases return a Change of kind "surveys" whose undo puts things back."""

from __future__ import annotations

import datetime as dt

import pytest

from inspection_desktop.domain.surveys.surveys import SurveyFields
from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.changes import SURVEYS
from inspection_desktop.usecases.services import Services
from inspection_desktop.usecases.surveys import survey_edits

DAY = dt.date(2027, 2, 10)


@pytest.fixture
def inspection_id(services: Services) -> int:
    """A fresh inspection notified on 4 January 2027."""
    return services.inspections.create_inspection("Testshire CPP", dt.date(2027, 1, 4)).id


def staff_id(services: Services, inspection_id: int) -> int:
    """The staff survey's id."""
    return survey_edits.find_survey(services, inspection_id, "staff").id


def test_recording_a_count_is_a_surveys_change(services: Services, inspection_id: int) -> None:
    """The change names surveys and says what was recorded."""
    change = survey_edits.record_count(services, staff_id(services, inspection_id), 120, DAY)
    assert change.kinds == frozenset({SURVEYS})
    assert change.description == "record 120 responses to “Staff survey” on 10 February 2027"


def test_undoing_a_count_takes_it_away_and_redo_brings_it_back(
    services: Services, inspection_id: int
) -> None:
    """Undo removes the count; the reverse change's undo records it again."""
    survey_id = staff_id(services, inspection_id)
    change = survey_edits.record_count(services, survey_id, 120, DAY)
    assert change.undo is not None
    reverse = change.undo()
    assert services.surveys.survey(survey_id).responses == 0
    assert reverse.undo is not None
    reverse.undo()
    assert services.surveys.survey(survey_id).responses == 120


def test_pasting_counts_merges_them_and_undo_restores(
    services: Services, inspection_id: int
) -> None:
    """Pasted counts join those recorded; undo leaves only the first."""
    survey_id = staff_id(services, inspection_id)
    survey_edits.record_count(services, survey_id, 10, dt.date(2027, 2, 1))
    change = survey_edits.paste_counts(services, survey_id, "08/02/2027,45\n10/02/2027,60")
    assert [c.responses for c in services.surveys.survey(survey_id).counts] == [10, 45, 60]
    assert change.undo is not None
    change.undo()
    assert [c.responses for c in services.surveys.survey(survey_id).counts] == [10]


def test_adding_a_survey_is_undone_by_deleting_it(services: Services, inspection_id: int) -> None:
    """An added survey goes again on undo."""
    change = survey_edits.add_survey(services, inspection_id, SurveyFields("Pupil voice"))
    assert "Pupil voice" in [s.name for s in survey_edits.list_surveys(services, inspection_id)]
    assert change.undo is not None
    change.undo()
    assert "Pupil voice" not in [s.name for s in survey_edits.list_surveys(services, inspection_id)]


def test_an_unknown_survey_name_lists_the_surveys(services: Services, inspection_id: int) -> None:
    """A name that matches nothing is refused, naming the surveys there are."""
    with pytest.raises(UserFacingError, match="Staff survey"):
        survey_edits.find_survey(services, inspection_id, "pupils")


def test_a_feature_can_add_readiness_lines_to_home(
    services: Services, inspection_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A registered readiness source (file readers, when they exist) adds Home's group."""
    from inspection_desktop.domain.home.home_facts import HomeEntry, Target, home_groups
    from inspection_desktop.usecases.home import home_data

    line = HomeEntry(Target.ROLE, None, "local_file_reader", "2 file readers", "week 11", "")
    monkeypatch.setattr(home_data, "READINESS_SOURCES", [lambda *_: [line]])
    facts = home_data.read_home(services, inspection_id, DAY)
    readiness = next(g for g in home_groups(facts) if g.key == "readiness")
    assert readiness.entries == (line,)


def test_home_reads_a_fixed_number_of_statements(services: Services, inspection_id: int) -> None:
    """More meetings and surveys do not make Home's read longer (no query per row)."""
    from sqlalchemy import event

    from inspection_desktop.usecases.home.home_data import read_home

    def statements() -> int:
        seen: list[str] = []

        def count(*args: object) -> None:
            seen.append(str(args[2]))

        event.listen(services.database.engine, "before_cursor_execute", count)
        try:
            read_home(services, inspection_id, DAY)
        finally:
            event.remove(services.database.engine, "before_cursor_execute", count)
        return len(seen)

    from inspection_desktop.usecases.plan.inspections import make_plan_parts

    make_plan_parts(services, inspection_id)  # as opening the inspection does, once
    before = statements()
    for index in range(6):
        services.meetings.add_meeting(inspection_id, f"Extra meeting {index}", week=7)
        survey_edits.add_survey(services, inspection_id, SurveyFields(f"Extra {index}"))
    assert statements() == before


def test_home_reads_each_meeting_table_once(services: Services, inspection_id: int) -> None:
    """The training meeting's attendance (for file readers' readiness) comes from Home's one
    read of the meetings, not from reading that meeting again."""
    from inspection_desktop.usecases.home.home_data import read_home
    from inspection_desktop.usecases.plan.inspections import make_plan_parts
    from tests.sql_counting import counting

    make_plan_parts(services, inspection_id)
    with counting(services.database.engine) as work:
        read_home(services, inspection_id, DAY)
    for table in ("meeting", "agenda_item", "meeting_attendee", "meeting_action"):
        reads = [s for s in work.statements if f"FROM {table}\n" in s or f"FROM {table} " in s]
        assert len(reads) == 1, (table, len(reads))
