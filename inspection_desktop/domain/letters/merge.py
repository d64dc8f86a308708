"""A mail merge: one template, the inspection's data and each chosen recipient's, checked whole
before any letter is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.letters.addressing import address_block, greeting
from inspection_desktop.domain.letters.fields import (
    CompiledTexts,
    MissingField,
    compile_texts,
    missing_fields,
    used_fields,
)
from inspection_desktop.domain.letters.templates import LetterTemplate


@dataclass(frozen=True)
class Recipient:
    """Someone a letter goes to, as the register holds them."""

    name: str
    job_title: str = ""
    organisation: str = ""
    email: str = ""
    address: str = ""
    contact_id: int | None = None

    def fields(self) -> dict[str, str]:
        """The recipient's fields for a template; empty ones are left out, so a use is caught."""
        values = {
            "name": self.name,
            "title": self.job_title,
            "job_title": self.job_title,
            "organisation": self.organisation,
            "email": self.email,
            "address": self.address,
            "first_name": self.name.split()[0] if self.name.split() else "",
        }
        return {key: value for key, value in values.items() if value.strip()}


@dataclass(frozen=True)
class Letterhead:
    """What every letter of an inspection carries: logo, sender's address and signature."""

    logo_path: Path | None = None
    address: str = ""
    signatory_name: str = ""
    signatory_post: str = ""
    reading_base: str = ""
    """The file-reading base (rooms, address), for the letters to file readers."""

    def sender_fields(self) -> dict[str, str]:
        """The signature as template fields (empty ones left out)."""
        values = {"name": self.signatory_name, "post": self.signatory_post}
        return {key: value for key, value in values.items() if value.strip()}


@dataclass(frozen=True)
class Letter:
    """One recipient's letter, filled in and ready to print."""

    recipient: Recipient
    date: dt.date
    subject: str
    greeting: str
    paragraphs: tuple[str, ...]
    sign_off: str
    address_lines: tuple[str, ...]
    warnings: tuple[str, ...] = ()

    @property
    def date_line(self) -> str:
        """The letter's date as printed: "8 February 2027"."""
        return long_date(self.date)


@dataclass(frozen=True)
class LetterRun:
    """What every letter of one run shares on paper."""

    partnership: str
    letterhead: Letterhead
    marking: str
    template_title: str


@dataclass(frozen=True)
class MergeData:
    """What every letter of a run shares: the inspection, its dates, meeting and people."""

    partnership: str
    inspection: str
    today: dt.date
    letterhead: Letterhead = field(default_factory=Letterhead)
    week_commencing: Mapping[int, dt.date] = field(default_factory=dict)
    due: Mapping[str, dt.date] = field(default_factory=dict)
    meeting: Mapping[str, str] = field(default_factory=dict)
    people: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    holders: Mapping[str, Sequence[Mapping[str, str]]] = field(default_factory=dict)

    def context(self, recipient: Recipient) -> dict[str, Any]:
        """Everything a template can name, for one recipient."""
        context: dict[str, Any] = {
            **self._shared_context,
            "recipient": recipient.fields(),
            "greeting": greeting(recipient.name),
        }
        if self.letterhead.reading_base.strip():
            context["reading_base"] = self.letterhead.reading_base.strip()
        return context

    @cached_property
    def _shared_context(self) -> dict[str, Any]:
        """What every recipient's letter names alike, worked out once for the run (a large
        plan's dates, formatted once per recipient, were most of a preview's time)."""
        return {
            "partnership": self.partnership,
            "inspection": self.inspection,
            "today": long_date(self.today),
            "week_commencing": {n: long_date(d) for n, d in self.week_commencing.items()},
            "due": {key.replace("-", "_"): long_date(d) for key, d in self.due.items()},
            "meeting": {k: v for k, v in self.meeting.items() if v.strip()},
            "people": {k: dict(v) for k, v in self.people.items()},
            "holders": {k: [dict(p) for p in v] for k, v in self.holders.items()},
            "sender": self.letterhead.sender_fields(),
        }


def check_merge(
    template: LetterTemplate, data: MergeData, recipients: Sequence[Recipient]
) -> list[MissingField]:
    """Every field the template uses that some recipient's data lacks, in recipient order.

    The signature's name is needed by every letter, so it is checked even when the template
    does not name it.
    """
    fields = set(used_fields(template.subject, template.body, template.sign_off))
    fields.add("sender.name")
    problems = []
    for recipient in recipients:
        for gap in missing_fields(sorted(fields), data.context(recipient)):
            problems.append(MissingField(gap, recipient.name))
    return problems


def address_warnings(recipient: Recipient) -> tuple[str, ...]:
    """What the preview should point out about a recipient before the letter goes."""
    who = recipient.name or "This recipient"
    if not recipient.address.strip():
        return (
            f"{who} has no address in the register: the letter will carry only their "
            "name, post and organisation. Add the address in People before printing.",
        )
    return ()


def fill_letter(template: LetterTemplate, data: MergeData, recipient: Recipient) -> Letter:
    """One recipient's letter, checked first: this raises on the first gap."""
    gaps = check_merge(template, data, [recipient])
    if gaps:
        raise gaps[0]
    texts = compile_texts(template.subject, template.body, template.sign_off)
    return _letter(texts, data, recipient)


def _letter(texts: CompiledTexts, data: MergeData, recipient: Recipient) -> Letter:
    text = texts.render(data.context(recipient), recipient.name)
    lines = address_block(
        [recipient.name, recipient.job_title, recipient.organisation, recipient.address]
    )
    return Letter(
        recipient=recipient,
        date=data.today,
        subject=text.subject,
        greeting=greeting(recipient.name),
        paragraphs=text.paragraphs,
        sign_off=text.sign_off,
        address_lines=lines,
        warnings=address_warnings(recipient),
    )


def fill_letters(
    template: LetterTemplate, data: MergeData, recipients: Sequence[Recipient]
) -> list[Letter]:
    """Every recipient's letter, after checking the whole run: the first gap stops it."""
    gaps = check_merge(template, data, recipients)
    if gaps:
        raise gaps[0]
    texts = compile_texts(template.subject, template.body, template.sign_off)
    return [_letter(texts, data, recipient) for recipient in recipients]
