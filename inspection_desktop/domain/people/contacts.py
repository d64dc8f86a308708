"""Contacts in the register: what one holds, the rules it must meet and how imports match it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from inspection_desktop.domain.people.phone_numbers import phone_problem, readable_phone
from inspection_desktop.domain.roles import RoleCatalogue

YOUNG_PERSON_PRIVACY_NOTE = (
    "For young inspection volunteers and representative young people the register keeps only a "
    "first name or initials and the group they belong to, such as a Champions Board. Their email "
    "address, phone number and home address are not asked for or kept: the register holds the "
    "least personal information that serves, and young people are best reached through their "
    "group or the participation co-ordinator."
)

# One "@", something before it, and a domain with at least one dot; no spaces anywhere.
_EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$")
# "Sam", "Anne-Marie", "O'Neil", "J", "J.D.", "J D", "JD".
_FIRST_NAME = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*$")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.?\s?){1,3}$")


class OrganisationKind(StrEnum):
    """The kinds of body a contact works for."""

    LOCAL_AUTHORITY = "local_authority"
    NHS_BOARD = "nhs_board"
    POLICE_SCOTLAND = "police_scotland"
    SCRA = "scra"
    CARE_INSPECTORATE = "care_inspectorate"
    SCRUTINY_PARTNER = "scrutiny_partner"
    THIRD_SECTOR = "third_sector"
    OTHER = "other"

    @property
    def label(self) -> str:
        """How the kind reads on screen."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    OrganisationKind.LOCAL_AUTHORITY: "Local authority",
    OrganisationKind.NHS_BOARD: "NHS board",
    OrganisationKind.POLICE_SCOTLAND: "Police Scotland",
    OrganisationKind.SCRA: "SCRA (Children's Reporter)",
    OrganisationKind.CARE_INSPECTORATE: "Care Inspectorate",
    OrganisationKind.SCRUTINY_PARTNER: "Scrutiny partner",
    OrganisationKind.THIRD_SECTOR: "Third sector",
    OrganisationKind.OTHER: "Other",
}

# Words that give an organisation's kind away, checked in this order.
_KIND_HINTS: tuple[tuple[OrganisationKind, tuple[str, ...]], ...] = (
    (OrganisationKind.POLICE_SCOTLAND, ("police",)),
    (OrganisationKind.SCRA, ("scra", "children's reporter", "childrens reporter")),
    (OrganisationKind.CARE_INSPECTORATE, ("care inspectorate",)),
    (
        OrganisationKind.SCRUTINY_PARTNER,
        ("education scotland", "hmics", "constabulary", "healthcare improvement scotland"),
    ),
    (OrganisationKind.NHS_BOARD, ("nhs", "health board", "health and social care")),
    (OrganisationKind.LOCAL_AUTHORITY, ("council", "local authority", "comhairle")),
    (OrganisationKind.THIRD_SECTOR, ("charity", "trust", "voluntary", "third sector", "scio")),
)


@dataclass(frozen=True)
class ContactDraft:
    """A contact as typed or imported, before the register stores it."""

    name: str
    job_title: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""  # for letters; lines separated by newlines
    notes: str = ""
    roles: tuple[str, ...] = ()  # role keys from the role catalogue
    group: str = ""  # young people only, e.g. "Champions Board"


def guess_organisation_kind(name: str) -> OrganisationKind:
    """Guess what kind of body an organisation is from its name (OTHER when unsure)."""
    folded = name.casefold().replace("’", "'")
    for kind, hints in _KIND_HINTS:
        if any(hint in folded for hint in hints):
            return kind
    return OrganisationKind.OTHER


