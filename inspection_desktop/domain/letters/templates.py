"""Letter templates: the shipped ones as files in ``resources/letters``, and the user's own."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from inspection_desktop.domain.marking import OFFICIAL, clean_marking
from inspection_desktop.errors import UserFacingError
from inspection_desktop.resources import resource_path

DEFAULT_MARKING = OFFICIAL


@dataclass(frozen=True)
class LetterTemplate:
    """A letter with fields: subject, body and sign-off in the Jinja2 template language."""

    key: str
    title: str
    subject: str
    body: str
    sign_off: str = "Yours sincerely"
    version: int = 1
    to_roles: tuple[str, ...] = ()
    """Roles the letter usually goes to (the window suggests them)."""
    meeting_key: str = ""
    """The plan item of the meeting the letter is about (its date, time and venue fill fields)."""
    ticks_key: str = ""
    """The checklist item that producing the letter can mark done."""
    marking: str = DEFAULT_MARKING
    description: str = ""
    own_id: int | None = None
    """The database id of a co-ordinator's own template; None for a shipped one."""
    based_on: str = ""

    @property
    def shipped(self) -> bool:
        """Whether the template ships with the app (and so cannot be edited in place)."""
        return self.own_id is None

    def copy_named(self, key: str, title: str) -> LetterTemplate:
        """A copy under a new key and title, to edit as the co-ordinator's own."""
        return replace(self, key=key, title=title, version=1, own_id=None, based_on=self.key)


def letters_folder() -> Path:
    """Where the shipped templates live."""
    return resource_path("letters")


def read_template(path: Path) -> LetterTemplate:
    """Read one template file (TOML), or say plainly what is wrong with it."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        return LetterTemplate(
            key=str(data["key"]),
            title=str(data["title"]),
            subject=str(data["subject"]),
            body=str(data["body"]).strip(),
            sign_off=str(data.get("sign_off", "Yours sincerely")),
            version=int(data.get("version", 1)),
            to_roles=tuple(str(role) for role in data.get("to", ())),
            meeting_key=str(data.get("meeting", "")),
            ticks_key=str(data.get("ticks", "")),
            marking=clean_marking(str(data.get("marking", DEFAULT_MARKING))),
            description=str(data.get("description", "")),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, ValueError) as exc:
        raise UserFacingError(f"The letter template {path.name} cannot be read: {exc}") from exc


def load_templates(folder: Path | None = None) -> tuple[LetterTemplate, ...]:
    """Every template file in the folder, in file-name order."""
    return tuple(
        read_template(path) for path in sorted((folder or letters_folder()).glob("*.toml"))
    )


@cache
def shipped_templates() -> tuple[LetterTemplate, ...]:
    """The templates that ship with the app, read once."""
    return load_templates()


@dataclass(frozen=True)
class SentLetter:
    """One line of the record of letters: what went to whom, when, from which template."""

    template_key: str
    template_title: str
    template_version: int
    recipient_name: str
    produced_at: dt.datetime
    file_format: str
    run_id: str = ""
    own_template: bool = False
    contact_id: int | None = None
    recipient_organisation: str = ""
    subject: str = ""
    file_path: str = ""
    id: int | None = None
