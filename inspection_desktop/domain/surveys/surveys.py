"""A survey as the app sees it: who it is for, when it is open, and how many have responded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from inspection_desktop.domain.plan.inspection_calendar import monday_of
from inspection_desktop.domain.plan.items import PlanRow
from inspection_desktop.errors import UserFacingError

MAX_NAME_LENGTH = 200
MAX_RESPONSES = 10_000_000


class SurveyState(StrEnum):
    """Where a survey stands on a given day."""

    NOT_YET_OPEN = "not_yet_open"
    OPEN = "open"
    CLOSED = "closed"
    UNDATED = "undated"

    @property
    def label(self) -> str:
        """How the state reads on screen."""
        return {
            SurveyState.NOT_YET_OPEN: "Not yet open",
            SurveyState.OPEN: "Open",
            SurveyState.CLOSED: "Closed",
            SurveyState.UNDATED: "No opening date",
        }[self]


@dataclass(frozen=True)
class ResponseCount:
    """How many responses the survey had in total on a day."""

    counted_on: dt.date
    responses: int


@dataclass(frozen=True)
class SurveyFields:
    """What the co-ordinator can set on a survey; ``None`` dates follow the plan."""

    name: str
    link: str = ""
    distribution: str = ""
    audience: str = ""
    target: int | None = None
    opens_on: dt.date | None = None
    closes_on: dt.date | None = None

    def checked(self) -> SurveyFields:
        """The fields tidied, or a plain message saying what is wrong."""
        name = " ".join(self.name.split())
        if not name:
            raise UserFacingError("Give the survey a name.")
        if len(name) > MAX_NAME_LENGTH:
            raise UserFacingError(f"A survey's name can be at most {MAX_NAME_LENGTH} characters.")
        if self.target is not None and not 0 < self.target <= MAX_RESPONSES:
            raise UserFacingError("The target population must be a whole number above nought.")
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise UserFacingError(
                f"The survey closes ({self.closes_on.isoformat()}) before it opens "
                f"({self.opens_on.isoformat()})."
            )
        return SurveyFields(
            name,
            self.link.strip(),
            self.distribution.strip(),
            self.audience.strip(),
            self.target,
            self.opens_on,
            self.closes_on,
        )


@dataclass(frozen=True)
class Survey:
    """One survey of an inspection, its dates worked out and its counts in date order."""

    id: int
    inspection_id: int
    plan_key: str | None
    plan_item_id: int | None
    fields: SurveyFields
    opens_on: dt.date | None
    closes_on: dt.date | None
    opens_from_plan: bool
    closes_from_plan: bool
    counts: tuple[ResponseCount, ...] = ()
    plan_opens_on: dt.date | None = None
    plan_closes_on: dt.date | None = None
    """The dates the plan gives, whatever the co-ordinator has set."""

    @property
    def name(self) -> str:
        """The survey's name."""
        return self.fields.name

    @property
    def target(self) -> int | None:
        """How many people the survey is for (its target population)."""
        return self.fields.target

    @property
    def responses(self) -> int:
        """The latest count entered (nought before any)."""
        return self.counts[-1].responses if self.counts else 0

    def responses_on(self, day: dt.date) -> int:
        """The total as last counted on or before ``day``."""
        latest = 0
        for count in self.counts:
            if count.counted_on > day:
                break
            latest = count.responses
        return latest

    @property
    def response_rate(self) -> float | None:
        """Responses as a share of the target population, if it is known."""
        if not self.target:
            return None
        return self.responses / self.target

    def state(self, today: dt.date) -> SurveyState:
        """Not yet open, open, or closed on ``today``."""
        if self.opens_on is None:
            return SurveyState.UNDATED
        if today < self.opens_on:
            return SurveyState.NOT_YET_OPEN
        if self.closes_on is not None and today > self.closes_on:
            return SurveyState.CLOSED
        return SurveyState.OPEN

    def days_left(self, today: dt.date) -> int | None:
        """Days until it closes, counting the closing day; None when closed or undated."""
        if self.closes_on is None or self.state(today) is not SurveyState.OPEN:
            return None
        return (self.closes_on - today).days + 1

    def summary(self, today: dt.date) -> str:
        """Responses, rate and time left in a line: "212 of 1,400 (15%) · 9 days left"."""
        parts = [responses_text(self.responses, self.target)]
        state = self.state(today)
        left = self.days_left(today)
        if left is not None:
            parts.append(f"{left} day{'s' if left != 1 else ''} left")
        elif state is SurveyState.OPEN:
            parts.append("closing date not set")
        elif state is SurveyState.NOT_YET_OPEN and self.opens_on is not None:
            parts.append(f"opens {self.opens_on.day} {self.opens_on:%B %Y}")
        else:
            parts.append(state.label.lower())
        return " · ".join(parts)


