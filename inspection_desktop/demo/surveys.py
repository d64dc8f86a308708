"""The demo inspection's surveys: targets, closing dates and response counts, all made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from inspection_desktop.domain.surveys.surveys import ResponseCount
from inspection_desktop.usecases.services import Services

# Made-up sizes of each survey's target population, by the plan's survey key.
DEMO_TARGETS = {"staff": 1400, "children": 320, "parents": 450}
DEMO_LINK = "https://www.surveymonkey.co.uk/r/example-{key}"
# The staff survey's responses arrive quickly at first, then tail off.
STAFF_DAILY = (38, 31, 26, 22, 18, 15, 12, 10, 9, 8, 7, 6, 5, 5)


def add_demo_surveys(services: Services, inspection_id: int, today: dt.date) -> None:
    """Give the plan's surveys targets and links, the week-6 ones a closing date, and the
    staff survey the counts it would have had so far."""
    surveys = services.surveys
    surveys.ensure_plan_surveys(inspection_id)
    for survey in surveys.surveys(inspection_id):
        key = survey.plan_key or ""
        fields = dataclasses.replace(
            survey.fields,
            target=DEMO_TARGETS.get(key),
            link=DEMO_LINK.format(key=key),
        )
        if survey.closes_on is None and survey.opens_on is not None:
            # The guide gives no closing date for these: the demo's co-ordinator agreed to close
            # them on the third Friday, before the Christmas holidays.
            fields = dataclasses.replace(
                fields, closes_on=survey.opens_on + dt.timedelta(weeks=2, days=4)
            )
        surveys.update_survey(survey.id, fields)
        if survey.opens_on is None or survey.opens_on > today:
            continue
        counts, total, day = [], 0, survey.opens_on
        daily = STAFF_DAILY if key == "staff" else STAFF_DAILY[::2]
        for index, arrived in enumerate(daily):
            day = survey.opens_on + dt.timedelta(days=index * 2 + 1)
            if day > today:
                break
            total += arrived * (2 if key == "staff" else 1)
            counts.append(ResponseCount(day, total))
        surveys.replace_counts(survey.id, counts)
