"""Tables for surveys and their response counts. Change only with a migration."""

# No ``from __future__ import annotations`` here: pydantic would read every annotation back
# from its text, which costs some 7 % of declaring the tables at start-up.

import datetime as dt

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class SurveyRecord(SQLModel, table=True):
    """A survey of one inspection: one of the plan's, or one the co-ordinator added."""

    __tablename__ = "survey"

    id: int | None = Field(default=None, primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    # The key in resources/surveys.toml for the plan's surveys; None for the co-ordinator's own.
    plan_key: str | None = None
    # The checklist item the survey opens with; its dates follow that item's.
    plan_item_id: int | None = Field(
        default=None, foreign_key="plan_item.id", index=True, ondelete="SET NULL"
    )
    name: str
    link: str = ""
    distribution: str = ""
    audience: str = ""
    target: int | None = None
    # Set by the co-ordinator; None follows the plan.
    opens_on: dt.date | None = None
    closes_on: dt.date | None = None
    position: int = 0


class SurveyCountRecord(SQLModel, table=True):
    """The total responses a survey had on one day."""

    __tablename__ = "survey_count"
    __table_args__ = (UniqueConstraint("survey_id", "counted_on", name="uq_survey_count_day"),)

    id: int | None = Field(default=None, primary_key=True)
    survey_id: int = Field(foreign_key="survey.id", index=True, ondelete="CASCADE")
    counted_on: dt.date
    responses: int
