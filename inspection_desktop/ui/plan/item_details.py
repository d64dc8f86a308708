"""The selected item's description, attendees and agenda as rich text for the detail panel."""

from __future__ import annotations

from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.plan.items import PlanRow
from inspection_desktop.domain.roles import RoleCatalogue


def when_text(row: PlanRow, week_dates: str) -> str:
    """When the item falls, in words."""
    if row.duration_weeks:
        span = f"from {long_date(row.starts_on)} to {long_date(row.ends_on)}"
        text = f"Week {row.week} ({week_dates}), open for {row.duration_weeks} weeks, {span}"
    else:
        text = f"Week {row.week} ({week_dates}), due {long_date(row.due)}"
    if row.from_meeting:
        text = f"Week {row.week}, due {long_date(row.due)} (the action's due date)"
    elif row.moved:
        text = f"Moved by hand to {long_date(row.due)} (plan: week {row.week})"
    return text


def details_html(row: PlanRow, roles: RoleCatalogue) -> str:
    """The description, attendees, agenda, notes from the guide and warnings, escaped."""
    import html  # here: its table of entities is no part of start-up

    parts = [f"<p>{html.escape(row.description)}</p>"]
    warning = row.bank_holiday_warning
    if warning:
        parts.append(f"<p><b>Warning:</b> {html.escape(warning)}</p>")
    if row.attendees:
        names = "".join(f"<li>{html.escape(roles.name_of(key))}</li>" for key in row.attendees)
        parts.append(f"<p><b>Who attends</b></p><ul>{names}</ul>")
    if row.agenda:
        items = "".join(f"<li>{html.escape(item)}</li>" for item in row.agenda)
        parts.append(f"<p><b>Agenda</b></p><ol>{items}</ol>")
    if row.guide_notes:
        parts.append(f"<p><i>{html.escape(row.guide_notes)}</i></p>")
    return "".join(parts)
