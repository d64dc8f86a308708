"""The sample file reader (identifier columns refused) and the printed timetable and sheets."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from pypdf import PdfReader

from inspection_desktop.documents.file_reading.reading_pdf import (
    MARKING,
    render_reader_sheets,
    render_timetable,
)
from inspection_desktop.documents.file_reading.sample_file import (
    IdentifierColumnsError,
    read_sample_file,
)
from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.file_reading.allocate import allocate_sample
from inspection_desktop.usecases.file_reading.placements import picture
from inspection_desktop.usecases.services import Services
from tests.file_reading_setup import make_setup

HEADINGS = "Case reference,Team,Service,Child protection register,Sibling group\n"


def write(tmp_path: Path, text: str, name: str = "sample.csv") -> Path:
    """A CSV file with the text."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_sample_list_is_read_with_its_fields(tmp_path: Path) -> None:
    """Reference, team, service, child protection and sibling group come through."""
    path = write(tmp_path, HEADINGS + "GM-1,East,Social work,Yes,S1\nGM-2,West,Social work,No,\n")
    lines = read_sample_file(path).lines
    assert [(x.reference, x.team, x.child_protection, x.sibling_group) for x in lines] == [
        ("GM-1", "East", True, "S1"),
        ("GM-2", "West", False, ""),
    ]


def test_a_file_with_identifier_columns_is_refused_naming_them(tmp_path: Path) -> None:
    """Names and dates of birth beside the references: refused, both columns named."""
    rows = "".join(
        f"GM-{n},{name},0{n}/05/2014\n"
        for n, name in enumerate(["Amy Smith", "Jack Brown", "Olivia Wilson", "Noah Taylor"], 1)
    )
    path = write(tmp_path, "Case reference,Child's name,Date of birth\n" + rows)
    with pytest.raises(IdentifierColumnsError) as refused:
        read_sample_file(path)
    assert [heading for heading, _ in refused.value.columns] == ["Child's name", "Date of birth"]
    assert "was not imported" in str(refused.value)


def test_a_chi_number_column_in_a_workbook_is_refused(tmp_path: Path) -> None:
    """An .xlsx sample with a CHI column is refused too."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Case reference", "CHI"])
    for n in range(5):
        sheet.append([f"GM-{n}", f"01011{n}1234"])
    path = tmp_path / "sample.xlsx"
    book.save(path)
    with pytest.raises(IdentifierColumnsError, match="CHI"):
        read_sample_file(path)


def test_a_file_without_a_reference_column_is_refused(tmp_path: Path) -> None:
    """Without case-record references there is nothing to import."""
    with pytest.raises(UserFacingError, match="no column of case-record references"):
        read_sample_file(write(tmp_path, "Team,Service\nEast,Social work\n"))


def test_a_child_protection_value_that_is_not_yes_or_no_is_refused(tmp_path: Path) -> None:
    """ "Maybe" in the child protection column stops the import with the row named."""
    with pytest.raises(UserFacingError, match="row 2"):
        read_sample_file(write(tmp_path, HEADINGS + "GM-1,East,Social work,Maybe,\n"))


def pdf_texts(data: bytes) -> list[str]:
    """The text of each page."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_the_timetable_is_marked_and_lists_each_day_room_and_pair(services: Services) -> None:
    """Every page says OFFICIAL-SENSITIVE and its page number; days, room and readers print."""
    made = make_setup(services)
    allocate_sample(services, made.inspection_id)
    texts = pdf_texts(
        render_timetable(picture(services, made.inspection_id), "Testshire", dt.date(2027, 1, 4))
    )
    whole = "\n".join(texts)
    assert all(MARKING in text and f"of {len(texts)}" in text for text in texts)
    assert "Monday 8 March 2027" in whole and "Room A, Testshire House" in whole
    assert "Łucja Local" in whole


def test_a_reader_sheet_holds_their_records_room_address_and_ict(services: Services) -> None:
    """One reader's sheet: name, records, room, the base's address and the login process."""
    made = make_setup(services)
    allocate_sample(services, made.inspection_id)
    data = render_reader_sheets(
        picture(services, made.inspection_id),
        "Testshire",
        dt.date(2027, 1, 4),
        only=[made.readers["Łucja Local"]],
    )
    (text,) = pdf_texts(data)
    for expected in ("Łucja Local", "Room A", "1 High Street", "temporary account", MARKING):
        assert expected in text
    assert "REF-" in text
