"""The garbage collector during start-up: paused while the program loads, then as usual.

Start-up makes a few hundred thousand objects that live as long as the program (modules,
classes, the ORM's mappings, the window's widgets) and almost no garbage. At its usual pace
(every 700 new objects) the collector walks them over and over: a tenth of the time to the plan
on screen. So it is paused while the program starts; then the objects made so far are set aside
(they live on) and it runs at its usual pace on what comes after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_paused = False


def pause_collection() -> None:
    """Pause the cyclic garbage collector while the program starts."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collection() -> None:
    """Set the objects made so far aside and let the collector run at its usual pace again."""
    global _paused
    if _paused:
        gc.freeze()
        gc.enable()
        _paused = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the collector for the block (opening the database), then resume it."""
    pause_collection()
    try:
        yield
    finally:
        resume_collection()
