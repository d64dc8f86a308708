"""The window's figures at one inspection's size, each against bare Qt views over the same rows.

Run by ``run.py`` in a process of its own (so Qt and the window's memory are measured alone):
``python benchmarks/window_figures.py DATABASE RUNS``. Prints figure lines, then its peak memory.
"""

from __future__ import annotations

import os
import resource
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from figures import alternate, figure_line, median, seconds, value_line
from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, qInstallMessageHandler
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget, QTreeView

from inspection_desktop.composition import add_features_to_window, open_services
from inspection_desktop.domain import clock
from inspection_desktop.domain.plan.checklist_views import ChecklistView, attention_text
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.ui.common.built_when_shown import SectionBuiltWhenShown
from inspection_desktop.ui.plan.plan_section import PlanSection
from inspection_desktop.ui.shell.main_window import MainWindow

APP = QApplication.instance() or QApplication(sys.argv[:1])
# The offscreen platform says this on every window shown; nothing else is dropped.
qInstallMessageHandler(
    lambda _kind, _context, text: (
        None if "propagateSizeHints" in text else print(text, file=sys.stderr)
    )
)


def settle() -> None:
    """Let Qt lay out and paint everything it has been asked to."""
    for _ in range(2):
        APP.sendPostedEvents()
        APP.processEvents()


class BareViews:
    """The floor: plain Qt views over the same rows as the window, with nothing of ours."""

    def __init__(self, rows: list[list[str]], contacts: int, meetings: int) -> None:
        self.rows = rows
        self.window = QMainWindow()
        self.window.resize(1366, 768)
        self.tabs = QTabWidget()
        self.model = QStandardItemModel()
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree = QTreeView()
        self.tree.setUniformRowHeights(True)
        self.tree.setModel(self.proxy)
        self.tabs.addTab(self.tree, "Plan")
        self.people = self._table(contacts, 5)
        self.meetings = self._table(meetings, 4)
        self.tabs.addTab(self.people, "People")
        self.tabs.addTab(self.meetings, "Meetings")
        self.window.setCentralWidget(self.tabs)

    @staticmethod
    def _table(count: int, columns: int) -> QTableView:
        model = QStandardItemModel(count, columns)
        for row in range(count):
            for column in range(columns):
                model.setItem(row, column, QStandardItem(f"Cell {row}.{column}"))
        view = QTableView()
        view.setModel(model)
        return view

    def populate(self) -> None:
        """Fill the tree again from the rows, as a view switch refills the checklist."""
        self.model.clear()
        root = self.model.invisibleRootItem()
        for values in self.rows:
            items = [QStandardItem(value) for value in values]
            items[0].setCheckable(True)
            root.appendRow(items)

    def open(self) -> None:
        """Show the window with the rows in it."""
        self.populate()
        self.window.show()
        settle()


