"""Tests for recognising single values as identifiers or as things the sample needs."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from inspection_desktop.domain.pir import allowed_values as allowed
from inspection_desktop.domain.pir import value_patterns as patterns
from inspection_desktop.domain.pir.dates import is_exact_age, parse_uk_date
from tests.pir_synthetic import chi_number

TODAY = dt.date(2026, 11, 28)


@pytest.mark.parametrize(
    "text",
    [
        "14/03/2014",
        "14/3/14",
        "14-03-2014",
        "14.03.2014",
        "2014-03-14",
        "14 March 2014",
        "14th Mar 2014",
        "14-Mar-14",
        "March 14, 2014",
        "2014-03-14 00:00:00",
    ],
)
def test_common_uk_date_formats_parse(text: str) -> None:
    """Each common way of writing 14 March 2014 reads as that date."""
    assert parse_uk_date(text, TODAY) == dt.date(2014, 3, 14)


@pytest.mark.parametrize("text", ["12-15", "SW100234", "32/01/2014", "CSO", "2014"])
def test_non_dates_do_not_parse(text: str) -> None:
    """Age bands, references, impossible dates and bare years are not dates."""
    assert parse_uk_date(text, TODAY) is None


def test_exact_ages_recognised() -> None:
    """Ages given to the month are recognised; plain years are not."""
    assert is_exact_age("11 years 4 months")
    assert is_exact_age("11y 4m")
    assert not is_exact_age("11")


@pytest.mark.parametrize("text", ["EH1 2AB", "G12 8QQ", "KY16 9AJ", "W1A 1AA", "eh12 5ab"])
def test_postcodes_recognised(text: str) -> None:
    """UK postcodes in every outward-code shape are recognised, in any case."""
    assert patterns.postcode_in(text)


def test_postcode_with_forbidden_letters_rejected() -> None:
    """The last two letters of a postcode are never C, I, K, M, O or V."""
    assert not patterns.postcode_in("EH1 2CI")


@pytest.mark.parametrize("text", ["AB123456C", "ab 12 34 56 c", "JG 10 33 77 D"])
def test_ni_numbers_recognised(text: str) -> None:
    """National Insurance numbers are recognised, spaced or not."""
    assert patterns.ni_number_in(text)


@pytest.mark.parametrize("text", ["SW100234", "GB123456A", "DA123456A", "AB123456E"])
def test_not_ni_numbers(text: str) -> None:
    """Case references, barred prefixes and suffixes past D are not NI numbers."""
    assert not patterns.ni_number_in(text)


@pytest.mark.parametrize(
    "text", ["07700 900123", "+44 7700 900123", "(0131) 496 0000", "01314960000"]
)
def test_phone_numbers_recognised(text: str) -> None:
    """UK mobiles and landlines are recognised however they are written."""
    assert patterns.phone_number_in(text)


@pytest.mark.parametrize("text", ["12 Rose Street", "Flat 2/1, 45 Kirk Wynd", "3a Elm Cres"])
def test_street_addresses_recognised(text: str) -> None:
    """House numbers with a street, and flats, are addresses."""
    assert patterns.street_address_in(text)


def test_team_label_is_not_an_address() -> None:
    """A team or locality label is not an address."""
    assert not patterns.street_address_in("Locality North")


def test_candidate_number_inside_pupil_email_found() -> None:
    """A candidate number in the local part of a pupil email address is found."""
    assert patterns.candidate_number_in_email("123456785@glow.example.sch.uk")
    assert not patterns.candidate_number_in_email("finlay.reid@example.org")


def test_spaced_chi_found() -> None:
    """A CHI number written with a space after the date is still found."""
    assert patterns.chi_in("270915 1259") == patterns.chi_in("2709151259")


@pytest.mark.parametrize(
    ("check", "text"),
    [
        (allowed.is_case_reference, "SW100234"),
        (allowed.is_age_band, "12-15"),
        (allowed.is_age_band, "16+"),
        (allowed.is_gender, "Female"),
        (allowed.is_legal_status, "CSO"),
        (allowed.is_legal_status, "Looked after at home"),
        (allowed.is_team_label, "Locality North"),
        (allowed.is_sibling_group, "SG-04"),
    ],
)
def test_allowed_values_recognised(check: object, text: str) -> None:
    """References, age bands, gender, legal status, teams and sibling groups are recognised."""
    assert callable(check) and check(text)


def test_bare_chi_starting_with_zero_is_not_a_phone_number() -> None:
    """A CHI number for someone born on the 1st to 9th is not taken for a phone number."""
    rng = random.Random(9)
    chi = next(c for c in (chi_number(rng) for _ in range(500)) if c.startswith("01"))
    assert patterns.chi_in(chi) and not patterns.phone_number_in(chi)
