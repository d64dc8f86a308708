"""The letters commands on the demo inspection: templates, make (all or nothing), sent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspection_desktop.app import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the app's entry point and capture its output."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_templates_as_json_list_key_and_title(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A JSON list of objects, each with at least a key and a title."""
    code, out, _ = run(
        capsys, "--db", str(demo_db_path), "letters", "templates", "--format", "json"
    )
    templates = json.loads(out)
    assert code == 0 and len(templates) >= 7
    assert all(t["key"] and t["title"] for t in templates)


def test_make_writes_a_letter_per_reader_and_says_how_many(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A PDF for each reader and the joined file; the count is printed."""
    out_dir = tmp_path / "letters"
    out_dir.mkdir()
    code, out, err = run(
        capsys, "--db", str(demo_db_path), "letters", "make", "file-reader-training",
        "--to", "local file reader", "--out", str(out_dir), "--combined", str(out_dir / "all.pdf"),
    )  # fmt: skip
    assert code == 0, err
    count = int(out.split()[0])
    assert count >= 3 and f"{count} letters written" in out
    assert len(list(out_dir.glob("[0-9]* - file-reader-training.pdf"))) == count
    text = "".join(page.extract_text() for page in PdfReader(out_dir / "all.pdf").pages)
    assert "Dear Łukasz Nowak" in text and "Dear Eilidh MacLeòid" in text
    assert "Daniel Okonkwo has no address" in err


def test_make_as_word_writes_docx_files(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format docx writes one Word letter per recipient."""
    code, out, _ = run(
        capsys, "--db", str(demo_db_path), "letters", "make", "coordinators-confirmation",
        "--to", "inspection_lead", "--out", str(tmp_path), "--format", "docx",
    )  # fmt: skip
    assert code == 0 and "1 letter written" in out
    assert [p.name for p in tmp_path.glob("*.docx")] == [
        "01 Moira Henderson - coordinators-confirmation.docx"
    ]


def test_a_missing_field_names_field_and_person_and_writes_nothing(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A meeting with no date yet: one line on stderr, exit 2, an empty folder."""
    _, listed, _ = run(capsys, "--db", str(demo_db_path), "meetings", "list", "--format", "json")
    undated = next(m["id"] for m in json.loads(listed) if not m["timed"])
    out_dir = tmp_path / "letters"
    out_dir.mkdir()
    code, _, err = run(
        capsys, "--db", str(demo_db_path), "letters", "make", "participation-invitation",
        "--to", "local_file_reader", "--meeting", str(undated), "--out", str(out_dir),
    )  # fmt: skip
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert '"meeting.date" has no value for ' in err
    assert list(out_dir.iterdir()) == []


def test_sent_lists_the_record_as_json(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After a run the record names each reader, the template and its version."""
    run(
        capsys, "--db", str(demo_db_path), "letters", "make", "file-reader-training",
        "--to", "local_file_reader", "--out", str(tmp_path),
    )  # fmt: skip
    code, out, _ = run(capsys, "--db", str(demo_db_path), "letters", "sent", "--format", "json")
    sent = json.loads(out)
    assert code == 0
    names = {s["recipient"] for s in sent}
    assert {"Daniel Okonkwo", "Eilidh MacLeòid", "Łukasz Nowak"} <= names
    assert len(sent) == len(names)
    assert {(s["template"], s["version"]) for s in sent} == {("file-reader-training", 1)}


def test_the_letterhead_can_be_set_from_the_command_line(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Name and post set on the command line are shown back."""
    code, out, _ = run(
        capsys, "--db", str(demo_db_path), "letters", "letterhead",
        "--name", "Siobhán Ó Briain", "--post", "Head of Children's Services",
    )  # fmt: skip
    assert code == 0 and "Siobhán Ó Briain" in out and "Head of Children's Services" in out


def test_agenda_and_minutes_can_be_saved_as_word(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format docx writes the agenda and the minutes as Word files."""
    from docx import Document

    for command in ("agenda", "minutes"):
        target = tmp_path / f"{command}.docx"
        code, _, err = run(
            capsys,
            "--db",
            str(demo_db_path),
            command,
            "1",
            "--out",
            str(target),
            "--format",
            "docx",
        )
        assert code == 0, err
        assert Document(str(target)).paragraphs[1].text == "Participation and engagement meeting"


def test_make_can_write_to_everyone_invited_to_a_meeting(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--invited-to writes to the people on a meeting's invitation, typed names included."""
    _, listed, _ = run(capsys, "--db", str(demo_db_path), "meetings", "list", "--format", "json")
    week4 = next(m["id"] for m in json.loads(listed) if m["week"] == 4 and m["timed"])
    code, _, err = run(
        capsys, "--db", str(demo_db_path), "letters", "make", "staff-survey-briefing",
        "--invited-to", str(week4), "--out", str(tmp_path),
    )  # fmt: skip
    assert code == 0, err
    assert any("Tomás Ó Ceallaigh" in p.name for p in tmp_path.glob("*.pdf"))
