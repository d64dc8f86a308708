"""The main window's shell: menus, the section tabs, the status bar, the undo stack and the
inspection on screen. Features add their sections and menu actions through its public API."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from inspection_desktop.demo.names import is_demo_area
from inspection_desktop.domain.dates import long_date
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common.undo_commands import ChangeCommand
from inspection_desktop.ui.forms.ui_main_window import Ui_MainWindow
from inspection_desktop.ui.shell.item_actions import ItemActions
from inspection_desktop.usecases.changes import PLAN, Change

# The message boxes and the inspection commands load after the first paint.
if TYPE_CHECKING:
    from inspection_desktop.storage.plan.inspection_service import InspectionService
    from inspection_desktop.ui.shell.inspection_menu import InspectionMenu
    from inspection_desktop.usecases.services import Services


class Menu(Enum):
    """The shell's menus, which features add their actions to."""

    FILE = "file"
    EDIT = "edit"
    VIEW = "view"
    INSPECTION = "inspection"
    HELP = "help"


@dataclass
class _HeldSection:
    widget: QWidget
    refresh: Callable[[], None] | None
    refresh_on: frozenset[str]
    update: Callable[[Change], None] | None
    about_to_close: Callable[[], None] | None
    open_when_shown: bool = False
    stale: bool = False
    waiting_inspection: int | None = None  # to be opened when the tab is first shown


