"""Everything below the ui must run without Qt, so the command line and tests can use it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "inspection_desktop"
QT_FREE = ("domain", "storage", "usecases", "documents", "cli", "demo")


def _modules() -> list[str]:
    names = []
    for layer in QT_FREE:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_modules_below_the_ui_do_not_import_qt() -> None:
    """Importing every module of the Qt-free layers leaves PySide6 unloaded."""
    code = "import sys\n" + "".join(f"import {name}\n" for name in _modules())
    code += "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
