"""The Home and Surveys tabs in the real window over the demo inspection, in week 7."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspection_desktop.app import main
from inspection_desktop.composition import add_features_to_window, open_services
from inspection_desktop.domain import clock
from inspection_desktop.domain.home.home_facts import HomeEntry, Target
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.ui.home.home_section import HomeSection
from inspection_desktop.ui.home.surveys_section import SurveysSection
from inspection_desktop.ui.plan.plan_section import PlanSection
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services
from tests.ui.sections import section_of, shown_section

DAY = dt.date(2026, 12, 9)


@pytest.fixture
def demo_services(demo_db_path: Path) -> Iterator[Services]:
    """Services over a copy of the demo database, with the clock in week 7."""
    clock.set_today(DAY)
    services = open_services(demo_db_path)
    yield services
    services.close()


@pytest.fixture
def window(qtbot: QtBot, demo_services: Services) -> MainWindow:
    """The whole window as the app builds it, shown at 1366 × 768."""
    main_window = MainWindow(demo_services, demo_services.inspections.current_inspection_id())
    qtbot.addWidget(main_window)
    add_features_to_window(main_window, demo_services)
    main_window.resize(1366, 740)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


def home_of(window: MainWindow) -> HomeSection:
    """The Home section."""
    home = section_of(window, HomeSection)
    assert isinstance(home, HomeSection)
    return home


def plan_of(window: MainWindow) -> PlanSection:
    """The Plan section."""
    plan = section_of(window, PlanSection)
    assert isinstance(plan, PlanSection)
    return plan


def surveys_of(window: MainWindow) -> SurveysSection:
    """The Surveys section."""
    surveys = section_of(window, SurveysSection)
    assert isinstance(surveys, SurveysSection)
    return surveys


def test_home_is_the_first_tab_and_opens_first(window: MainWindow) -> None:
    """The window opens on Home, which names the week."""
    tabs = window.ui.sectionTabs
    assert tabs.widget(0) is home_of(window)
    assert tabs.currentIndex() == 0
    assert home_of(window).ui.whereLabel.text() == "Week 7 of 11 · w/c 7 December 2026"


def test_home_lists_every_kind_of_entry(window: MainWindow) -> None:
    """Plan items, meetings, roles, surveys and weeks are all on the demo's Home."""
    kinds = {entry.target for entry in home_of(window).entries()}
    assert kinds == set(Target)


def activate(qtbot: QtBot, home: HomeSection, entry: HomeEntry) -> None:
    """Go back to Home, select the entry and press Enter on it."""
    window = home.window()
    assert isinstance(window, MainWindow)
    window.show_section(home)
    assert home.select_entry(entry)
    qtbot.keyClick(home.ui.homeView, Qt.Key.Key_Return)


def test_every_entry_opens_the_thing_it_names(qtbot: QtBot, window: MainWindow) -> None:
    """Enter on each entry brings its item, meeting, role, survey or week to the front."""
    home, plan = home_of(window), plan_of(window)
    checked = 0
    for entry in home.entries():
        activate(qtbot, home, entry)
        current = shown_section(window)
        if entry.target is Target.PLAN_ITEM:
            assert current is plan
            assert plan.selected_item_id() == entry.target_id
        elif entry.target is Target.WEEK:
            row = plan.plan_row(plan.selected_item_id())
            assert current is plan
            if entry.when != "Nothing planned":
                assert row is not None and row.week == entry.target_id
        elif entry.target is Target.MEETING:
            assert current.current_meeting_id == entry.target_id  # type: ignore[union-attr]
        elif entry.target is Target.MEETING_ACTION:
            assert current.current_meeting_id == entry.parent_id  # type: ignore[union-attr]
            assert current.minutes._current_action() == entry.target_id  # type: ignore[union-attr]
            assert current.minutes.ui.actionsView.isVisible()  # type: ignore[union-attr]
        elif entry.target is Target.ROLE:
            assert current._selected_role_key() == entry.role_key  # type: ignore[union-attr]
        elif entry.target is Target.FILE_READER:
            reader = current.readers.selected_reader()  # type: ignore[union-attr]
            assert reader is not None and reader.contact_id == entry.target_id
        else:
            assert current is surveys_of(window)
            assert surveys_of(window).selected_survey_id() == entry.target_id
        checked += 1
    assert checked == len(home.entries()) > 20


