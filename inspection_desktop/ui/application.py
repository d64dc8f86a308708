"""Starting the window: the Qt application, the database, the services, the first inspection."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui import dialogs

if TYPE_CHECKING:
    from inspection_desktop.storage.inspection_service import InspectionService
    from inspection_desktop.ui.main_window import MainWindow
    from inspection_desktop.ui.meetings_section import MeetingsSection

log = logging.getLogger(__name__)
EXIT_USAGE = 2


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


def add_meetings_section(window: MainWindow, service: InspectionService) -> MeetingsSection:
    """The Meetings tab; the checklist and the meetings' actions refresh each other."""
    from inspection_desktop.storage.meeting_service import MeetingService
    from inspection_desktop.ui.meetings_section import MeetingsSection

    section = MeetingsSection(MeetingService(service.database, service), window.undo_stack)
    window.add_section("&Meetings", section)
    window.plan_refreshed.connect(section.refresh_from_plan)
    return section


def run_gui(db_path: Path, exit_after_startup: bool = False, log_path: Path | None = None) -> int:
    """Open the main window on the most recent inspection (the demo when there is none)."""
    from inspection_desktop.ui.crash_dialog import install_crash_handler

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Inspection Desktop")
    app.setOrganizationName("Inspection Desktop")
    _route_qt_messages()
    install_crash_handler(log_path)
    try:
        from inspection_desktop.storage.database import open_database
        from inspection_desktop.storage.inspection_service import InspectionService

        database = open_database(db_path)
        service = InspectionService(database)
        inspection_id = service.current_inspection_id()
        if inspection_id is None:
            from inspection_desktop.demo import add_demo_inspection

            inspection_id = add_demo_inspection(service).id
    except UserFacingError as exc:
        print(f"inspection-desktop: error: {exc}", file=sys.stderr)
        if not exit_after_startup:
            dialogs.show_error(None, "Cannot open the database", str(exc))
        return EXIT_USAGE

    from inspection_desktop.ui.main_window import MainWindow

    window = MainWindow(service, inspection_id)
    add_meetings_section(window, service)
    window.show()
    if exit_after_startup:
        # A zero timeout fires once the loop has painted the window and has nothing else to do.
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    database.dispose()
    return int(code)
