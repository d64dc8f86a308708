"""The log: what is logged before the window opens the log file still reaches it."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from inspection_desktop.logging_setup import configure_logging, hold_early_records


def test_records_logged_before_the_log_opens_are_written_into_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A warning from before the first paint goes to the log file, not the console."""
    monkeypatch.setenv("INSPECTION_DESKTOP_LOG_DIR", str(tmp_path / "logs"))
    root = logging.getLogger()
    level = root.level
    hold_early_records()
    logging.getLogger("qt").warning("the platform plugin said something")
    path = configure_logging()
    assert path is not None
    try:
        for handler in root.handlers:
            handler.flush()
        assert "the platform plugin said something" in path.read_text(encoding="utf-8")
        assert "platform plugin" not in capsys.readouterr().err
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(path.absolute()):
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
