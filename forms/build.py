"""Compile the Designer forms in forms/ into inspection_desktop/ui/forms/, or check them.

Usage: python forms/build.py [--check]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FORMS_DIR = Path(__file__).resolve().parent
OUTPUT_DIR = FORMS_DIR.parent / "inspection_desktop" / "ui" / "forms"


def _uic() -> str:
    """Find pyside6-uic beside the running interpreter, else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials")
    return found


def _significant(text: str) -> list[str]:
    """The compiled code without its banner, which names the uic version."""
    return [line for line in text.splitlines() if not line.startswith("##")]


# pyside6-uic's header: `from PySide6.QtGui import (QBrush, QColor, ...)`, every form alike.
_IMPORT_LIST = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def keep_used_imports(text: str) -> str:
    """The compiled module importing only the Qt classes it uses.

    uic imports some forty classes into every form. Qt for Python sets each class up (its enums
    become Python enums) the first time it is imported, so the unused ones (gradients, palettes,
    fonts, images) cost a few milliseconds on the way to the first painted window.
    """
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    body = _IMPORT_LIST.sub("", code)

    def used_only(match: re.Match[str]) -> str:
        names = [name.strip() for name in match.group(2).split(",") if name.strip()]
        used = [name for name in names if re.search(rf"\b{name}\b", body)]
        return f"from {match.group(1)} import ({', '.join(used)})\n" if used else ""

    return _IMPORT_LIST.sub(used_only, text)


def compile_form(ui_file: Path, target: Path) -> None:
    """Compile one .ui file to a Python module that imports only what it uses."""
    subprocess.run([_uic(), str(ui_file), "-o", str(target)], check=True)
    target.write_text(keep_used_imports(target.read_text(encoding="utf-8")), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Compile the forms, or with --check report forms whose compiled module is out of date."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a compiled form is stale")
    args = parser.parse_args(argv)
    stale: list[str] = []
    for ui_file in sorted(FORMS_DIR.glob("*.ui")):
        target = OUTPUT_DIR / f"ui_{ui_file.stem}.py"
        if not args.check:
            compile_form(ui_file, target)
            continue
        with tempfile.TemporaryDirectory() as scratch:
            fresh = Path(scratch) / target.name
            compile_form(ui_file, fresh)
            current = target.read_text(encoding="utf-8") if target.exists() else ""
            if _significant(fresh.read_text(encoding="utf-8")) != _significant(current):
                stale.append(ui_file.name)
    if stale:
        print("compiled forms out of date (run python forms/build.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
