"""Starting the window: the Qt application, the database, the services, the first inspection."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from inspection_desktop.collector import start_up_over
from inspection_desktop.errors import UserFacingError

if TYPE_CHECKING:
    from inspection_desktop.ui.safety.startup import OpenedStore
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services

log = logging.getLogger(__name__)
EXIT_USAGE = 2
FIRST_PAINT_WAIT_MS = 500


def _route_qt_messages() -> None:
    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), message)

    qInstallMessageHandler(handler)


def _no_display_reason() -> str | None:
    """Why Qt would abort for want of a screen (Linux without X or Wayland), if it would."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display to open the window on; run it in a desktop session, or set "
        "QT_QPA_PLATFORM=offscreen for a check without a screen"
    )


def run_gui(
    db_path: Path,
    open_services: Callable[..., Services],
    add_features: Callable[[MainWindow, Services], None],
    exit_after_startup: bool = False,
    start_logging: Callable[[], Path | None] | None = None,
) -> int:
    """Open the main window on the most recent inspection (the demo when there is none).

    ``open_services`` and ``add_features`` come from the composition root; ``start_logging``
    opens the log (after the first paint) and says where it is.
    """
    from inspection_desktop.ui.common.crash_dialog import install_crash_handler

    reason = _no_display_reason()
    if reason:
        print(f"inspection-desktop: error: {reason}", file=sys.stderr)
        return EXIT_USAGE
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Inspection Desktop")
    app.setOrganizationName("Inspection Desktop")
    _route_qt_messages()
    log_path: Path | None = None
    install_crash_handler(lambda: log_path)
    from inspection_desktop.ui.shell.main_window import MainWindow

    # The window first, empty: opening the database imports the ORM and reads the plan, which
    # takes several times as long as showing a window, and a co-ordinator should see it start.
    window = MainWindow()
    window.show_status(f"Opening {db_path}…")
    fit_to_screen(window)
    window.show()
    opened: list[OpenedStore] = []

    def fill_window() -> None:
        nonlocal log_path
        try:
            # After the first paint: the log's handler loads sockets and pickling with it.
            log_path = start_logging() if start_logging is not None else None
            open_and_fill()
        finally:
            start_up_over()  # start-up is over: paused since the program began

    def open_and_fill() -> None:
        # No inspection yet (before the demo is made): a first start, which explains the app.
        first_start = _has_no_database(db_path)
        found = _open(db_path, open_services, exit_after_startup)
        if isinstance(found, int):
            app.exit(found)
            return
        store, inspection_id = found
        opened.append(store)
        services = store.services
        window.attach_services(services)
        add_features(window, services)
        # _open ran the opening use case on it, as start-up's first write.
        window.open_inspection(inspection_id, recorded=True)
        if first_start and not exit_after_startup:
            QTimer.singleShot(0, lambda: welcome(window))
        if exit_after_startup:
            # A zero timeout fires once the loop has painted the window and has nothing else.
            QTimer.singleShot(0, app.quit)

    _after_first_paint(window, fill_window)
    code = app.exec()
    for store in opened:
        store.services.close()
        store.lock.release()
    return int(code)


def _open(
    db_path: Path, open_services: Callable[..., Services], exit_after_startup: bool
) -> tuple[OpenedStore, int] | int:
    """The services over the database and the inspection to show (made, the demo, when there
    was none); else an exit code, said why.

    The writer lock, the integrity check and any recovery come first (``open_for_window``).
    """
    from inspection_desktop.ui.safety.startup import fail, open_for_window

    opened = open_for_window(db_path, open_services, exit_after_startup)
    if isinstance(opened, int):
        return opened
    services = opened.services
    try:
        service = services.inspections
        inspection_id = service.current_inspection_id()
        if inspection_id is None:
            if opened.read_only:
                raise UserFacingError(f"The database {db_path} holds no inspection yet.")
            from inspection_desktop.demo.inspection import add_demo_inspection

            inspection_id = add_demo_inspection(services).id
        # A first write here: a database locked by another program is refused now, with one
        # line (and no modal box to hang --exit-after-startup), not from inside the window.
        if not opened.read_only:
            from inspection_desktop.usecases.plan.inspections import open_inspection

            open_inspection(services, inspection_id)
    except UserFacingError as exc:
        services.close()
        opened.lock.release()
        return fail(str(exc), exit_after_startup)
    return opened, inspection_id


class _FirstPaint(QObject):
    """Runs a callback once, soon after a widget is first painted."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        # In case no paint comes (a window opened minimised), carry on after a moment anyway.
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint, queue the callback behind it (so the pixels reach the screen)."""
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def _after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaint(widget, callback)


def _has_no_database(path: Path) -> bool:
    """Whether the app starts with no database file yet (its very first start)."""
    return not path.exists()


WELCOME_TEXT = (
    "Inspection Desktop is a planner for the inspection co-ordinator of a Community Planning "
    "Partnership preparing for a Care Inspectorate joint inspection of children's services.\n\n"
    "It holds the eleven weeks of Phase One as a dated checklist with owners, a timeline and "
    "the meetings with their agendas and packs; it moves the dates round your holidays and "
    "bank holidays, keeps your contacts and roles, and checks the pre-inspection return for "
    "personal details before it goes. Everything stays in one file on this computer.\n\n"
    "A demo inspection of made-up data is open so you can look around. When your "
    "notification letter arrives, start your own."
)


def welcome(window: MainWindow) -> None:
    """The first start: what the app is for, in one screen, and where to begin."""
    from inspection_desktop.ui.common import dialogs

    answer = dialogs.ask_buttons(
        window,
        "Welcome to Inspection Desktop",
        WELCOME_TEXT,
        ["Look around the demo", "Start my own inspection…"],
    )
    if answer == 1:
        window.ui.actionNewInspection.trigger()


def fit_to_screen(window: MainWindow) -> None:
    """Keep the window inside the screen's free area (a 1366 × 768 laptop with a taskbar)."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    # Room for the title bar and frame, which the window's own size leaves out.
    width = min(window.width(), free.width() - 16)
    height = min(window.height(), free.height() - 48)
    window.resize(max(width, 640), max(height, 480))
    window.move(free.left() + max((free.width() - window.width()) // 2, 0), free.top())
