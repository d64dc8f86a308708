"""The collector pauses for the program's own start-up only, and always comes back."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from inspection_desktop.app import main


def test_a_caller_passing_arguments_keeps_its_collector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A command run in-process (a test, a script) neither pauses nor freezes the collector."""
    frozen = gc.get_freeze_count()
    with pytest.raises(SystemExit):
        main(["--db", str(tmp_path / "x.sqlite3"), "no-such-command"])
    assert main(["--db", str(tmp_path / "x.sqlite3"), "demo"]) == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
    capsys.readouterr()


def test_the_program_runs_its_command_with_the_collector_back_on(tmp_path: Path) -> None:
    """Started as the program, the collector is on again once the command runs."""
    code = (
        "import gc, sys\n"
        "import inspection_desktop.cli.main as cli\n"
        "real = cli.run_command\n"
        "def spy(args, context, err=None):\n"
        "    print('collector on:', gc.isenabled(), 'set aside:', gc.get_freeze_count() > 0)\n"
        "    return real(args, context, err)\n"
        "cli.run_command = spy\n"
        "from inspection_desktop.app import main\n"
        f"sys.argv = ['inspection-desktop', '--db', {str(tmp_path / 'x.sqlite3')!r}, 'backups']\n"
        "raise SystemExit(main())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert "collector on: True set aside: True" in result.stdout, result.stderr
