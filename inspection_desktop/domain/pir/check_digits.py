"""Check-digit and date rules for CHI numbers and Scottish Candidate Numbers."""

from __future__ import annotations

import datetime as dt

_CHI_WEIGHTS = (10, 9, 8, 7, 6, 5, 4, 3, 2)
_SCN_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def chi_date_is_valid(digits: str) -> bool:
    """True when the first six digits are a real DDMMYY date (either century)."""
    day, month, year = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    try:
        # 2000 is a leap year, so 29 February passes for "00"; any century works for the rest.
        dt.date(2000 + year, month, day)
    except ValueError:
        return False
    return True


def _chi_mod11_digit(digits: str) -> int | None:
    total = sum(int(d) * w for d, w in zip(digits[:9], _CHI_WEIGHTS, strict=True))
    result = 11 - total % 11
    if result == 11:
        return 0
    return None if result == 10 else result


def _chi_mod10_digit(digits: str) -> int:
    # The guide only says "modulus 10" for some CHIs issued from 2026; the same weights are assumed.
    total = sum(int(d) * w for d, w in zip(digits[:9], _CHI_WEIGHTS, strict=True))
    return (10 - total % 10) % 10


def is_chi_number(digits: str) -> bool:
    """True for ten digits with a valid DDMMYY date and a modulus-11 (or modulus-10) check digit.

    Nine digits are accepted as a CHI whose leading zero Excel dropped.
    """
    if len(digits) == 9:
        digits = "0" + digits
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    if not chi_date_is_valid(digits):
        return False
    check = int(digits[9])
    return check in (_chi_mod11_digit(digits), _chi_mod10_digit(digits))


def is_candidate_number(digits: str) -> bool:
    """True for nine digits whose last is the modulus-11 check (weights 3 2 7 6 5 4 3 2)."""
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], _SCN_WEIGHTS, strict=True))
    result = 11 - total % 11
    if result == 11:
        result = 0
    return result != 10 and result == int(digits[8])


def chi_check_digit(first_nine: str) -> int | None:
    """The modulus-11 check digit for nine CHI digits, or None when no digit can be valid."""
    return _chi_mod11_digit(first_nine)


def candidate_check_digit(first_eight: str) -> int | None:
    """The modulus-11 check digit for eight SCN digits, or None when no digit can be valid."""
    total = sum(int(d) * w for d, w in zip(first_eight, _SCN_WEIGHTS, strict=True))
    result = 11 - total % 11
    if result == 11:
        return 0
    return None if result == 10 else result