class MainWindow(QMainWindow):
    """The co-ordinator's working window over one inspection at a time."""

    inspection_opened = Signal(int)
    changed = Signal(object)
    """A ``Change`` was announced: something in the open inspection changed."""

    def __init__(
        self,
        services: Services | None = None,
        inspection_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """The window, over ``services``; without them, an empty shell to show at once while
        the database opens (``attach_services`` then makes it work)."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._services: Services | None = None
        self._inspections: InspectionService | None = None
        self._inspection_menu: InspectionMenu | None = None
        self._inspection_id: int | None = None
        self._undo_stack = QUndoStack(self)
        self._sections: list[_HeldSection] = []
        self.item_actions = ItemActions()
        """Buttons features add to the selected plan item's details (see ``ItemAction``)."""
        self._menus = {
            Menu.FILE: self.ui.menuFile,
            Menu.EDIT: self.ui.menuEdit,
            Menu.VIEW: self.ui.menuView,
            Menu.INSPECTION: self.ui.menuInspection,
            Menu.HELP: self.ui.menuHelp,
        }
        self._set_up_widgets()
        self._connect_signals()
        if services is not None:
            self.attach_services(services)
        if inspection_id is not None:
            self.open_inspection(inspection_id)

    def attach_services(self, services: Services) -> None:
        """Work over these services (once): the inspection commands come alive."""
        if self._inspections is not None:
            return
        from PySide6.QtCore import Qt

        from inspection_desktop.ui.shell.inspection_menu import InspectionMenu

        self._services = services
        self._inspections = services.inspections
        self._inspection_menu = InspectionMenu(self, services)
        # Set here, not in the form: the first shortcut set, and the Qt namespace, take a
        # fifth of the way to the first paint to set up, and until now there was nothing to
        # do with them (the headings are empty and the commands need the database).
        for heading in (self.ui.inspectionHeading, self.ui.weekSummaryLabel):
            heading.setTextFormat(Qt.TextFormat.PlainText)
        ui = self.ui
        for action, keys in (
            (ui.actionNewInspection, QKeySequence("Ctrl+N")),
            (ui.actionSwitchInspection, QKeySequence("Ctrl+O")),
            (ui.actionQuit, QKeySequence("Ctrl+Q")),
            (self.undo_action, QKeySequence(QKeySequence.StandardKey.Undo)),
            (self.redo_action, QKeySequence(QKeySequence.StandardKey.Redo)),
        ):
            action.setShortcut(keys)

    def _set_up_widgets(self) -> None:
        heading_font = self.ui.inspectionHeading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.ui.inspectionHeading.setFont(heading_font)
        undo = self._undo_stack.createUndoAction(self, "&Undo")
        redo = self._undo_stack.createRedoAction(self, "&Redo")
        self.ui.menuEdit.addAction(undo)
        self.ui.menuEdit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        self.ui.demoBanner.hide()
        # A menu shows once a feature has put something in it.
        for menu in (self.ui.menuView, self.ui.menuInspection):
            menu.menuAction().setVisible(False)

    def _connect_signals(self) -> None:
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.startOwnButton.clicked.connect(self.ui.actionNewInspection.trigger)
        self.ui.sectionTabs.currentChanged.connect(self._on_section_tabs_current_changed)

    # For sections ------------------------------------------------------------------------

    @property
    def inspection_id(self) -> int | None:
        """The inspection on screen."""
        return self._inspection_id

    @property
    def undo_stack(self) -> QUndoStack:
        """The window's one stack of undoable edits."""
        return self._undo_stack

    def add_section(
        self,
        title: str,
        section: QWidget,
        *,
        refresh: Callable[[], None] | None = None,
        refresh_on: Iterable[str] = (),
        update: Callable[[Change], None] | None = None,
        about_to_close: Callable[[], None] | None = None,
        open_when_shown: bool = False,
    ) -> None:
        """Add a tab (plan, people, meetings, …), in the order features are listed.

        ``refresh`` runs when a change touching any of the kinds in ``refresh_on`` is announced:
        at once if the tab is in front, otherwise once it is next shown. ``update``, if given,
        runs instead of ``refresh`` while the tab is in front, with the change, so the section
        can redraw only what it names (a hidden section still refreshes whole when shown, since
        it may have missed several changes). ``about_to_close`` runs
        before the window closes (to offer to save typed text). A section with a
        ``set_inspection(inspection_id: int)`` method is told whenever another inspection
        opens; one with a ``plan_changed`` signal announces a change to the plan when it fires.
        With ``open_when_shown``, a hidden tab is told of the inspection only once it is shown,
        so that opening a large inspection does not wait on tabs nobody has looked at yet.
        """
        held = _HeldSection(
            section, refresh, frozenset(refresh_on), update, about_to_close, open_when_shown
        )
        self._sections.append(held)
        self.ui.sectionTabs.addTab(section, title)
        plan_changed = getattr(section, "plan_changed", None)
        if plan_changed is not None:
            plan_changed.connect(lambda: self.announce(Change("", frozenset({PLAN}))))
        if self._inspection_id is not None and hasattr(section, "set_inspection"):
            self._tell_inspection(held, self._inspection_id)

    def show_section(self, section: QWidget) -> None:
        """Bring a section's tab to the front (the section, or the place its tab holds)."""
        self.ui.sectionTabs.setCurrentWidget(self._tab_of(section))

    def is_shown(self, section: QWidget) -> bool:
        """Whether a section's tab is the one in front."""
        return self.ui.sectionTabs.currentWidget() is self._tab_of(section)

    def _tab_of(self, widget: QWidget) -> QWidget:
        """The tab's own widget: ``widget`` itself, or the place it was made in on first show."""
        tabs = self.ui.sectionTabs
        found: QWidget | None = widget
        while found is not None and tabs.indexOf(found) < 0:
            found = found.parentWidget()
        return found if found is not None else widget

    def set_section_title(self, section: QWidget, title: str) -> None:
        """Change a section's tab text (a count, say), keeping its access key."""
        tabs = self.ui.sectionTabs
        tabs.setTabText(tabs.indexOf(section), title)

    def add_menu(self, title: str, before: Menu) -> QMenu:
        """A new menu on the menu bar, placed before one of the shell's."""
        menu = QMenu(title, self.ui.menubar)
        self.ui.menubar.insertMenu(self._menus[before].menuAction(), menu)
        return menu

    def add_menu_actions(
        self,
        menu: Menu | QMenu,
        actions: Sequence[QAction | None],
        before: QAction | None = None,
    ) -> None:
        """Put actions at the end of a menu, or ``before`` one of its actions (None: a
        separator); their shortcuts work from every tab."""
        target = self._menus[menu] if isinstance(menu, Menu) else menu
        for action in actions:
            if action is None:
                if before is None:
                    target.addSeparator()
                else:
                    target.insertSeparator(before)
            elif before is None:
                target.addAction(action)
            else:
                target.insertAction(before, action)
        target.menuAction().setVisible(True)

    def push_change(self, change: Change) -> None:
        """Put a use case's change (already made) on the undo stack, and announce it."""
        self._undo_stack.push(ChangeCommand(change, self.announce, self.report_error))
        self.announce(change)

    def announce(self, change: Change) -> None:
        """Tell the sections what changed: those it touches refresh now if in front, else
        when next shown."""
        for held in self._sections:
            if held.refresh is None or not change.touches(held.refresh_on):
                continue
            if self.is_shown(held.widget):
                held.stale = False
                if held.update is not None:
                    held.update(change)
                else:
                    held.refresh()
            else:
                held.stale = True
        self.changed.emit(change)

    def bring_up_to_date(self, section: QWidget) -> None:
        """Run a hidden section's waiting refresh now (before acting on what it last read)."""
        for held in self._sections:
            if held.widget is not section:
                continue
            if held.waiting_inspection is not None:
                inspection_id, held.waiting_inspection = held.waiting_inspection, None
                held.stale = False
                held.widget.set_inspection(inspection_id)  # type: ignore[attr-defined]
            elif held.stale and held.refresh is not None:
                held.stale = False
                held.refresh()

    def report_error(self, exc: UserFacingError) -> None:
        """Tell the user a change was not saved, and refresh what may be out of step."""
        from inspection_desktop.ui.common import dialogs

        dialogs.show_error(self, "The change was not saved", str(exc))
        self.announce(Change("", frozenset({PLAN})))

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """A message on the status bar (for ``timeout_ms`` milliseconds; 0: until replaced)."""
        self.ui.statusbar.showMessage(text, timeout_ms)

    def show_summary(self, text: str) -> None:
        """The line at the right of the heading: where the inspection stands."""
        self.ui.weekSummaryLabel.setText(text)

    # Inspections -------------------------------------------------------------------------

    def open_inspection(self, inspection_id: int, *, recorded: bool = False) -> None:
        """Show an inspection in every section.

        ``recorded``: the opening use case has run for it already (start-up's first write).
        """
        if self._services is None or self._inspections is None:
            raise RuntimeError("open_inspection before attach_services")
        # Here, not at the top: the window is shown before the ORM the use cases need is loaded.
        from inspection_desktop.usecases.plan.inspections import open_inspection

        try:
            if not recorded:
                open_inspection(self._services, inspection_id)
            inspection = self._inspections.get_inspection(inspection_id)
        except UserFacingError as exc:
            from inspection_desktop.ui.common import dialogs

            dialogs.show_error(self, "Cannot open the inspection", str(exc))
            return
        self._inspection_id = inspection_id
        self._undo_stack.clear()
        demo = is_demo_area(inspection.area)
        self.ui.demoBanner.setVisible(demo)
        shown = f"{inspection.area} (demo)" if demo else inspection.area
        self.setWindowTitle(f"{shown} – Inspection Desktop")
        self.ui.inspectionHeading.setText(
            f"{inspection.area} · notified {long_date(inspection.notified_on)}"
        )
        for held in self._sections:
            if hasattr(held.widget, "set_inspection"):
                self._tell_inspection(held, inspection_id)
        self.inspection_opened.emit(inspection_id)

    def _tell_inspection(self, held: _HeldSection, inspection_id: int) -> None:
        """Open the inspection in a section now, or when it is first shown if it waits."""
        held.stale = False
        if held.open_when_shown and not self.is_shown(held.widget):
            held.waiting_inspection = inspection_id
            return
        held.waiting_inspection = None
        held.widget.set_inspection(inspection_id)  # type: ignore[attr-defined]

    # Slots -------------------------------------------------------------------------------

    @Slot(int)
    def _on_section_tabs_current_changed(self, index: int) -> None:
        section = self.ui.sectionTabs.widget(index)
        if section is not None:
            self.bring_up_to_date(section)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let each section keep what was typed before the window goes."""
        for held in self._sections:
            if held.about_to_close is not None:
                held.about_to_close()
        event.accept()
