"""The survey store: the plan's three made once, dates moving with the plan, counts in sets."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from inspection_desktop.domain.surveys.surveys import ResponseCount, SurveyFields
from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.services import Services

NOTIFIED = dt.date(2027, 1, 4)


@pytest.fixture
def inspection_id(services: Services) -> int:
    """A fresh inspection notified on 4 January 2027, with no holidays."""
    return services.inspections.create_inspection("Testshire CPP", NOTIFIED).id


def test_the_plans_three_surveys_are_made_once(services: Services, inspection_id: int) -> None:
    """Asking twice makes the staff, children's and parents' surveys once."""
    assert services.surveys.ensure_plan_surveys(inspection_id) == 3
    assert services.surveys.ensure_plan_surveys(inspection_id) == 0
    names = [s.name for s in services.surveys.surveys(inspection_id)]
    assert names == [
        "Staff survey",
        "Children and young people's survey",
        "Parents' and carers' survey",
    ]


def test_staff_survey_opens_in_week_four_for_four_weeks(
    services: Services, inspection_id: int
) -> None:
    """Week 4 is w/c 25 January; it closes on the Friday of week 8, 26 February."""
    services.surveys.ensure_plan_surveys(inspection_id)
    staff = services.surveys.surveys(inspection_id)[0]
    assert (staff.opens_on, staff.closes_on) == (dt.date(2027, 1, 25), dt.date(2027, 2, 26))
    assert staff.opens_from_plan and staff.closes_from_plan


def test_childrens_survey_opens_in_week_six_with_no_closing_date(
    services: Services, inspection_id: int
) -> None:
    """The guide gives no closing date for the week-6 surveys, so none is invented."""
    services.surveys.ensure_plan_surveys(inspection_id)
    children = services.surveys.surveys(inspection_id)[1]
    assert (children.opens_on, children.closes_on) == (dt.date(2027, 2, 8), None)


def test_survey_dates_move_with_the_plan(services: Services, inspection_id: int) -> None:
    """A holiday week before week 4 moves the staff survey's opening a week later."""
    services.surveys.ensure_plan_surveys(inspection_id)
    services.inspections.add_holiday(
        inspection_id, dt.date(2027, 1, 18), dt.date(2027, 1, 22), "Break"
    )
    staff = services.surveys.surveys(inspection_id)[0]
    assert staff.opens_on == dt.date(2027, 2, 1)


def test_the_plans_surveys_cannot_be_deleted(services: Services, inspection_id: int) -> None:
    """Deleting a plan survey is refused with a plain message."""
    services.surveys.ensure_plan_surveys(inspection_id)
    staff = services.surveys.surveys(inspection_id)[0]
    with pytest.raises(UserFacingError, match="plan's surveys"):
        services.surveys.delete_survey(staff.id)


def test_surveys_and_counts_are_read_in_two_statements(
    services: Services, inspection_id: int
) -> None:
    """However many surveys and counts, reading them is one query each (plan rows given)."""
    services.surveys.ensure_plan_surveys(inspection_id)
    for index in range(5):
        survey_id = services.surveys.add_survey(inspection_id, SurveyFields(f"Survey {index}"))
        services.surveys.replace_counts(
            survey_id, [ResponseCount(NOTIFIED + dt.timedelta(day), day) for day in range(9)]
        )
    rows = services.inspections.plan_rows(inspection_id)
    statements: list[str] = []
    engine = services.database.engine

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        surveys = services.surveys.surveys(inspection_id, rows)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(surveys) == 8
    assert sum(1 for s in statements if s.lstrip().upper().startswith("SELECT")) == 2


def test_a_deleted_survey_comes_back_with_its_counts(
    services: Services, inspection_id: int
) -> None:
    """Restoring a deleted survey brings its details and its counts back."""
    survey_id = services.surveys.add_survey(inspection_id, SurveyFields("Pupils", target=90))
    services.surveys.replace_counts(survey_id, [ResponseCount(NOTIFIED, 7)])
    restored = services.surveys.restore_survey(services.surveys.delete_survey(survey_id))
    survey = services.surveys.survey(restored)
    assert (survey.name, survey.target, survey.responses) == ("Pupils", 90, 7)
