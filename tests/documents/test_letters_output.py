"""Letters on paper and in Word, read back: names, UK dates, marking, nothing lost to "&" or "<"."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from inspection_desktop.documents.letters.letter_docx import join_docx, render_letter_docx
from inspection_desktop.documents.letters.letter_files import LettersCancelled, write_run
from inspection_desktop.documents.letters.letter_pdf import join_pdfs, render_letter
from inspection_desktop.domain.letters.merge import (
    Letter,
    Letterhead,
    LetterRun,
    MergeData,
    Recipient,
    fill_letters,
)
from inspection_desktop.domain.letters.templates import LetterTemplate
from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.letters.merge_run import LetterJob

PARTNERSHIP = "Glenmorven & District <Partnership>"
HEAD = Letterhead(
    address="Council Offices\nHigh Street\nGlenmorven GM1 2AB",
    signatory_name="Ailsa Grant",
    signatory_post="Inspection co-ordinator",
)
TEMPLATE = LetterTemplate(
    key="training",
    title="Training",
    subject="Training on {{ meeting.date }}",
    body=(
        "The training is on {{ meeting.date }} at {{ meeting.venue }}.\n\n"
        "Reading starts in the week commencing {{ week_commencing[12] }}.\n\n"
        "Bring this letter, {{ recipient.name }}."
    ),
)
PEOPLE = [
    Recipient(
        "Łukasz Nowak", "Senior Social Worker", "Glenmorven Council", address="Kirk Wynd\nGM3 4EF"
    ),
    Recipient("Ms Siobhán Ó Briain", "Lead Nurse", "NHS Glenmorven & Islands", address="Ward 7"),
    Recipient("Ruaridh <Rory> MacDonald & Co", "Team Leader", "Police Scotland"),
]


def _data() -> MergeData:
    return MergeData(
        partnership=PARTNERSHIP,
        inspection="Joint inspection",
        today=dt.date(2027, 1, 4),
        letterhead=HEAD,
        week_commencing={12: dt.date(2027, 2, 8)},
        meeting={"date": "Monday 1 February 2027", "venue": "Room 2 & 3 <Annexe>"},
    )


def _letters(template: LetterTemplate = TEMPLATE) -> list[Letter]:
    return fill_letters(template, _data(), PEOPLE)


RUN = LetterRun(PARTNERSHIP, HEAD, "OFFICIAL-SENSITIVE", "Training")


def _text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_a_pdf_letter_reads_back_with_names_dates_and_marking() -> None:
    """The greeting, recipient, UK dates and marking (top and foot) are in the PDF's text."""
    text = _text(render_letter(_letters()[1], RUN))[0]
    assert "Dear Ms Ó Briain" in text
    assert "NHS Glenmorven & Islands" in text
    assert "4 January 2027" in text and "8 February 2027" in text
    assert "Room 2 & 3 <Annexe>" in text
    assert text.count("OFFICIAL-SENSITIVE") == 2
    assert "Page 1 of 1" in text


def test_any_european_name_prints_in_the_embedded_font() -> None:
    """Łukasz, Siobhán and Ruaridh read back intact, and only DejaVu fonts are used."""
    data = join_pdfs([render_letter(letter, RUN) for letter in _letters()], title="t", author="a")
    text = "".join(_text(data))
    for name in ("Łukasz Nowak", "Siobhán Ó Briain", "Ruaridh <Rory> MacDonald & Co"):
        assert name in text
    reader = PdfReader(io.BytesIO(data))
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVu" in name for name in fonts)


def test_a_long_letter_flows_onto_a_second_page() -> None:
    """Body text carries on to page 2, numbered "Page 2 of 2", with the signature kept whole."""
    long_body = "\n\n".join(f"Paragraph {n}: " + "words " * 60 for n in range(1, 12))
    template = LetterTemplate(key="long", title="Long", subject="Long", body=long_body)
    pages = _text(render_letter(_letters(template)[0], RUN))
    assert len(pages) == 2
    assert "Page 2 of 2" in pages[1] and "Paragraph 11" in pages[1]
    assert "Ailsa Grant" in pages[1] and "OFFICIAL-SENSITIVE" in pages[1]