def test_an_overdue_item_opens_even_when_the_checklist_hides_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A filter that hides the item is cleared so the item can be shown."""
    home, plan = home_of(window), plan_of(window)
    plan.ui.filterEdit.setText("nothing matches this")
    entry = next(e for e in home.entries() if e.target is Target.PLAN_ITEM)
    activate(qtbot, home, entry)
    assert plan.selected_item_id() == entry.target_id


def staff_entry(home: HomeSection) -> HomeEntry:
    """The staff survey's line under "Surveys open now"."""
    return next(e for e in home.facts.surveys_open if e.title == "Staff survey")  # type: ignore[union-attr]


def test_recording_a_count_updates_the_chart_and_home(qtbot: QtBot, window: MainWindow) -> None:
    """A count entered on the Surveys tab shows in its figures, its chart and on Home."""
    surveys, home = surveys_of(window), home_of(window)
    window.show_section(surveys)
    surveys.select_survey(next(s.id for s in surveys._surveys if s.name == "Staff survey"))
    before = surveys.chart_svg()
    surveys.ui.countDateEdit.setDate(DAY)
    surveys.ui.countSpin.setValue(612)
    qtbot.mouseClick(surveys.ui.recordButton, Qt.MouseButton.LeftButton)
    figures = surveys.figures_model
    last = figures.row_at(figures.rowCount() - 1)
    assert (last.counted_on, last.responses, last.rate) == (DAY, 612, "44%")
    assert surveys.chart_svg() != before
    window.show_section(home)
    assert staff_entry(home).detail == "612 of 1,400 (44%) · 10 days left"


