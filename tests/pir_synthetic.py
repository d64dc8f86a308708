"""Synthetic population lists for the PIR data guard's tests: invented people, valid formats."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from collections.abc import Callable
from pathlib import Path

from inspection_desktop.domain.pir.check_digits import candidate_check_digit, chi_check_digit

TODAY = dt.date(2026, 11, 28)

# Mostly common names, with some the bundled list does not hold, as in a real list.
FIRST = [
    "Aisha",
    "Callum",
    "Eilidh",
    "Finlay",
    "Isla",
    "Lewis",
    "Morgan",
    "Niamh",
    "Rory",
    "Zara",
    "Oskar",
    "Wiktoria",
    "Ethan",
    "Ruby",
    "Leo",
    "Freya",
    "Kai",
    "Maisie",
    "Jayden",
    "Skye",
    "Harris",
    "Orla",
    "Alfie",
    "Poppy",
    "Arran",
    "Lyla",
    "Tadhg",
    "Saoirse",
    "Brodie",
    "Kenzie",
]
LAST = [
    "Baird",
    "Campbell",
    "Docherty",
    "Fraser",
    "Kerr",
    "Macleod",
    "Munro",
    "Reid",
    "Watt",
    "Khan",
    "Nowak",
    "Singh",
    "Laing",
    "Orr",
    "Tait",
    "Hogg",
    "Swan",
    "Kelly",
    "Logan",
    "Ritchie",
    "Boyle",
    "Quinn",
    "Moffat",
    "Irvine",
    "Lennox",
    "Gilmour",
    "Hendry",
    "Yule",
    "Bain",
    "Rennie",
]
STREETS = ["Rose Street", "Harbour Road", "Kirk Wynd", "Elm Crescent", "Mill Lane", "Brae View"]
TEAMS = ["Locality North", "Locality South", "Throughcare Team", "Children and Families East"]
STATUSES = ["CSO at home", "CSO away from home", "CPR", "Voluntary", "Aftercare", "Kinship care"]
BANDS = ["0-4", "5-11", "12-15", "16-17", "18-26"]


def birth_date(rng: random.Random) -> dt.date:
    """A date of birth for someone aged 0 to 20 on TODAY."""
    return TODAY - dt.timedelta(days=rng.randint(30, 20 * 365))


def chi_number(rng: random.Random) -> str:
    """A CHI number with a valid date and modulus-11 check digit."""
    while True:
        born = birth_date(rng)
        first_nine = born.strftime("%d%m%y") + f"{rng.randint(0, 999):03d}"
        check = chi_check_digit(first_nine)
        if check is not None:
            return first_nine + str(check)


def candidate_number(rng: random.Random) -> str:
    """A Scottish Candidate Number with a valid check digit."""
    while True:
        first_eight = f"{rng.randint(10_000_000, 99_999_999)}"
        check = candidate_check_digit(first_eight)
        if check is not None:
            return first_eight + str(check)


def ni_number(rng: random.Random) -> str:
    """A National Insurance number of the right shape."""
    return f"{rng.choice('ABCEGHJKLMNPRSTWXYZ')}{rng.choice('ABCEGHJKLMNPRSTWXYZ')}" + (
        f"{rng.randint(0, 999_999):06d}{rng.choice('ABCD')}"
    )


def postcode(rng: random.Random) -> str:
    """A UK postcode of the right shape."""
    return (
        f"{rng.choice(['EH', 'G', 'AB', 'KY', 'IV'])}{rng.randint(1, 49)} {rng.randint(0, 9)}"
        + (f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}")
    )


def phone_number(rng: random.Random) -> str:
    """A UK mobile or landline number, written as people write them."""
    if rng.random() < 0.5:
        return f"07{rng.randint(100, 999)} {rng.randint(100_000, 999_999)}"
    return f"(0131) {rng.randint(200, 999)} {rng.randint(1000, 9999)}"


def full_name(rng: random.Random) -> str:
    """An invented first name and surname."""
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def street_address(rng: random.Random) -> str:
    """A house number and street."""
    return f"{rng.randint(1, 200)} {rng.choice(STREETS)}"


def email(rng: random.Random) -> str:
    """An invented personal email address."""
    return f"{rng.choice(FIRST).lower()}.{rng.choice(LAST).lower()}{rng.randint(1, 99)}@example.org"


def case_reference(row: int) -> str:
    """A local case-record reference such as SW100234."""
    return f"SW{100_000 + row}"


ALLOWED_COLUMNS: dict[str, Callable[[random.Random, int], str]] = {
    "Case ref": lambda rng, row: case_reference(row),
    "Age band": lambda rng, row: rng.choice(BANDS),
    "Gender": lambda rng, row: rng.choice(["Male", "Female", "Not known"]),
    "Legal status": lambda rng, row: rng.choice(STATUSES),
    "Team": lambda rng, row: rng.choice(TEAMS),
    "Sibling group": lambda rng, row: rng.choice(["", "", f"SG-{rng.randint(1, 40):02d}"]),
}

IDENTIFIER_COLUMNS: dict[str, Callable[[random.Random, int], str]] = {
    "Name": lambda rng, row: full_name(rng),
    "DOB": lambda rng, row: birth_date(rng).strftime("%d/%m/%Y"),
    "CHI": lambda rng, row: chi_number(rng),
}


def population(
    rows: int,
    *,
    identifiers: dict[str, Callable[[random.Random, int], str]] | None = None,
    seed: int = 7,
) -> tuple[list[str], list[list[str]]]:
    """Headings and rows: the allowed columns plus any identifier columns, under the given names."""
    rng = random.Random(seed)
    generators = dict(ALLOWED_COLUMNS)
    generators.update(identifiers or {})
    headings = list(generators)
    body = [[generators[h](rng, row) for h in headings] for row in range(rows)]
    return headings, body


def disguised_population(rows: int, seed: int = 7) -> tuple[list[str], list[list[str]]]:
    """A list with names, dates of birth and CHI numbers under neutral headings."""
    return population(
        rows,
        identifiers={
            "Col A": IDENTIFIER_COLUMNS["Name"],
            "Ref2": IDENTIFIER_COLUMNS["CHI"],
            "Field 7": IDENTIFIER_COLUMNS["DOB"],
        },
        seed=seed,
    )


def columns_of(headings: list[str], rows: list[list[str]]) -> list[list[str]]:
    """The rows turned into columns."""
    return [[row[i] for row in rows] for i in range(len(headings))]


def write_csv(
    path: Path,
    headings: list[str],
    rows: list[list[str]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
) -> Path:
    """Write a population list as CSV in the given encoding and separator."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headings)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(
    path: Path,
    headings: list[str],
    rows: list[list[object]],
    *,
    sheets: tuple[str, ...] = ("Population",),
) -> Path:
    """Write a population list to the first sheet of a workbook (later sheets hold a note)."""
    import openpyxl

    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    first.title = sheets[0]
    first.append(headings)
    for row in rows:
        first.append(row)
    for name in sheets[1:]:
        other = workbook.create_sheet(name)
        other.append(["Note"])
        other.append(["Prepared by the co-ordinating team"])
    workbook.save(path)
    return path
