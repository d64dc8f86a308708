"""Tests for CHI and Scottish Candidate Number check digits."""

from __future__ import annotations

import random

from inspection_desktop.domain.pir.check_digits import (
    candidate_check_digit,
    chi_check_digit,
    is_candidate_number,
    is_chi_number,
)
from tests.pir_synthetic import candidate_number, chi_number


def test_generated_chi_numbers_pass() -> None:
    """Ten digits with a real date and the modulus-11 check digit are CHI numbers."""
    rng = random.Random(1)
    assert all(is_chi_number(chi_number(rng)) for _ in range(200))


def test_chi_with_wrong_check_digit_fails() -> None:
    """Changing the check digit of a CHI number (to neither mod-11 nor mod-10) makes it invalid."""
    first_nine = "270915125"
    check = chi_check_digit(first_nine)
    assert check is not None
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    mod10 = (10 - total % 10) % 10
    wrong = next(d for d in range(10) if d not in (check, mod10))
    assert not is_chi_number(first_nine + str(wrong))


def test_chi_with_modulus_10_check_passes() -> None:
    """A CHI number whose check digit follows the newer modulus-10 rule is accepted."""
    first_nine = "010726123"
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    assert is_chi_number(first_nine + str((10 - total % 10) % 10))


def test_chi_with_impossible_date_fails() -> None:
    """A 31st of February is not the start of a CHI number, whatever the check digit."""
    assert not any(is_chi_number(f"310212345{d}") for d in range(10))


def test_chi_missing_leading_zero_passes() -> None:
    """Nine digits are read as a CHI number whose leading zero Excel dropped."""
    rng = random.Random(3)
    chi = next(c for c in (chi_number(rng) for _ in range(500)) if c.startswith("0"))
    assert is_chi_number(chi[1:])


def test_generated_candidate_numbers_pass() -> None:
    """Nine digits with the SCN check digit are candidate numbers; a changed last digit is not."""
    rng = random.Random(2)
    scn = candidate_number(rng)
    assert is_candidate_number(scn)
    assert not is_candidate_number(scn[:8] + str((int(scn[8]) + 1) % 10))


def test_candidate_check_digit_uses_published_weights() -> None:
    """The SCN check digit uses weights 3 2 7 6 5 4 3 2 and modulus 11."""
    # 1*3 + 2*2 + 3*7 + 4*6 + 5*5 + 6*4 + 7*3 + 8*2 = 138; 138 mod 11 = 6; 11 - 6 = 5
    assert candidate_check_digit("12345678") == 5
