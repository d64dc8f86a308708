"""Laying out a long document without Python's cycle collector sweeping the whole app meanwhile.

A long layout (a meeting pack, a mail merge) keeps thousands of flowables, cells and pages
alive while it runs. Each young collection then promotes them, and every few documents the
collector sweeps everything the app holds (the ORM, the Qt bindings, the fonts: some 150,000
objects), a tenth of a second each time, for nothing: what a layout makes is freed by
reference counting as soon as it is done with (a test holds that a pack leaves no cycles).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector while the block lays a document out; restore it after.

    Layouts on several threads at once share one pause: the collector runs again when the last
    of them ends (if it was running before the first began).
    """
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
