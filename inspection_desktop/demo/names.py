"""The demo's made-up partnership, light enough for the window to ask "is this the demo?"."""

from __future__ import annotations

DEMO_AREA = "Glenmorven Community Planning Partnership"


def is_demo_area(area: str) -> bool:
    """Whether an inspection is the demo's (its made-up partnership), so the window says so."""
    return area == DEMO_AREA
