"""Starting the window: the Qt application, the database, the services, the first inspection."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from inspection_desktop.errors import UserFacingError

if TYPE_CHECKING:
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services

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
    log_path: Path | None = None,
) -> int:
    """Open the main window on the most recent inspection (the demo when there is none).

    ``open_services`` and ``add_features`` come from the composition root.
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
    install_crash_handler(log_path)
    from inspection_desktop.ui.safety.startup import fail, open_for_window

    # The lock, the integrity check and any recovery come before the window exists.
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

    from inspection_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(services, inspection_id)
    add_features(window, services)
    window.show()
    if exit_after_startup:
        # A zero timeout fires once the loop has painted the window and has nothing else to do.
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    services.close()
    opened.lock.release()
    return int(code)