def test_a_recipient_without_an_address_gets_a_warning_not_a_blank_block() -> None:
    """The third person has no address: the letter warns, and its block holds what is known."""
    letter = _letters()[2]
    assert letter.warnings and "no address" in letter.warnings[0]
    assert letter.address_lines == (
        "Ruaridh <Rory> MacDonald & Co",
        "Team Leader",
        "Police Scotland",
    )


def test_word_letters_keep_every_paragraph_with_ampersands_and_angle_brackets() -> None:
    """Autoescaping keeps "&" and "<" from swallowing paragraphs: every one reads back whole."""
    letter = _letters()[2]
    document = Document(io.BytesIO(render_letter_docx(letter, RUN)))
    texts = [p.text for p in document.paragraphs]
    assert "Ruaridh <Rory> MacDonald & Co" in texts
    assert "Dear Ruaridh <Rory> MacDonald & Co" in texts
    assert "The training is on Monday 1 February 2027 at Room 2 & 3 <Annexe>." in texts
    assert "Bring this letter, Ruaridh <Rory> MacDonald & Co." in texts
    assert texts[-1] == PARTNERSHIP
    assert document.sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE"


def test_the_joined_word_file_holds_every_letter() -> None:
    """docxcompose joins the letters; each recipient's greeting is in the one file."""
    joined = join_docx([render_letter_docx(letter, RUN) for letter in _letters()])
    texts = [p.text for p in Document(io.BytesIO(joined)).paragraphs]
    for greeting in ("Dear Łukasz Nowak", "Dear Ms Ó Briain", "Dear Ruaridh <Rory> MacDonald & Co"):
        assert greeting in texts


def _job() -> LetterJob:
    return LetterJob(TEMPLATE, RUN, tuple(_letters()), "run0123456789")


def test_a_run_writes_one_file_per_recipient_and_the_joined_files(tmp_path: Path) -> None:
    """Names sort and say who; the joined PDF and .docx hold every letter; no staging left."""
    written = write_run(_job(), tmp_path, ("pdf", "docx"), combined=tmp_path / "00 All.pdf")
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "00 All.docx",
        "00 All.pdf",
        "01 Łukasz Nowak - training.docx",
        "01 Łukasz Nowak - training.pdf",
        "02 Ms Siobhán Ó Briain - training.docx",
        "02 Ms Siobhán Ó Briain - training.pdf",
        "03 Ruaridh Rory MacDonald & Co - training.docx",
        "03 Ruaridh Rory MacDonald & Co - training.pdf",
    ]
    assert len(written.files) == 6
    assert len(PdfReader(tmp_path / "00 All.pdf").pages) == 3


def test_cancelling_a_run_leaves_no_file_at_all(tmp_path: Path) -> None:
    """Cancelled after the second letter: nothing is in the folder, not even a staging folder."""
    steps: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        steps.append(message)

    with pytest.raises(LettersCancelled):
        write_run(
            _job(), tmp_path, ("pdf",), combined=tmp_path / "all.pdf",
            progress=progress, cancelled=lambda: len(steps) >= 2,
        )  # fmt: skip
    assert list(tmp_path.iterdir()) == []
    assert len(steps) == 2


def test_the_logo_heads_the_pdf_and_the_word_letter(tmp_path: Path) -> None:
    """A logo set with the letterhead is an image on the PDF page and in the Word file."""
    from dataclasses import replace

    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (29, 78, 137)).save(logo)
    run = replace(RUN, letterhead=replace(HEAD, logo_path=logo))
    letter = _letters()[0]
    page = PdfReader(io.BytesIO(render_letter(letter, run))).pages[0]
    assert len(page.images) == 1
    assert len(Document(io.BytesIO(render_letter_docx(letter, run))).inline_shapes) == 1


