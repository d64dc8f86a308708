"""Python's cycle collector, held back where it would only walk objects that live on.

- **Start-up** makes a few hundred thousand objects that live as long as the program (modules,
  classes, the ORM's mappings, the window's widgets) and almost no garbage. At its usual pace
  (every 700 new objects) the collector walks them over and over: a tenth of the time to the
  plan on screen. So the program pauses it as it starts (``pause_for_start_up``); once start-up
  is over (``start_up_over``) what was made is set aside (``gc.freeze``: it lives on) and the
  collector runs at its usual pace on what comes after. Only the program's own start pauses it:
  a caller's process (a test running a command) keeps its collector as it is.
- **A long layout** (a meeting pack, a mail merge) keeps thousands of flowables, cells and pages
  alive while it runs, and every few documents the collector would sweep everything the app
  holds (some 150,000 objects), a tenth of a second each time, for nothing: what a layout makes
  is freed by reference counting as soon as it is done with. ``collector_paused`` holds it off
  for the layout and gives it back after.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_depth = 0  # layouts running at once: they share one pause
_was_enabled = False  # whether the collector ran before the first of them began
_held_for_start_up = False
_started_as_program = False


def pause_for_start_up() -> None:
    """Pause the collector as the program starts (called first, by the program alone)."""
    global _held_for_start_up, _started_as_program
    _started_as_program = True
    if gc.isenabled():
        gc.disable()
        _held_for_start_up = True


def start_up_over() -> None:
    """Set the objects start-up made aside and let the collector run at its usual pace."""
    global _held_for_start_up
    if _held_for_start_up:
        gc.freeze()
        gc.enable()
        _held_for_start_up = False


@contextlib.contextmanager
def paused_as_start_up() -> Iterator[None]:
    """In the program, the block (opening the database for a command) is start-up too: the
    collector is paused through it and what it made is set aside after; elsewhere, nothing."""
    if _started_as_program:
        pause_for_start_up()
    try:
        yield
    finally:
        start_up_over()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector while the block lays a document out; restore it after.

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
