"""Surveys: dates from the plan, open or closed, response rates, and pasted counts."""

from __future__ import annotations

import datetime as dt

import pytest

from inspection_desktop.domain.surveys.pasted_counts import read_pasted_counts
from inspection_desktop.domain.surveys.surveys import (
    ResponseCount,
    SurveyFields,
    SurveyState,
    make_survey,
    merge_counts,
)
from inspection_desktop.errors import UserFacingError

OPENS = dt.date(2027, 2, 8)


def survey(**changes: object):  # type: ignore[no-untyped-def]
    """A survey of the co-ordinator's own, open for three weeks, target 200."""
    fields = SurveyFields(
        "Young carers' survey", target=200, opens_on=OPENS, closes_on=OPENS + dt.timedelta(20)
    )
    for key, value in changes.items():
        fields = SurveyFields(**{**fields.__dict__, key: value})
    counts = [
        ResponseCount(OPENS + dt.timedelta(2), 30),
        ResponseCount(OPENS + dt.timedelta(5), 50),
    ]
    return make_survey(
        survey_id=1,
        inspection_id=1,
        plan_key=None,
        plan_item_id=None,
        fields=fields,
        plan_row=None,
        counts=counts,
    )


def test_a_survey_is_open_between_its_dates() -> None:
    """Not yet open the day before, open on the day, closed the day after it closes."""
    s = survey()
    assert s.state(OPENS - dt.timedelta(1)) is SurveyState.NOT_YET_OPEN
    assert s.state(OPENS) is SurveyState.OPEN
    assert s.state(OPENS + dt.timedelta(21)) is SurveyState.CLOSED


def test_days_left_count_the_closing_day() -> None:
    """On its last day a survey has one day left."""
    assert survey().days_left(OPENS + dt.timedelta(20)) == 1


def test_the_rate_is_responses_over_the_target_population() -> None:
    """50 responses of 200 is a quarter."""
    s = survey()
    assert s.response_rate == 0.25
    assert s.summary(OPENS + dt.timedelta(6)) == "50 of 200 (25%) · 15 days left"


def test_responses_on_a_day_are_the_last_count_by_then() -> None:
    """Between two counts the earlier one holds."""
    assert survey().responses_on(OPENS + dt.timedelta(3)) == 30


def test_a_closing_date_before_the_opening_is_refused() -> None:
    """The fields are checked before they are saved."""
    with pytest.raises(UserFacingError, match="closes"):
        SurveyFields("S", opens_on=OPENS, closes_on=OPENS - dt.timedelta(1)).checked()


def test_a_new_count_replaces_the_same_day() -> None:
    """Recording a day twice keeps the later figure."""
    counts = merge_counts([ResponseCount(OPENS, 10)], [ResponseCount(OPENS, 12)])
    assert counts == (ResponseCount(OPENS, 12),)


def test_pasted_totals_are_read_by_date() -> None:
    """Lines of a date and a total become counts; the heading line is skipped."""
    pasted = read_pasted_counts("Date,Responses\n08/02/2027,45\n2027-02-10\t1,204\n")
    assert pasted.counts == (
        ResponseCount(dt.date(2027, 2, 8), 45),
        ResponseCount(dt.date(2027, 2, 10), 1204),
    )
    assert pasted.skipped_lines == 1


def test_pasted_response_dates_add_up_day_by_day() -> None:
    """One submission time per line becomes running totals per day."""
    text = "Date submitted\n08/02/2027 09:14:02\n08/02/2027 17:40\n9 February 2027 10:02 AM\n"
    pasted = read_pasted_counts(text)
    assert pasted.one_per_line
    assert pasted.counts == (
        ResponseCount(dt.date(2027, 2, 8), 2),
        ResponseCount(dt.date(2027, 2, 9), 3),
    )


def test_mixed_pasted_lines_are_refused() -> None:
    """Lines with totals and lines without cannot be told apart, so nothing is read."""
    with pytest.raises(UserFacingError, match="either"):
        read_pasted_counts("08/02/2027,45\n09/02/2027\n")


def test_an_impossible_pasted_date_is_named() -> None:
    """31 February is refused with the text that was wrong."""
    with pytest.raises(UserFacingError, match="31/02/2027"):
        read_pasted_counts("31/02/2027,4")