def tidy_contact(draft: ContactDraft) -> ContactDraft:
    """Trim stray spaces, put the phone number in readable form and drop repeated roles."""
    email = draft.email.strip()
    if email.casefold().startswith("mailto:"):
        email = email[len("mailto:") :]
    return replace(
        draft,
        name=" ".join(draft.name.split()),
        job_title=" ".join(draft.job_title.split()),
        organisation=" ".join(draft.organisation.split()),
        email=email.strip(),
        phone=readable_phone(draft.phone) if draft.phone.strip() else "",
        address="\n".join(line.strip() for line in draft.address.splitlines() if line.strip()),
        notes=draft.notes.strip(),
        roles=tuple(dict.fromkeys(draft.roles)),
        group=" ".join(draft.group.split()),
    )


def email_problem(email: str) -> str | None:
    """Why an email address doesn't look right, in plain words; None when it does."""
    text = email.strip()
    if not text or _EMAIL_SHAPE.match(text):
        return None
    return (
        f'The email address "{text}" doesn\'t look right: it needs one @ and a domain '
        "such as example.gov.uk."
    )


def is_young_person(draft: ContactDraft, roles: RoleCatalogue) -> bool:
    """Whether the contact holds a young person's role (so the register keeps the least data)."""
    return any(key in roles and roles.get(key).young_person for key in draft.roles)


def is_first_name_or_initials(name: str) -> bool:
    """Whether a name is only a first name ("Sam", "Anne-Marie") or initials ("J.D.")."""
    text = name.strip()
    return bool(text) and bool(_FIRST_NAME.match(text) or _INITIALS.match(text))


def contact_problems(draft: ContactDraft, roles: RoleCatalogue) -> list[str]:
    """Every reason the register can't keep this contact as it stands, in plain words."""
    problems: list[str] = []
    if not draft.name.strip():
        problems.append("A name is needed.")
    unknown = [key for key in draft.roles if key not in roles]
    problems.extend(f'There is no role "{key}".' for key in unknown)
    if is_young_person(draft, roles):
        problems.extend(_young_person_problems(draft))
    else:
        if found := email_problem(draft.email):
            problems.append(found)
        if found := phone_problem(draft.phone):
            problems.append(found)
    return problems


def _young_person_problems(draft: ContactDraft) -> list[str]:
    kept = [
        label
        for label, value in (
            ("email address", draft.email),
            ("phone number", draft.phone),
            ("address", draft.address),
        )
        if value.strip()
    ]
    problems = []
    if kept:
        problems.append(
            f"A young person's {_and_list(kept)} must not be kept in the register; "
            f"leave {'it' if len(kept) == 1 else 'them'} out."
        )
    if draft.name.strip() and not is_first_name_or_initials(draft.name):
        problems.append(
            f'For a young person keep only a first name or initials, not "{draft.name.strip()}".'
        )
    if not draft.group.strip():
        problems.append("Say which group the young person belongs to, such as a Champions Board.")
    return problems


def single_role_problems(
    draft: ContactDraft, holders: Mapping[str, ContactDraft], roles: RoleCatalogue
) -> list[str]:
    """Problems when the draft takes a one-person role that someone else already holds."""
    problems = []
    for key in draft.roles:
        holder = holders.get(key)
        if key not in roles or holder is None or not roles.get(key).single:
            continue
        if not same_person(holder, draft):
            problems.append(
                f"Only one person can be the {roles.get(key).name}, and {holder.name} already is."
            )
    return problems


def match_key(draft: ContactDraft) -> str:
    """What makes two contacts the same person: the email, else the name and organisation."""
    email = draft.email.strip().casefold()
    if email:
        return f"email:{email}"
    return f"name:{_fold(draft.name)}|{_fold(draft.organisation)}"


def same_person(first: ContactDraft, second: ContactDraft) -> bool:
    """Whether two drafts are one person: same email, or without both emails, same name and body."""
    if first.email.strip() and second.email.strip():
        return match_key(first) == match_key(second)
    return (_fold(first.name), _fold(first.organisation)) == (
        _fold(second.name),
        _fold(second.organisation),
    )


def _fold(text: str) -> str:
    """Compare names the way people read them: ignore case, accents, punctuation and spacing."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]|_", "", letters).split())


def _and_list(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]
