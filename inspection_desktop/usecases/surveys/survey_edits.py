"""Survey operations, each one unit of work returning a Change that can be undone."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from inspection_desktop.domain import clock
from inspection_desktop.domain.surveys.pasted_counts import read_pasted_counts
from inspection_desktop.domain.surveys.surveys import (
    ResponseCount,
    Survey,
    SurveyFields,
    merge_counts,
)
from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.changes import SURVEYS, Change

if TYPE_CHECKING:
    from inspection_desktop.storage.surveys.survey_service import DeletedSurvey
    from inspection_desktop.usecases.services import Services


def _change(description: str) -> Change:
    return Change(description, frozenset({SURVEYS}))


def list_surveys(services: Services, inspection_id: int) -> list[Survey]:
    """The inspection's surveys, the plan's three made first if they are missing."""
    if not services.database.read_only:
        services.surveys.ensure_plan_surveys(inspection_id)
    return services.surveys.surveys(inspection_id)


def find_survey(services: Services, inspection_id: int, name: str) -> Survey:
    """A survey by its name (any case), its plan key ("staff") or the start of its name."""
    surveys = list_surveys(services, inspection_id)
    wanted = " ".join(name.split()).casefold()
    exact = [s for s in surveys if wanted in (s.name.casefold(), (s.plan_key or "").casefold())]
    if len(exact) == 1:
        return exact[0]
    starting = [s for s in surveys if s.name.casefold().startswith(wanted)] if wanted else []
    if len(starting) == 1:
        return starting[0]
    names = "; ".join(s.name for s in surveys)
    if starting or len(exact) > 1:
        raise UserFacingError(f"“{name}” matches more than one survey: {names}.")
    raise UserFacingError(f"There is no survey called “{name}”; the surveys are: {names}.")


def add_survey(services: Services, inspection_id: int, fields: SurveyFields) -> Change:
    """Add a survey of the co-ordinator's own."""
    survey_id = services.surveys.add_survey(inspection_id, fields)
    return _deleting(services, survey_id, f"add survey “{fields.checked().name}”")


def _deleting(services: Services, survey_id: int, description: str) -> Change:
    def undo() -> Change:
        deleted = services.surveys.delete_survey(survey_id)
        return _restoring(services, deleted, description)

    return _change(description).with_undo(undo)


def _restoring(services: Services, deleted: DeletedSurvey, description: str) -> Change:
    def undo() -> Change:
        survey_id = services.surveys.restore_survey(deleted)
        return _deleting(services, survey_id, description)

    return _change(description).with_undo(undo)


def delete_survey(services: Services, survey_id: int) -> Change:
    """Delete a survey the co-ordinator added, with its counts."""
    deleted = services.surveys.delete_survey(survey_id)
    return _restoring(services, deleted, f"delete survey “{deleted.fields.name}”")


def update_survey(services: Services, survey_id: int, fields: SurveyFields) -> Change:
    """Change a survey's link, distribution, audience, target or dates."""
    before = services.surveys.update_survey(survey_id, fields)
    return _updated(services, survey_id, before, f"edit survey “{fields.checked().name}”")


def _updated(services: Services, survey_id: int, before: SurveyFields, text: str) -> Change:
    def undo() -> Change:
        after = services.surveys.update_survey(survey_id, before)
        return _updated(services, survey_id, after, text)

    return _change(text).with_undo(undo)


def _counts_replaced(
    services: Services, survey_id: int, before: tuple[ResponseCount, ...], text: str
) -> Change:
    def undo() -> Change:
        after = services.surveys.replace_counts(survey_id, before)
        return _counts_replaced(services, survey_id, after, text)

    return _change(text).with_undo(undo)


def record_count(
    services: Services, survey_id: int, responses: int, on: dt.date | None = None
) -> Change:
    """Record the survey's total responses on a day (today by default)."""
    day = on or clock.today()
    if responses < 0:
        raise UserFacingError("A number of responses cannot be below nought.")
    survey = services.surveys.survey(survey_id)
    counts = merge_counts(survey.counts, [ResponseCount(day, responses)])
    before = services.surveys.replace_counts(survey_id, counts)
    when = f"{day.day} {day:%B %Y}"
    return _counts_replaced(
        services, survey_id, before, f"record {responses:,} responses to “{survey.name}” on {when}"
    )


def remove_count(services: Services, survey_id: int, on: dt.date) -> Change:
    """Take away the count recorded on a day."""
    survey = services.surveys.survey(survey_id)
    counts = tuple(count for count in survey.counts if count.counted_on != on)
    before = services.surveys.replace_counts(survey_id, counts)
    return _counts_replaced(
        services, survey_id, before, f"remove the count of {on.day} {on:%B %Y} from “{survey.name}”"
    )


def paste_counts(services: Services, survey_id: int, text: str) -> Change:
    """Add counts pasted from a survey tool's export or a spreadsheet (see ``pasted_counts``)."""
    pasted = read_pasted_counts(text)
    survey = services.surveys.survey(survey_id)
    counts = merge_counts(survey.counts, pasted.counts)
    before = services.surveys.replace_counts(survey_id, counts)
    many = len(pasted.counts)
    return _counts_replaced(
        services,
        survey_id,
        before,
        f"paste {many} count{'s' if many != 1 else ''} into “{survey.name}”",
    )
