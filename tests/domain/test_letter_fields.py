"""Letter templates: fields found and checked per recipient, greetings, address blocks, names."""

from __future__ import annotations

import datetime as dt

import pytest

from inspection_desktop.domain.letters.addressing import address_block, file_stem, greeting
from inspection_desktop.domain.letters.fields import MissingField, TemplateProblem, used_fields
from inspection_desktop.domain.letters.merge import (
    Letterhead,
    MergeData,
    Recipient,
    check_merge,
    fill_letters,
)
from inspection_desktop.domain.letters.templates import LetterTemplate, shipped_templates

DATA = MergeData(
    partnership="Glenmorven Community Planning Partnership",
    inspection="Joint inspection",
    today=dt.date(2027, 1, 4),
    letterhead=Letterhead(signatory_name="Ailsa Grant", signatory_post="Inspection co-ordinator"),
    week_commencing={12: dt.date(2027, 2, 8)},
    meeting={"date": "Monday 1 February 2027", "venue": "", "time": "10:00"},
)


def _template(body: str) -> LetterTemplate:
    return LetterTemplate(key="t", title="T", subject="Subject", body=body)


def test_used_fields_name_the_dotted_paths_a_template_uses() -> None:
    """Top-level names and the paths below them are found, loop variables are not."""
    fields = used_fields(
        "{{ meeting.venue }} {{ week_commencing[12] }}", "{% for r in rs %}{{ r.x }}{% endfor %}"
    )
    assert {"meeting", "meeting.venue", "week_commencing", "week_commencing.12", "rs"} <= set(
        fields
    )
    assert "r" not in fields and "r.x" not in fields


def test_a_field_guarded_by_is_defined_is_not_required() -> None:
    """`{% if people.x is defined %}` makes people.x optional for the check."""
    template = _template("{% if people.chair is defined %}{{ people.chair.name }}{% endif %}")
    assert check_merge(template, DATA, [Recipient("Ruaridh Fraser")]) == []


def test_a_missing_field_is_named_with_the_recipient() -> None:
    """An empty venue is a missing field, named with the first recipient it fails for."""
    template = _template("Venue: {{ meeting.venue }}")
    problems = check_merge(template, DATA, [Recipient("Łukasz Nowak"), Recipient("Ruaridh")])
    assert [(p.field, p.recipient) for p in problems] == [
        ("meeting.venue", "Łukasz Nowak"),
        ("meeting.venue", "Ruaridh"),
    ]
    assert "meeting.venue" in str(problems[0]) and "Łukasz Nowak" in str(problems[0])


def test_filling_the_letters_stops_at_the_first_gap_before_any_letter() -> None:
    """A recipient lacking a field stops the whole run, whoever comes first."""
    template = _template("Dear {{ recipient.organisation }}")
    people = [Recipient("Siobhán Ó Briain", organisation="NHS"), Recipient("Ruaridh")]
    with pytest.raises(MissingField) as raised:
        fill_letters(template, DATA, people)
    assert raised.value.recipient == "Ruaridh"


def test_the_signature_is_needed_even_when_the_body_does_not_name_it() -> None:
    """Without a signatory every letter would end unsigned, so the check names sender.name."""
    data = MergeData("P", "I", dt.date(2027, 1, 4))
    problems = check_merge(_template("Hello"), data, [Recipient("Ruaridh")])
    assert [p.field for p in problems] == ["sender.name"]


def test_a_syntax_slip_in_a_template_is_a_plain_message() -> None:
    """An unclosed field says where it is instead of raising Jinja's own error."""
    with pytest.raises(TemplateProblem, match="line 1"):
        used_fields("{{ meeting.venue ")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ms Siobhán Ó Briain", "Dear Ms Ó Briain"),
        ("Dr Hans van der Berg", "Dear Dr van der Berg"),
        ("Ruaridh Fraser", "Dear Ruaridh Fraser"),
        ("", "Dear colleague"),
        ("Mr", "Dear colleague"),
    ],
)
def test_greeting(name: str, expected: str) -> None:
    """A courtesy title greets by surname, a plain name in full, no name as a colleague."""
    assert greeting(name) == expected


def test_the_address_block_leaves_out_empty_lines() -> None:
    """Blank lines, blank parts and stray spaces do not leave gaps in the block."""
    assert address_block(["Ruaridh Fraser", "", "NHS  Glenmorven", "Ward 7\n\n  GM2 3CD "]) == (
        "Ruaridh Fraser",
        "NHS Glenmorven",
        "Ward 7",
        "GM2 3CD",
    )


def test_file_names_sort_and_say_who() -> None:
    """A number first, then the name without characters Windows refuses."""
    assert file_stem(3, 'Łukasz "Luke" Nowak/Council', "training") == (
        "03 Łukasz Luke NowakCouncil - training"
    )


def test_at_least_the_seven_letters_ship_and_parse() -> None:
    """The seven letters of the preparation weeks ship as files whose fields parse."""
    keys = {t.key for t in shipped_templates()}
    assert {
        "coordinators-confirmation",
        "participation-invitation",
        "file-reader-training",
        "staff-survey-briefing",
        "leaflets-cover",
        "ict-reader-logins",
        "base-room-booking",
    } <= keys
    for template in shipped_templates():
        assert used_fields(template.subject, template.body, template.sign_off)


def test_a_short_first_line_is_a_paragraphs_heading() -> None:
    """ "Training" over its lines is a heading; a sentence or a single line is not."""
    from inspection_desktop.domain.letters.fields import heading_and_rest

    assert heading_and_rest("Training\nBe there at ten.") == ("Training", "Be there at ten.")
    assert heading_and_rest("We met.\nThen left.") == ("", "We met.\nThen left.")
    assert heading_and_rest("Training") == ("", "Training")


def test_a_runs_dates_are_written_out_once_for_all_its_recipients(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Checking forty recipients formats the plan's dates once, not once per recipient."""
    from inspection_desktop.domain.letters import merge

    formatted: list[dt.date] = []
    real = merge.long_date

    def counting(day: dt.date) -> str:
        formatted.append(day)
        return real(day)

    monkeypatch.setattr(merge, "long_date", counting)
    due = {f"item-{n}": dt.date(2027, 1, 4) + dt.timedelta(days=n) for n in range(100)}
    data = MergeData("P", "I", dt.date(2027, 1, 4), DATA.letterhead, due=due)
    recipients = [Recipient(f"Person {n}", address="1 High Street") for n in range(40)]
    assert check_merge(_template("Due {{ due.item_7 }}."), data, recipients) == []
    assert len(formatted) == len(due) + 1  # and today's date
