"""Property tests: the column check copes with any text at all."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from inspection_desktop.domain.pir.column_check import check_column
from inspection_desktop.domain.pir.names import default_name_list
from inspection_desktop.domain.pir.verdicts import ColumnStatus
from tests.pir_synthetic import TODAY


@settings(max_examples=200, deadline=None)
@given(heading=st.text(max_size=30), values=st.lists(st.text(max_size=40), max_size=30))
def test_check_column_never_crashes(heading: str, values: list[str]) -> None:
    """Any heading and values give a verdict whose reason can be shown."""
    verdict = check_column(0, heading, values, names=default_name_list(), today=TODAY)
    assert verdict.status in set(ColumnStatus)
    assert verdict.reason and verdict.reason_without_values


@settings(max_examples=100, deadline=None)
@given(values=st.lists(st.from_regex(r"[A-Z]{2}\d{6}", fullmatch=True), min_size=5, max_size=40))
def test_case_references_never_flagged(values: list[str]) -> None:
    """References of two letters and six digits, like SW100234, are never flagged."""
    verdict = check_column(0, "Ref", values, names=default_name_list(), today=TODAY)
    assert not verdict.flagged
