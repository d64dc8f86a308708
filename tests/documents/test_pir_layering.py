"""The PIR guard's domain and document modules never pull in Qt."""

from __future__ import annotations

import subprocess
import sys

MODULES = [
    "inspection_desktop.domain.pir.population_check",
    "inspection_desktop.domain.pir.outcome",
    "inspection_desktop.documents.pir.pir_file_check",
    "inspection_desktop.documents.pir.pir_minimise",
    "inspection_desktop.cli.pir.pir_commands",
]


def test_pir_modules_do_not_import_qt() -> None:
    """Importing the guard's non-UI modules loads no PySide6 module."""
    code = "import sys\n" + "".join(f"import {m}\n" for m in MODULES)
    code += "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    subprocess.run([sys.executable, "-c", code], check=True)
