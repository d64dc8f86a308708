"""Tests for the guard's outcome, which decides whether the PIR item may be ticked done."""

from __future__ import annotations

from pathlib import Path

from inspection_desktop.domain.pir.kinds import IdentifierKind
from inspection_desktop.domain.pir.masking import masked_example
from inspection_desktop.domain.pir.outcome import PirGuardOutcome


def test_clean_outcome_allows_done() -> None:
    """A checked file with nothing flagged lets the item be ticked done."""
    assert PirGuardOutcome(Path("list.csv")).allows_done


def test_flagged_outcome_blocks_done_without_reason() -> None:
    """Flagged columns and no reason block the tick; a reason unblocks it."""
    flagged = PirGuardOutcome(Path("list.csv"), ("Col A",))
    assert not flagged.allows_done
    assert not PirGuardOutcome(Path("list.csv"), ("Col A",), None, "   ").allows_done
    assert PirGuardOutcome(Path("list.csv"), ("Col A",), None, "Agreed with lead").allows_done


def test_nothing_checked_blocks_done() -> None:
    """With no file checked the item cannot be ticked done."""
    assert not PirGuardOutcome(None).allows_done


def test_name_masked_word_by_word() -> None:
    """A name keeps only the first letter of each word."""
    assert masked_example("Aisha Khan", IdentifierKind.NAME) == "A•••• K•••"


def test_postcode_example_shows_only_the_postcode() -> None:
    """A postcode found inside an address line is shown on its own, masked."""
    assert masked_example("12 Rose Street, Kirkcaldy KY1 2AB", IdentifierKind.POSTCODE) == "K•• ••B"
