"""Shared test set-up: Qt offscreen, a fixed clock, a fresh database for each test."""

from __future__ import annotations

import os

# Must precede any Qt import: without a display pytest-qt would abort the interpreter.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