def main() -> int:
    """Print the window figures for the inspection in the database given."""
    db_path, runs = Path(sys.argv[1]), int(sys.argv[2])
    services = open_services(db_path)
    inspection_id = services.inspections.current_inspection_id()
    assert inspection_id is not None
    today = clock.today()
    plan_rows = services.inspections.plan_rows(inspection_id)
    rows = [
        [
            r.title,
            str(r.week),
            r.due.isoformat(),
            r.owner_name,
            r.status.label,
            attention_text(r, today),
        ]
        for r in plan_rows
    ]
    contacts = len(services.contacts.contacts(inspection_id))
    meetings = len(services.meetings.list_meetings(inspection_id))
    size = f"{len(plan_rows):,} items"
    bare = BareViews(rows, contacts, meetings)
    windows: list[MainWindow] = []

    def open_window() -> None:
        # As the app starts: the shell, its features, then the inspection.
        window = MainWindow(services)
        add_features_to_window(window, services)
        window.open_inspection(inspection_id)
        window.resize(1366, 768)
        window.show()
        settle()
        windows.append(window)

    def close_window() -> None:
        while windows:
            window = windows.pop()
            window.close()
            window.deleteLater()
        settle()
        # Outside an event loop Qt keeps deleteLater's deletions until asked: ask, so each
        # window opened here is gone before the next (the process's peak is one window's).
        APP.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def close_bare() -> None:
        bare.window.hide()
        settle()

    app_time, floor_time = alternate(
        open_window, bare.open, runs, after_app=close_window, after_floor=close_bare
    )
    print(figure_line(f"window open, {size}", app_time, floor_time, "bare QTreeView, same rows"))

    # The Plan tab is filled when first shown: that first look, in a window opened afresh.
    first_looks: list[float] = []
    bare_fills: list[float] = []
    for _ in range(runs):
        open_window()
        opened = windows[0]
        waiting = opened.findChild(PlanSection)
        assert isinstance(waiting, PlanSection)

        def first_look(window: MainWindow = opened, plan: PlanSection = waiting) -> None:
            window.show_section(plan)
            settle()

        first_looks.append(seconds(first_look))
        close_window()
        bare_fills.append(seconds(bare.open))
        close_bare()
    print(
        figure_line(
            f"Plan tab first shown, {size}",
            median(first_looks),
            median(bare_fills),
            "bare QTreeView, same rows",
        )
    )

    open_window()
    bare.open()
    window = windows[0]
    tabs = window.ui.sectionTabs
    # The window opens on Home; the plan's figures are taken with the Plan tab in front.
    plan = window.findChild(PlanSection)
    assert isinstance(plan, PlanSection)
    window.show_section(plan)
    settle()
    views = list(ChecklistView)
    turn = {"view": 0, "sort": 0, "filter": 0}

    def switch_view() -> None:
        turn["view"] += 1
        plan.set_view(views[turn["view"] % len(views)])
        settle()

    def refill_bare() -> None:
        bare.populate()
        settle()

    _line(f"view switch, {size}", switch_view, refill_bare, runs, "refilling the bare tree")
    plan.set_view(ChecklistView.BY_WEEK)
    settle()

    # The register is what a co-ordinator sorts (by a column's header; the checklist keeps plan
    # order). A different column each time, so every run really sorts.
    # Found by title: Home comes first, so the positions are not the bare window's.
    titles = {tabs.tabText(i).replace("&", "").split(" (")[0]: i for i in range(tabs.count())}
    people_tab = tabs.widget(titles["People"])
    assert isinstance(people_tab, SectionBuiltWhenShown)
    tabs.setCurrentWidget(people_tab)  # the register is made when its tab is first shown
    settle()
    register = people_tab.section.ui.contactsView
    bare_register = bare.people
    bare_register.setSortingEnabled(True)

    def sort(view: QTableView) -> Callable[[], None]:
        def run() -> None:
            turn["sort"] += 1
            view.sortByColumn(turn["sort"] % 4, Qt.SortOrder.AscendingOrder)
            settle()

        return run

    tabs.setCurrentWidget(people_tab)
    bare.tabs.setCurrentWidget(bare_register)
    settle()
    _line(
        f"sort the register by a column, {contacts:,} contacts",
        sort(register),
        sort(bare_register),
        runs,
        "sorting a bare table, same rows",
    )
    tabs.setCurrentWidget(plan)
    bare.tabs.setCurrentIndex(0)
    settle()

    words = ("chec", "check")

    def type_in_window() -> None:
        turn["filter"] += 1
        plan.ui.filterEdit.setText(words[turn["filter"] % 2])
        settle()

    def type_in_bare() -> None:
        bare.proxy.setFilterFixedString(words[turn["filter"] % 2])
        settle()

    _line(
        f"filter keystroke, {size}", type_in_window, type_in_bare, runs, "filtering the bare tree"
    )
    plan.ui.filterEdit.clear()
    settle()

    item = next(r.id for r in plan_rows if r.status is ItemStatus.NOT_STARTED)
    bare_item = bare.model.item(0, 0)

    def tick() -> None:
        plan.set_item_status(item, ItemStatus.DONE)
        settle()

    def undo() -> None:
        window.undo_stack.undo()
        settle()

    def tick_bare() -> None:
        checked = bare_item.checkState() == Qt.CheckState.Checked
        bare_item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        settle()

    tick_times, undo_times, floor_times = [], [], []
    for _ in range(runs):
        tick_times.append(seconds(tick))
        floor_times.append(seconds(tick_bare))
        undo_times.append(seconds(undo))
    floor = median(floor_times)
    print(
        figure_line(
            f"tick one item done, {size}",
            median(tick_times),
            floor,
            "ticking a box in the bare tree",
        )
    )
    print(
        figure_line(
            f"undo the tick, {size}", median(undo_times), floor, "ticking a box in the bare tree"
        )
    )

    plan_tab = plan
    for title, bare_tab in (("People", bare.people), ("Meetings", bare.meetings)):
        section = tabs.widget(titles[title])

        def to_section(target=section) -> None:  # type: ignore[no-untyped-def]
            tabs.setCurrentWidget(target)
            settle()

        def to_bare(target=bare_tab) -> None:  # type: ignore[no-untyped-def]
            bare.tabs.setCurrentWidget(target)
            settle()

        def back() -> None:
            tabs.setCurrentWidget(plan_tab)
            bare.tabs.setCurrentIndex(0)
            settle()

        app_time, floor_time = alternate(
            to_section, to_bare, runs, after_app=back, after_floor=back
        )
        print(
            figure_line(
                f"{title} tab switch, {size}",
                app_time,
                floor_time,
                "switching to a bare table, same rows",
            )
        )

    close_window()
    services.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(value_line(f"peak memory, this benchmark's process (app and floors), {size}", peak, "MB"))
    return 0


def _line(
    name: str, app: Callable[[], None], floor: Callable[[], None], runs: int, floor_name: str
) -> None:
    app_time, floor_time = alternate(app, floor, runs)
    print(figure_line(name, app_time, floor_time, floor_name))


def app_memory() -> int:
    """The app alone, no floor beside it: open the window, use it once over, print peak memory."""
    services = open_services(Path(sys.argv[1]))
    inspection_id = services.inspections.current_inspection_id()
    assert inspection_id is not None
    window = MainWindow(services)
    add_features_to_window(window, services)
    window.open_inspection(inspection_id)
    window.resize(1366, 768)
    window.show()
    settle()
    plan = window.findChild(PlanSection)
    assert isinstance(plan, PlanSection)
    window.show_section(plan)
    settle()
    for view in ChecklistView:
        plan.set_view(view)
        settle()
    plan.ui.filterEdit.setText("check")
    settle()
    plan.ui.filterEdit.clear()
    item = next(
        r.id for r in services.inspections.plan_rows(inspection_id) if not r.status.is_closed
    )
    plan.set_item_status(item, ItemStatus.DONE)
    window.undo_stack.undo()
    for index in range(window.ui.sectionTabs.count()):
        window.ui.sectionTabs.setCurrentIndex(index)
        settle()
    size = f"{services.inspections.count_items(inspection_id):,} items"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(value_line(f"peak memory, the window and its operations, {size}", peak, "MB"))
    return 0


if __name__ == "__main__":
    raise SystemExit(app_memory() if sys.argv[2:] == ["memory"] else main())
