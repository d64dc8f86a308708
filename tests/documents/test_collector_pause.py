"""Long layouts run without the cycle collector, which runs again after, and leave no cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from inspection_desktop.collector import collector_paused
from inspection_desktop.documents.meetings.meeting_pack_pdf import render_meeting_pack
from inspection_desktop.domain.meetings.examples import (
    example_deadlines,
    example_open_actions,
    example_week_statuses,
)
from inspection_desktop.domain.meetings.meeting import Meeting, PackContext


@pytest.fixture(autouse=True)
def collector_running() -> Iterator[None]:
    """Each test starts with the collector running, and leaves it so."""
    gc.enable()
    yield
    gc.enable()


def test_the_collector_is_paused_during_a_layout_and_runs_again_after() -> None:
    """Inside the block the collector is off; after it, on again."""
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_runs_again_after_a_layout_that_fails() -> None:
    """A layout stopped by an error still gives the collector back."""
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a paper cannot be read")
    assert gc.isenabled()


def test_nested_layouts_give_the_collector_back_when_the_outer_one_ends() -> None:
    """An inner layout ending leaves the collector paused for the outer one."""
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    """A layout does not switch on a collector that was off before it began."""
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_a_meeting_pack_leaves_nothing_for_the_collector(
    week4_meeting: Meeting, context: PackContext
) -> None:
    """Everything a pack's layout makes is freed as it goes: no cycles are left to collect."""

    def render() -> bytes:
        return render_meeting_pack(
            week4_meeting,
            context,
            example_open_actions(),
            example_deadlines(),
            example_week_statuses(),
        )

    render()  # fonts registered and caches filled, which are kept on purpose
    gc.collect()
    render()
    assert gc.collect() == 0
