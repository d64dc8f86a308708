"""The contact import and export code stays free of Qt, so the command line can use it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def test_contact_documents_do_not_import_qt() -> None:
    """Importing the contact domain and document modules loads no PySide6 module."""
    code = (
        "import sys\n"
        "import inspection_desktop.domain.people.contacts\n"
        "import inspection_desktop.documents.people.contact_mapping\n"
        "import inspection_desktop.documents.people.contacts_csv\n"
        "import inspection_desktop.documents.people.vcard\n"
        "print(sorted(name for name in sys.modules if name.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=PROJECT_ROOT,
    )
    assert result.stdout.strip() == "[]"
