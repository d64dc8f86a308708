"""The documents layer must run without Qt, so the command line and tests can use it."""

from __future__ import annotations

import subprocess
import sys


def test_document_modules_do_not_import_qt() -> None:
    """Importing every meeting document module leaves PySide6 unloaded."""
    modules = [
        "agenda_pdf",
        "meeting_pack_pdf",
        "minutes_pdf",
        "calendar_ics",
        "calendar_events",
        "atomic_write",
        "example_papers",
    ]
    imports = "; ".join(f"import inspection_desktop.documents.{name}" for name in modules)
    code = f"import sys; {imports}; print('PySide6' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
