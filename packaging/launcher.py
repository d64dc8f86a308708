"""Entry point of the built program: gives a windowed build somewhere to write, then starts it."""

from __future__ import annotations

import os
import sys


def give_windowed_build_streams() -> None:
    """Point missing standard streams at the null device.

    A windowed Windows build has no console, so ``sys.stdout`` and ``sys.stderr`` are None and
    a command such as ``plan`` would fail on its first write. Its output goes nowhere instead;
    ``inspection-desktop.exe``, the console build in the same folder, is the one for commands.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def main() -> int:
    """Start Inspection Desktop as ``python -m inspection_desktop`` would."""
    give_windowed_build_streams()
    from inspection_desktop.app import main as app_main

    return app_main()


if __name__ == "__main__":
    raise SystemExit(main())
