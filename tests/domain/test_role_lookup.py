"""Finding a role as the co-ordinator writes it: by key or name, any case, spacing or plural."""

from __future__ import annotations

import pytest

from inspection_desktop.domain.roles import Role, RoleCatalogue, Side, default_roles


@pytest.mark.parametrize(
    "written",
    [
        "inspection_coordinator",
        "Inspection co-ordinator",
        "INSPECTION CO-ORDINATOR",
        "inspection coordinators",
        "  Inspection  Co-ordinator ",
    ],
)
def test_a_role_is_found_however_it_is_written(written: str) -> None:
    """Key, name, capitals, hyphens, spaces and a plural 's' all find the co-ordinator."""
    role = default_roles().find(written)
    assert role is not None and role.key == "inspection_coordinator"


def test_an_unknown_owner_finds_no_role() -> None:
    """A person's name is not a role."""
    assert default_roles().find("Eilidh Fraser") is None
    assert default_roles().find("") is None


def test_the_first_role_listed_wins_a_shared_spelling() -> None:
    """Two roles spelt alike (after folding) resolve to the one listed first, as before."""
    first = Role("lead", "Lead officer", Side.PARTNERSHIP, False, False, "")
    second = Role("lead_officer", "Lead", Side.PARTNERSHIP, False, False, "")
    assert RoleCatalogue([first, second]).find("lead") is first
    assert RoleCatalogue([first, second]).find("Lead officer") is first
