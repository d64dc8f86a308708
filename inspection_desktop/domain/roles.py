"""The roles the guide names, defined once in ``resources/roles.toml`` and used across the app."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from inspection_desktop.resources import resource_path


class Side(StrEnum):
    """Who a role or an activity belongs to."""

    PARTNERSHIP = "partnership"
    CARE_INSPECTORATE = "care_inspectorate"

    @property
    def label(self) -> str:
        """How the side reads on screen."""
        return "Partnership" if self is Side.PARTNERSHIP else "Care Inspectorate"


@dataclass(frozen=True)
class Role:
    """A role in the inspection, such as the inspection co-ordinator or a local file reader."""

    key: str
    name: str
    side: Side
    single: bool
    young_person: bool
    description: str


class RoleCatalogue:
    """All roles, looked up by key or by name as the guide spells it (case-insensitive)."""

    def __init__(self, roles: list[Role]) -> None:
        self._roles = list(roles)
        self._by_key = {role.key: role for role in roles}
        if len(self._by_key) != len(roles):
            raise ValueError("role keys must be unique")
        # Every spelling find() accepts, worked out once: owners are looked up per plan row.
        self._by_spelling: dict[str, Role] = {}
        for role in reversed(self._roles):  # the first role listed wins a shared spelling
            self._by_spelling[_normalise(role.name)] = role
            self._by_spelling[_normalise(role.key)] = role

    def __iter__(self) -> Iterator[Role]:
        return iter(self._roles)

    def __len__(self) -> int:
        return len(self._roles)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def get(self, key: str) -> Role:
        """Return the role with this key; KeyError if there is none."""
        return self._by_key[key]

    def find(self, text: str) -> Role | None:
        """Find a role by key or by name, ignoring case, spaces, hyphens and a plural 's'."""
        wanted = _normalise(text)
        role = self._by_spelling.get(wanted)
        if role is None and wanted.endswith("s"):
            return self.find(text.strip()[:-1])
        return role

    def name_of(self, key: str) -> str:
        """The display name of a role key, or the key itself when unknown."""
        role = self._by_key.get(key)
        return role.name if role else key


def _normalise(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def load_roles(path: Path | None = None) -> RoleCatalogue:
    """Read the role catalogue from a TOML file (the bundled one by default)."""
    with (path or resource_path("roles.toml")).open("rb") as handle:
        data = tomllib.load(handle)
    roles = [
        Role(
            key=entry["key"],
            name=entry["name"],
            side=Side(entry["side"]),
            single=bool(entry.get("single", False)),
            young_person=bool(entry.get("young_person", False)),
            description=entry.get("description", ""),
        )
        for entry in data["role"]
    ]
    return RoleCatalogue(roles)


@cache
def default_roles() -> RoleCatalogue:
    """The bundled role catalogue, read once."""
    return load_roles()
