"""The contact register as the window and command line see it: frozen rows, never ORM objects."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from inspection_desktop.domain.people.contacts import ContactDraft, OrganisationKind
from inspection_desktop.domain.roles import RoleCatalogue

# Letters that carry no combining accent, so NFKD alone would sort them after "z".
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def sort_name(name: str) -> str:
    """A name as a list sorts it: "Łukasz" beside "Lucy", "Siobhán" beside "Siobhan"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class ContactRow:
    """One person in an inspection's register, with the roles they hold."""

    id: int
    inspection_id: int
    name: str
    job_title: str
    organisation: str
    organisation_kind: OrganisationKind | None
    email: str
    phone: str
    address: str
    notes: str
    group: str
    roles: tuple[str, ...]  # role keys, in catalogue order
    # Fields whose stored text could not be decoded (shown with U+FFFD); empty when sound.
    damaged: tuple[str, ...] = ()

    @property
    def is_damaged(self) -> bool:
        """True when some of this contact's stored text could not be read."""
        return bool(self.damaged)

    @property
    def damage_note(self) -> str:
        """What is damaged, in words, for the register and the command line; "" when sound."""
        if not self.damaged:
            return ""
        fields = ", ".join(name.replace("_", " ") for name in self.damaged)
        return f"Damaged: the stored {fields} could not be read (shown as \ufffd)"

    def draft(self) -> ContactDraft:
        """The contact as a draft, to edit, export or put back."""
        return ContactDraft(
            name=self.name,
            job_title=self.job_title,
            organisation=self.organisation,
            email=self.email,
            phone=self.phone,
            address=self.address,
            notes=self.notes,
            roles=self.roles,
            group=self.group,
        )

    def role_names(self, roles: RoleCatalogue) -> str:
        """The roles held, by name, separated by "; "."""
        return "; ".join(roles.name_of(key) for key in self.roles)


@dataclass(frozen=True)
class DeletedContact:
    """Enough of a deleted contact to put it back exactly: the row and the items they owned."""

    row: ContactRow
    owned_item_ids: tuple[int, ...]


@dataclass(frozen=True)
class ImportResult:
    """What an import did, in counts."""

    added: int
    updated: int
    refused: int

    @property
    def summary(self) -> str:
        """The counts in words, as the command line prints them."""
        return f"{self.added} added, {self.updated} updated, {self.refused} refused"