def test_undo_takes_the_count_back_everywhere(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Z after recording a count puts the figures and Home back as they were."""
    surveys, home = surveys_of(window), home_of(window)
    window.show_section(surveys)
    surveys.select_survey(next(s.id for s in surveys._surveys if s.name == "Staff survey"))
    surveys.record_count(612, DAY)
    window.undo_stack.undo()
    assert surveys.figures_model.row_at(surveys.figures_model.rowCount() - 1).responses == 300
    window.show_section(home)
    assert staff_entry(home).detail == "300 of 1,400 (21%) · 10 days left"


def test_pasted_counts_reach_the_figures(qtbot: QtBot, window: MainWindow) -> None:
    """Counts pasted from an export become rows of the figures table."""
    surveys = surveys_of(window)
    window.show_section(surveys)
    surveys.select_survey(next(s.id for s in surveys._surveys if s.name == "Staff survey"))
    surveys.paste_counts("Date,Total\n01/12/2026,340\n03/12/2026,371\n")
    rows = [
        surveys.figures_model.row_at(r).responses for r in range(surveys.figures_model.rowCount())
    ]
    assert rows[-2:] == [340, 371]


def test_home_follows_a_plan_item_marked_done(qtbot: QtBot, window: MainWindow) -> None:
    """Ticking an overdue item done takes it off Home's overdue list."""
    home = home_of(window)
    entry = next(e for e in home.facts.overdue if e.target is Target.PLAN_ITEM)  # type: ignore[union-attr]
    assert entry.target_id is not None
    plan_of(window).set_item_status(entry.target_id, ItemStatus.DONE)
    window.show_section(home)
    assert entry.title not in {e.title for e in home.facts.overdue}  # type: ignore[union-attr]


def test_status_json_agrees_with_the_screen(
    window: MainWindow, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line's JSON lists what Home lists, group by group."""
    code = main(["--db", str(demo_db_path), "status", "--format", "json", "--today", "2026-12-09"])
    assert code == 0
    record = json.loads(capsys.readouterr().out)
    screen = {g.key: [e.title for e in g.entries] for g in home_of(window).model.groups()}
    assert [e["title"] for e in record["overdue"]] == screen["overdue"]
    assert [e["title"] for e in record["due_this_week"]] == screen["this_week"]
    assert [e["title"] for e in record["due_next_week"]] == screen["next_week"]
    assert [g["role"] for g in record["role_gaps"]] == screen["roles"]
    assert [m["title"] for m in record["next_meetings"]] == screen["meetings"]
    open_now = [s["name"] for s in record["surveys"] if s["state"] == "open"]
    assert open_now == screen["surveys"]
    assert record["current_week"] == 7


def test_the_model_counts_each_heading(window: MainWindow) -> None:
    """Headings say how many entries they hold, so a collapsed one still tells."""
    model = home_of(window).model
    index = model.group_index("overdue")
    assert model.data(index) == f"Overdue ({model.rowCount(index)})"


def test_the_window_fits_a_council_laptop(window: MainWindow) -> None:
    """With Home and Surveys added the window still fits 1366 × 768."""
    for index in range(window.ui.sectionTabs.count()):
        window.ui.sectionTabs.setCurrentIndex(index)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 740


def test_the_report_is_written_from_home(window: MainWindow, tmp_path: Path) -> None:
    """Home writes the status report where the co-ordinator chooses."""
    target = tmp_path / "status.pdf"
    home_of(window).write_report(target, DAY)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_hidden_home_is_read_once_when_shown(qtbot: QtBot, window: MainWindow) -> None:
    """Counts recorded on the Surveys tab reset Home's model once, when Home is shown again."""
    surveys, home = surveys_of(window), home_of(window)
    window.show_section(surveys)
    surveys.select_survey(next(s.id for s in surveys._surveys if s.name == "Staff survey"))
    resets: list[int] = []
    home.model.modelReset.connect(lambda: resets.append(1))
    surveys.record_count(400, DAY)
    surveys.record_count(420, DAY)
    assert resets == []
    window.show_section(home)
    assert resets == [1]


def test_view_menu_goes_to_home_and_surveys(qtbot: QtBot, window: MainWindow) -> None:
    """Alt+Home and Ctrl+Shift+Y bring Home and Surveys to the front."""
    actions = {a.text(): a for a in window.ui.menuView.actions()}
    actions["Go to surve&ys"].trigger()
    assert shown_section(window) is surveys_of(window)
    actions["Go to &home"].trigger()
    assert shown_section(window) is home_of(window)
    assert actions["Go to &home"].shortcut().toString() == "Alt+Home"


def test_a_closing_date_can_be_set_for_the_week_six_surveys(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    """The children's survey has no plan closing date; one typed in is saved and undoable."""
    surveys = surveys_of(window)
    window.show_section(surveys)
    survey_id = next(s.id for s in surveys._surveys if s.plan_key == "children")
    surveys.select_survey(survey_id)
    assert surveys.ui.closesPlanCheck.isHidden()
    surveys.ui.closesEdit.setDate(dt.date(2026, 12, 23))
    qtbot.mouseClick(surveys.ui.saveButton, Qt.MouseButton.LeftButton)
    assert demo_services.surveys.survey(survey_id).closes_on == dt.date(2026, 12, 23)
    window.undo_stack.undo()
    assert demo_services.surveys.survey(survey_id).closes_on == dt.date(2026, 12, 18)


def test_a_closing_date_before_the_opening_is_explained(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving impossible dates shows a message and saves nothing."""
    from inspection_desktop.ui.common import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: shown.append(text))
    surveys = surveys_of(window)
    window.show_section(surveys)
    surveys.select_survey(next(s.id for s in surveys._surveys if s.plan_key == "children"))
    surveys.ui.closesEdit.setDate(dt.date(2026, 11, 1))
    qtbot.mouseClick(surveys.ui.saveButton, Qt.MouseButton.LeftButton)
    assert shown and "before it opens" in shown[0]
