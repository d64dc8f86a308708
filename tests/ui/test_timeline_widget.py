"""Tests for the painted timeline: selecting by mouse and keyboard, activating, scrolling."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.plan.timeline import TimelineEntry, TimelineWeek
from inspection_desktop.ui.plan.timeline_view import TimelineView
from inspection_desktop.ui.plan.timeline_widget import TimelineWidget

MONDAY = date(2026, 12, 14)
TODAY = date(2027, 1, 27)


def sample_weeks() -> list[TimelineWeek]:
    """Eleven weeks from 14 December 2026, the two Christmas weeks not counted."""
    weeks, number, day = [], 1, MONDAY
    while number <= 11:
        if day in (date(2026, 12, 21), date(2026, 12, 28)):
            weeks.append(TimelineWeek(None, day, day + timedelta(days=6), "Christmas holidays"))
        else:
            weeks.append(TimelineWeek(number, day, day + timedelta(days=6)))
            number += 1
        day += timedelta(days=7)
    return weeks


def make_entry(
    item_id: int, starts_on: date, days: int = 1, kind: str = "task", status: str = "not_started"
) -> TimelineEntry:
    """A synthetic plan item."""
    return TimelineEntry(
        item_id,
        f"Synthetic item {item_id}",
        kind,
        1,
        starts_on,
        starts_on + timedelta(days=days - 1),
        status,
        item_id % 4 == 0,
        item_id % 5 == 0,
        "Test owner",
    )


def sample_entries() -> list[TimelineEntry]:
    """Items given out of date order; DATE_ORDER says the order they run in."""
    return [
        make_entry(1, date(2027, 1, 11), days=28, kind="ci_work", status="in_progress"),
        make_entry(2, date(2027, 1, 11), kind="meeting", status="done"),
        make_entry(3, MONDAY, kind="milestone", status="done"),
        make_entry(4, date(2027, 2, 1), kind="deadline"),
        make_entry(5, date(2027, 3, 10), status="not_applicable"),
    ]


# The offscreen platform warns whenever a shown window's layout has height-for-width (the
# legend wraps, as a word-wrapped QLabel would); a real display does not, so the view's tests
# let this one message through.
OFFSCREEN_SIZE_HINTS = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
# Likewise a tooltip window warns that the offscreen platform cannot raise it.
OFFSCREEN_RAISE = pytest.mark.qt_log_ignore("does not support raise")

# Starts first; on a tie, the shorter item first.
DATE_ORDER = [3, 2, 1, 4, 5]


@pytest.fixture
def timeline(qtbot: QtBot) -> TimelineWidget:
    """A shown timeline holding the sample data."""
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_data(sample_weeks(), sample_entries(), TODAY)
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_clicking_an_entry_selects_it(qtbot: QtBot, timeline: TimelineWidget) -> None:
    """A click on an item's mark emits item_selected with its id."""
    with qtbot.waitSignal(timeline.item_selected) as blocker:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=timeline.entry_rect(4).center())
    assert blocker.args == [4]
    assert timeline.selected_item() == 4


def test_clicking_empty_space_clears_the_selection(qtbot: QtBot, timeline: TimelineWidget) -> None:
    """A click where no item is drawn clears the selection and says so."""
    timeline.select_item(2)
    empty = QPoint(timeline.width() - 4, timeline.height() - 4)
    with qtbot.waitSignal(timeline.selection_cleared):
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=empty)
    assert timeline.selected_item() is None


def test_right_arrow_walks_the_items_in_date_order(qtbot: QtBot, timeline: TimelineWidget) -> None:
    """Pressing Right from nothing selected visits every item in date order."""
    visited = []
    for _ in DATE_ORDER:
        qtbot.keyClick(timeline, Qt.Key.Key_Right)
        visited.append(timeline.selected_item())
    assert visited == DATE_ORDER


def test_left_arrow_goes_back_and_home_end_jump(qtbot: QtBot, timeline: TimelineWidget) -> None:
    """Left goes to the item before; Home and End go to the first and last."""
    timeline.select_item(4)
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.selected_item() == 1
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    assert timeline.selected_item() == DATE_ORDER[-1]
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    assert timeline.selected_item() == DATE_ORDER[0]


def test_keyboard_selection_emits_item_selected(qtbot: QtBot, timeline: TimelineWidget) -> None:
    """Moving the selection by keyboard tells listeners, as a click does."""
    timeline.select_item(3)
    with qtbot.waitSignal(timeline.item_selected) as blocker:
        qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert blocker.args == [2]


def test_down_arrow_moves_to_the_lane_below(qtbot: QtBot, timeline: TimelineWidget) -> None:
    """Items 1 and 2 start the same day, so Down from the first lane's one reaches the other."""
    top = min((1, 2), key=lambda i: timeline.entry_rect(i).top())
    timeline.select_item(top)
    qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.selected_item() == ({1, 2} - {top}).pop()


def test_enter_activates_the_selected_item(qtbot: QtBot, timeline: TimelineWidget) -> None:
    """Enter on a selected item emits item_activated with its id."""
    timeline.select_item(4)
    with qtbot.waitSignal(timeline.item_activated) as blocker:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert blocker.args == [4]


def test_double_click_activates(qtbot: QtBot, timeline: TimelineWidget) -> None:
    """A double-click on an item emits item_activated with its id."""
    with qtbot.waitSignal(timeline.item_activated) as blocker:
        qtbot.mouseDClick(timeline, Qt.MouseButton.LeftButton, pos=timeline.entry_rect(5).center())
    assert blocker.args == [5]


