"""Timing and printing a figure: the app against its floor, alternated, as one line each."""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable

# NAME: MEDIAN s (RATIO x FLOOR_NAME) | NAME: VALUE UNIT | NAME: not available (WHY)
LINE = re.compile(
    r"^(?P<name>[^:]+): (?:"
    r"(?P<median>\d+\.\d+) s \((?P<ratio>\d+\.\d+) x (?P<floor>[^()]+)\)"
    r"|(?P<value>\d+(?:\.\d+)?) (?P<unit>\S+)"
    r"|not available \((?P<why>[^()]+)\)"
    r")$"
)


def seconds(action: Callable[[], object]) -> float:
    """How long one call of ``action`` takes."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def median(values: list[float]) -> float:
    """The median of the timings."""
    return statistics.median(values)


def alternate(
    app: Callable[[], object],
    floor: Callable[[], object],
    runs: int,
    *,
    after_app: Callable[[], object] | None = None,
    after_floor: Callable[[], object] | None = None,
) -> tuple[float, float]:
    """Median seconds of the app and of its floor, run by turns so both see the same machine."""
    app_times: list[float] = []
    floor_times: list[float] = []
    for _ in range(runs):
        app_times.append(seconds(app))
        if after_app:
            after_app()
        floor_times.append(seconds(floor))
        if after_floor:
            after_floor()
    return median(app_times), median(floor_times)


def figure_line(name: str, app: float, floor: float, floor_name: str) -> str:
    """``NAME: MEDIAN s (RATIO x FLOOR_NAME)``."""
    return f"{name}: {app:.3f} s ({app / max(floor, 1e-6):.1f} x {floor_name})"


def value_line(name: str, value: float, unit: str) -> str:
    """``NAME: VALUE UNIT``."""
    return f"{name}: {value:.0f} {unit}"


def not_available_line(name: str, why: str) -> str:
    """``NAME: not available (WHY)``, for a figure whose feature is not in this checkout."""
    return f"{name}: not available ({why})"
