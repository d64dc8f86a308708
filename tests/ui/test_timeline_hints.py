"""Tests for the timeline backdrop's tooltips and the legend."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.plan.timeline import TimelineWeek, build_scale
from inspection_desktop.domain.plan.timeline_text import KIND_NAMES
from inspection_desktop.ui.plan.timeline_backdrop import Backdrop, holiday_runs
from inspection_desktop.ui.plan.timeline_hints import backdrop_tooltip
from inspection_desktop.ui.plan.timeline_legend import TimelineLegend, legend_items

MONDAY = date(2026, 12, 14)


def backdrop(today: date | None = None) -> Backdrop:
    """Week 1, two Christmas weeks, week 2; 100 px weeks and 40 px holidays."""
    weeks = [
        TimelineWeek(1, MONDAY, MONDAY + timedelta(days=6)),
        *(
            TimelineWeek(
                None, MONDAY + timedelta(days=d), MONDAY + timedelta(days=d + 6), "Christmas"
            )
            for d in (7, 14)
        ),
        TimelineWeek(2, MONDAY + timedelta(days=21), MONDAY + timedelta(days=27)),
    ]
    scale = build_scale(weeks, week_width=100, holiday_width=40)
    return Backdrop(scale, header_height=30, body_top=50, height=300, today=today)


def test_holiday_tooltip_says_the_week_is_not_counted() -> None:
    """Pointing at a Christmas column explains it is not counted, with its dates."""
    text = backdrop_tooltip(backdrop(), QPointF(120, 200))
    assert (
        text == "Christmas: not counted as an inspection week\n21 December 2026 to 27 December 2026"
    )


def test_heading_tooltip_gives_the_week_in_full() -> None:
    """Pointing at a week's heading gives its number and full dates."""
    assert backdrop_tooltip(backdrop(), QPointF(50, 10)) == (
        "Week 1\n14 December 2026 to 20 December 2026"
    )


def test_today_line_has_a_tooltip() -> None:
    """Pointing at the "Today" line says today's date."""
    day = MONDAY + timedelta(days=2)
    x = backdrop(day).scale.today_x(day)
    assert x is not None
    assert backdrop_tooltip(backdrop(day), QPointF(x + 1, 200)) == "Today: 16 December 2026"


def test_adjacent_holiday_weeks_share_one_label() -> None:
    """Two Christmas weeks side by side make one run, labelled once."""
    assert holiday_runs(backdrop().scale) == [(100.0, 80.0, "Christmas")]


def test_legend_names_every_kind() -> None:
    """The key has an entry for each kind of plan item."""
    texts = {item.text for item in legend_items()}
    assert set(KIND_NAMES.values()) <= texts


def test_legend_wraps_taller_when_narrow(qtbot: QtBot) -> None:
    """A narrow key needs more height than a wide one."""
    legend = TimelineLegend()
    qtbot.addWidget(legend)
    assert legend.heightForWidth(300) > legend.heightForWidth(2000)