def responses_text(responses: int, target: int | None) -> str:
    """Responses against the target: "212 of 1,400 (15%)", or "212 responses"."""
    if target:
        return f"{responses:,} of {target:,} ({percent(responses / target)})"
    return f"{responses:,} response{'s' if responses != 1 else ''}"


def percent(rate: float) -> str:
    """A rate as a whole percentage: "15%"."""
    return f"{round(rate * 100)}%"


def plan_dates(row: PlanRow | None) -> tuple[dt.date | None, dt.date | None]:
    """The opening and closing dates a plan item gives a survey.

    It opens on the Monday of the item's week (the day it was moved to, if moved by hand); an
    item that lasts some weeks closes on its last Friday. Otherwise the plan gives no closing.
    """
    if row is None:
        return None, None
    opens = row.starts_on if row.moved else monday_of(row.starts_on)
    closes = row.ends_on if row.duration_weeks else None
    return opens, closes


def check_dates(fields: SurveyFields, plan_row: PlanRow | None) -> None:
    """Refuse a closing date before the opening, whether the opening is set or the plan's."""
    opens = fields.opens_on or plan_dates(plan_row)[0]
    if opens and fields.closes_on and fields.closes_on < opens:
        raise UserFacingError(
            f"The survey closes ({fields.closes_on.day} {fields.closes_on:%B %Y}) before it "
            f"opens ({opens.day} {opens:%B %Y})."
        )


def make_survey(
    *,
    survey_id: int,
    inspection_id: int,
    plan_key: str | None,
    plan_item_id: int | None,
    fields: SurveyFields,
    plan_row: PlanRow | None,
    counts: Iterable[ResponseCount] = (),
) -> Survey:
    """A survey with its dates taken from the plan where the co-ordinator has set none."""
    plan_opens, plan_closes = plan_dates(plan_row)
    opens = fields.opens_on or plan_opens
    closes = fields.closes_on or plan_closes
    return Survey(
        id=survey_id,
        inspection_id=inspection_id,
        plan_key=plan_key,
        plan_item_id=plan_item_id,
        fields=fields,
        opens_on=opens,
        closes_on=closes,
        opens_from_plan=fields.opens_on is None and plan_opens is not None,
        closes_from_plan=fields.closes_on is None and plan_closes is not None,
        counts=tuple(sorted(counts, key=lambda count: count.counted_on)),
        plan_opens_on=plan_opens,
        plan_closes_on=plan_closes,
    )


def merge_counts(
    existing: Sequence[ResponseCount], new: Iterable[ResponseCount]
) -> tuple[ResponseCount, ...]:
    """The counts with ``new`` ones added; a new count replaces one on the same day."""
    by_day = {count.counted_on: count for count in existing}
    for count in new:
        if count.responses < 0 or count.responses > MAX_RESPONSES:
            raise UserFacingError(f"{count.responses} is not a number of responses.")
        by_day[count.counted_on] = count
    return tuple(sorted(by_day.values(), key=lambda count: count.counted_on))


@dataclass(frozen=True)
class ChartFigure:
    """One row of the figures beside a survey's chart."""

    counted_on: dt.date
    responses: int
    rate: str


def chart_figures(survey: Survey) -> list[ChartFigure]:
    """The counts a survey's chart is drawn from, with the rate each gives."""
    target = survey.target
    return [
        ChartFigure(
            count.counted_on,
            count.responses,
            percent(count.responses / target) if target else "–",
        )
        for count in survey.counts
    ]