def test_select_item_from_outside_emits_nothing(qtbot: QtBot, timeline: TimelineWidget) -> None:
    """Selecting from the checklist does not echo back as a user selection."""
    with qtbot.assertNotEmitted(timeline.item_selected):
        timeline.select_item(1)
    assert timeline.selected_item() == 1


def test_entries_in_overlapping_dates_do_not_overlap_on_screen(timeline: TimelineWidget) -> None:
    """The four-week survey and the meeting on its first day are drawn apart."""
    assert not timeline.entry_rect(1).intersects(timeline.entry_rect(2))


def test_new_data_without_the_selected_item_clears_it(timeline: TimelineWidget) -> None:
    """When the selected item is no longer in the data, nothing stays selected."""
    timeline.select_item(5)
    timeline.set_data(sample_weeks(), sample_entries()[:2], TODAY)
    assert timeline.selected_item() is None


def test_accessible_description_names_the_selected_item(timeline: TimelineWidget) -> None:
    """Screen readers hear the selected item's title and status."""
    timeline.select_item(2)
    assert "Selected: Synthetic item 2" in timeline.accessibleDescription()
    assert "Status: Done" in timeline.accessibleDescription()


def test_renders_in_a_dark_palette(qtbot: QtBot, timeline: TimelineWidget) -> None:
    """Painting with a dark palette (and a selection, and focus) draws on a dark background."""
    palette = timeline.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    timeline.setPalette(palette)
    timeline.select_item(1)
    timeline.setFocus()
    image = timeline.grab().toImage()
    assert image.pixelColor(timeline.width() - 3, timeline.height() - 3).lightnessF() < 0.3


@OFFSCREEN_SIZE_HINTS
def test_view_scrolls_a_selected_item_into_view(qtbot: QtBot) -> None:
    """In a small window, selecting the last item scrolls across to it."""
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_data(sample_weeks(), sample_entries(), TODAY)
    view.resize(420, 260)
    view.show()
    qtbot.waitExposed(view)
    view.select_item(5)
    visible = view.timeline.visibleRegion().boundingRect()
    assert visible.contains(view.entry_rect(5).center())


@OFFSCREEN_SIZE_HINTS
def test_view_passes_on_clicks(qtbot: QtBot) -> None:
    """A click on the view's timeline comes out of the view as item_selected."""
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_data(sample_weeks(), sample_entries(), TODAY)
    view.resize(1366, 500)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.item_selected) as blocker:
        qtbot.mouseClick(view.timeline, Qt.MouseButton.LeftButton, pos=view.entry_rect(3).center())
    assert blocker.args == [3]


def test_holiday_weeks_are_drawn_shaded(timeline: TimelineWidget) -> None:
    """Below the headings, a Christmas column is painted darker than a counted week."""
    scale = timeline.week_scale()
    holiday = next(c for c in scale.columns if not c.week.counted)
    counted = next(c for c in scale.columns if c.week.number == 11)
    image = timeline.grab().toImage()
    y = timeline.height() - 6
    shaded = image.pixelColor(int(holiday.x + 3), y).lightnessF()
    plain = image.pixelColor(int(counted.x + counted.width / 2), y).lightnessF()
    assert shaded < plain


@OFFSCREEN_SIZE_HINTS
def test_headings_stay_in_sight_and_cover_entries_beneath(qtbot: QtBot) -> None:
    """Scrolled down, a click on the headings selects nothing hidden beneath them."""
    view = TimelineView()
    qtbot.addWidget(view)
    entries = [make_entry(i, date(2027, 1, 11)) for i in range(1, 16)]
    view.set_data(sample_weeks(), entries, TODAY)
    view.resize(700, 260)
    view.show()
    qtbot.waitExposed(view)
    view.select_item(15)
    top = view.timeline.visibleRegion().boundingRect().top()
    assert top > 0
    hidden = next(i for i in range(1, 16) if view.entry_rect(i).top() > top)
    point = QPoint(view.entry_rect(hidden).center().x(), top + 5)
    with qtbot.assertNotEmitted(view.item_selected):
        qtbot.mouseClick(view.timeline, Qt.MouseButton.LeftButton, pos=point)


@OFFSCREEN_RAISE
def test_tooltip_describes_the_entry_in_words(qtbot: QtBot, timeline: TimelineWidget) -> None:
    """Hovering over an item shows its title, owner and status in words."""
    centre = timeline.entry_rect(2).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, timeline.mapToGlobal(centre))
    QApplication.sendEvent(timeline, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Synthetic item 2" in QToolTip.text()
    assert "Owner: Test owner" in QToolTip.text()
    assert "Status: Done" in QToolTip.text()
    QToolTip.hideText()


def test_an_empty_timeline_paints(qtbot: QtBot) -> None:
    """With no weeks and no items the widget still shows and paints."""
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_data([], [], None)
    widget.show()
    qtbot.waitExposed(widget)
    assert not widget.grab().isNull()
    assert widget.selected_item() is None


def test_bank_holidays_in_counted_weeks_are_marked_on_the_timeline() -> None:
    """Christmas Day and Boxing Day (observed) in a plan with no holidays recorded are drawn."""
    import datetime as dt

    from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
    from inspection_desktop.domain.plan.timeline import build_scale
    from inspection_desktop.domain.plan.timeline_rows import timeline_weeks
    from inspection_desktop.ui.plan.timeline_backdrop import bank_holidays_shown

    calendar = InspectionCalendar(dt.date(2026, 11, 30), [], 11)
    scale = build_scale(timeline_weeks(calendar, []), week_width=100, holiday_width=40)
    shown = bank_holidays_shown(scale)
    assert dt.date(2026, 12, 25) in shown and dt.date(2026, 12, 28) in shown
