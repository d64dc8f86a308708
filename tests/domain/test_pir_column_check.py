"""Tests for the verdict on whole columns: identifiers caught, allowed columns left alone."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from inspection_desktop.domain.pir.column_check import check_column
from inspection_desktop.domain.pir.kinds import AllowedKind, IdentifierKind
from inspection_desktop.domain.pir.names import default_name_list
from inspection_desktop.domain.pir.population_check import (
    CheckCancelled,
    check_population_list,
)
from inspection_desktop.domain.pir.verdicts import ColumnStatus, ColumnVerdict
from tests import pir_synthetic as synth

Generator = Callable[[random.Random], str]


def _verdict(heading: str, make: Generator, rows: int = 200) -> ColumnVerdict:
    rng = random.Random(11)
    values = [make(rng) for _ in range(rows)]
    return check_column(0, heading, values, names=default_name_list(), today=synth.TODAY)


IDENTIFIERS: list[tuple[IdentifierKind, Generator]] = [
    (IdentifierKind.NAME, synth.full_name),
    (IdentifierKind.NAME, lambda rng: synth.full_name(rng).split()[0]),
    (IdentifierKind.NAME, lambda rng: "{1}, {0}".format(*synth.full_name(rng).upper().split())),
    (IdentifierKind.DATE_OF_BIRTH, lambda rng: synth.birth_date(rng).strftime("%d/%m/%Y")),
    (IdentifierKind.DATE_OF_BIRTH, lambda rng: synth.birth_date(rng).strftime("%d %b %Y")),
    (IdentifierKind.DATE_OF_BIRTH, lambda rng: synth.birth_date(rng).isoformat()),
    (
        IdentifierKind.EXACT_AGE,
        lambda rng: f"{rng.randint(1, 17)} years {rng.randint(0, 11)} months",
    ),
    (IdentifierKind.CHI_NUMBER, synth.chi_number),
    (IdentifierKind.CHI_NUMBER, lambda rng: synth.chi_number(rng).lstrip("0")),
    (IdentifierKind.CANDIDATE_NUMBER, synth.candidate_number),
    (IdentifierKind.CANDIDATE_NUMBER, lambda rng: f"{synth.candidate_number(rng)}@glow.sch.uk"),
    (IdentifierKind.POSTCODE, synth.postcode),
    (IdentifierKind.ADDRESS, synth.street_address),
    (IdentifierKind.PHONE, synth.phone_number),
    (IdentifierKind.EMAIL, synth.email),
    (IdentifierKind.NI_NUMBER, synth.ni_number),
]


@pytest.mark.parametrize(("kind", "make"), IDENTIFIERS)
def test_identifier_found_under_neutral_heading(kind: IdentifierKind, make: Generator) -> None:
    """Every kind of identifier is flagged from its values alone, under a heading like "Col A"."""
    verdict = _verdict("Col A", make)
    assert verdict.flagged
    assert kind in {f.kind for f in verdict.findings}


@pytest.mark.parametrize("heading", list(synth.ALLOWED_COLUMNS))
def test_allowed_columns_not_flagged(heading: str) -> None:
    """Case references, age bands, gender, legal status, teams and sibling groups pass."""
    make = synth.ALLOWED_COLUMNS[heading]
    verdict = _verdict(heading, lambda rng: make(rng, rng.randint(0, 9999)), rows=2000)
    assert verdict.status is ColumnStatus.ALLOWED


@pytest.mark.parametrize("heading", ["Col B", "Ref2"])
def test_allowed_values_recognised_under_neutral_headings(heading: str) -> None:
    """Team labels under a neutral heading are recognised as allowed, not flagged."""
    verdict = _verdict(heading, lambda rng: rng.choice(synth.TEAMS), rows=500)
    assert verdict.allowed_kind is AllowedKind.TEAM


def test_chi_reason_reads_as_in_the_issue() -> None:
    """The CHI reason names the checks, the share and a masked example."""
    reason = _verdict("Ref2", synth.chi_number).reason
    assert reason.startswith("CHI number: 10 digits, valid date and check digit in 100% of values")
    assert "e.g. " in reason and "••••••" in reason


def test_masked_example_hides_the_value() -> None:
    """The example keeps only the ends of a CHI number."""
    verdict = check_column(0, "X", ["2709151259"] * 3, names=default_name_list(), today=synth.TODAY)
    assert verdict.example in ("27••••••59", "")


def test_heading_alone_flags_a_column() -> None:
    """A column headed "Date of birth" is flagged even when its values are not dates."""
    verdict = _verdict("Date of birth", lambda rng: "withheld")
    assert verdict.flagged
    assert verdict.findings[0].from_heading_only


def test_team_name_heading_is_not_a_name() -> None:
    """ "Team name" names a team, not a person."""
    verdict = _verdict("Team name", lambda rng: rng.choice(synth.TEAMS))
    assert verdict.status is ColumnStatus.ALLOWED


def test_age_heading_holding_dates_is_flagged() -> None:
    """An "Age" column that holds exact dates is flagged as dates of birth."""
    verdict = _verdict("Age", lambda rng: synth.birth_date(rng).strftime("%d/%m/%Y"))
    assert IdentifierKind.DATE_OF_BIRTH in {f.kind for f in verdict.findings}


def test_recent_registration_dates_are_not_dates_of_birth() -> None:
    """Dates within the last year (registrations, referrals) are not read as dates of birth."""
    verdict = _verdict(
        "Date registered",
        lambda rng: (
            synth.TODAY - __import__("datetime").timedelta(days=rng.randint(1, 300))
        ).strftime("%d/%m/%Y"),
    )
    assert not verdict.flagged


def test_free_text_notes_are_flagged() -> None:
    """A column of sentences is flagged as free text."""
    verdict = _verdict("Col C", lambda rng: "Seen at home with mum and her new partner today")
    assert IdentifierKind.FREE_TEXT in {f.kind for f in verdict.findings}


def test_reason_without_values_has_no_example() -> None:
    """The reason for the removal record carries no example."""
    verdict = _verdict("Ref2", synth.chi_number)
    assert "e.g." not in verdict.reason_without_values


def test_disguised_population_list_caught() -> None:
    """Names, dates of birth and CHI numbers under neutral headings are flagged, nothing else."""
    headings, rows = synth.disguised_population(300)
    verdicts = check_population_list(headings, synth.columns_of(headings, rows), today=synth.TODAY)
    assert {v.heading for v in verdicts if v.flagged} == {"Col A", "Ref2", "Field 7"}


def test_clean_population_list_passes() -> None:
    """A list of only what the sample needs raises no flags."""
    headings, rows = synth.population(2000)
    verdicts = check_population_list(headings, synth.columns_of(headings, rows), today=synth.TODAY)
    assert not [v.heading for v in verdicts if v.flagged]


def test_progress_reported_per_column() -> None:
    """Progress is reported once per column, ending at the total."""
    headings, rows = synth.population(10)
    seen: list[tuple[int, int]] = []
    check_population_list(
        headings,
        synth.columns_of(headings, rows),
        today=synth.TODAY,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[-1] == (len(headings), len(headings)) and len(seen) == len(headings)


def test_stop_request_cancels() -> None:
    """Asking to stop raises CheckCancelled."""
    headings, rows = synth.population(10)
    with pytest.raises(CheckCancelled):
        check_population_list(
            headings, synth.columns_of(headings, rows), today=synth.TODAY, should_stop=lambda: True
        )


def test_ethnicity_labels_are_not_names() -> None:
    """Ethnicity labels such as "White Scottish" are not taken for names, even in a short list."""
    labels = ["White Scottish", "White Polish", "Asian Pakistani", "Mixed", "Not known"]
    verdict = _verdict("Col D", lambda rng: rng.choice(labels), rows=12)
    assert not verdict.flagged