def test_a_paragraphs_heading_line_is_bold_in_word() -> None:
    """ "Training" above its lines is a bold run of its own paragraph in the Word letter."""
    template = LetterTemplate(
        key="t", title="T", subject="S", body="Training\nCome to {{ meeting.venue }}."
    )
    document = Document(io.BytesIO(render_letter_docx(_letters(template)[0], RUN)))
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Training"))
    bold = [run.text for run in paragraph.runs if run.bold]
    assert bold == ["Training"]
    assert "Come to Room 2 & 3 <Annexe>." in paragraph.text


def test_a_joined_file_in_a_missing_folder_is_refused_before_any_letter(tmp_path: Path) -> None:
    """The joined file's folder is checked first, so no letter is written and then orphaned."""
    from inspection_desktop.errors import UserFacingError

    with pytest.raises(UserFacingError, match="joined file"):
        write_run(_job(), tmp_path, ("pdf",), combined=tmp_path / "missing" / "all.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_word_letter_numbers_its_pages() -> None:
    """The footer holds the marking and Word's PAGE and NUMPAGES fields."""
    document = Document(io.BytesIO(render_letter_docx(_letters()[0], RUN)))
    footer = document.sections[0].footer
    assert footer.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    codes = "".join(
        node.text or "" for node in footer._element.iter() if node.tag.endswith("instrText")
    )
    assert "PAGE" in codes and "NUMPAGES" in codes


def test_the_shipped_word_layout_is_what_its_script_builds(tmp_path: Path) -> None:
    """resources/letters/letter.docx matches build_docx_templates.py (rerun it after an edit)."""
    import importlib.util
    import zipfile

    from inspection_desktop.resources import resource_path

    script = resource_path("letters", "build_docx_templates.py")
    spec = importlib.util.spec_from_file_location("build_docx_templates", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build_letter(tmp_path / "letter.docx")
    parts = ("word/document.xml", "word/header1.xml", "word/footer1.xml")
    with (
        zipfile.ZipFile(tmp_path / "letter.docx") as built,
        zipfile.ZipFile(resource_path("letters", "letter.docx")) as shipped,
    ):
        names = set(built.namelist())
        for part in (p for p in parts if p in names):
            assert built.read(part) == shipped.read(part), part


def test_a_missing_letters_folder_is_made_and_removed_again_on_cancel(tmp_path: Path) -> None:
    """--out letters/ makes the folder; a cancelled run takes it away again, leaving nothing."""
    made = tmp_path / "letters"
    write_run(_job(), made, ("pdf",), combined=made / "all.pdf")
    assert (made / "all.pdf").is_file()
    other = tmp_path / "other"
    with pytest.raises(LettersCancelled):
        write_run(_job(), other, ("pdf",), cancelled=lambda: True)
    assert not other.exists()
    with pytest.raises(UserFacingError, match="does not exist"):
        write_run(_job(), tmp_path / "no" / "such", ("pdf",))


def test_a_pdf_letter_is_titled_and_bookmarked_without_being_read_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A letter's title and bookmark (Łukasz's name intact) come from its one layout."""
    import pypdf

    from inspection_desktop.documents.common import pdf_finishing

    opened: list[object] = []

    class CountingReader(PdfReader):
        def __init__(self, *args: object, **kwargs: object) -> None:
            opened.append(args)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_finishing, "PdfReader", CountingReader)
    monkeypatch.setattr(pypdf, "PdfReader", CountingReader)
    data = render_letter(_letters()[0], RUN)
    assert opened == []
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None
    assert reader.metadata.title == "Training on Monday 1 February 2027: Łukasz Nowak"
    assert [item.title for item in reader.outline] == ["Training on Monday 1 February 2027"]
    assert reader.page_mode == "/UseOutlines"
