"""Adding to the register checks the newcomer against the match-key index, not every contact."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.people.models import ContactRecord
from inspection_desktop.usecases.services import Services


@contextmanager
def contacts_loaded() -> Iterator[list[object]]:
    """Collect every contact record the ORM builds from a row while the block runs."""
    loaded: list[object] = []

    def on_load(target: object, _context: object) -> None:
        loaded.append(target)

    event.listen(ContactRecord, "load", on_load)
    try:
        yield loaded
    finally:
        event.remove(ContactRecord, "load", on_load)


@pytest.fixture
def inspection_id(services: Services) -> int:
    """A fresh inspection with forty people in its register."""
    inspection = services.inspections.create_inspection("Glenmorven", dt.date(2026, 11, 2))
    for number in range(40):
        draft = ContactDraft(name=f"Person {number}", email=f"p{number}@council.example")
        services.contacts.add_contact(inspection.id, draft)
    return inspection.id


def test_adding_a_contact_loads_no_other_contact(services: Services, inspection_id: int) -> None:
    """The duplicate check asks the index for the newcomer's key; the others stay unread."""
    with contacts_loaded() as loaded:
        services.contacts.add_contact(
            inspection_id, ContactDraft(name="Newcomer", email="new@council.example")
        )
    assert loaded == []


def test_someone_already_in_the_register_is_refused_by_name(
    services: Services, inspection_id: int
) -> None:
    """A second contact with the same email is refused, naming the person already there."""
    with pytest.raises(UserFacingError, match="Person 7 is already in the register"):
        services.contacts.add_contact(
            inspection_id, ContactDraft(name="P. Seven", email="P7@council.example")
        )


@contextmanager
def contacts_built() -> Iterator[list[object]]:
    """Collect every contact record object constructed while the block runs."""
    built: list[object] = []

    def on_init(target: object, _args: object, _kwargs: object) -> None:
        built.append(target)

    event.listen(ContactRecord, "init", on_init)
    try:
        yield built
    finally:
        event.remove(ContactRecord, "init", on_init)


def test_an_import_writes_new_people_in_bulk(services: Services, inspection_id: int) -> None:
    """New people from an import go in as rows in one insert, not one ORM object each."""
    from inspection_desktop.documents.people.contact_mapping import ImportPreview, PreviewRow

    drafts = [
        ContactDraft(name=f"Imported {n}", email=f"i{n}@nhs.example", roles=("multi_agency_team",))
        for n in range(200)
    ]
    preview = ImportPreview(tuple(PreviewRow(n + 2, d, ()) for n, d in enumerate(drafts)))
    with contacts_built() as built:
        result = services.contacts.import_preview(inspection_id, preview)
    assert (result.added, built) == (200, [])
    holders = services.contacts.role_holders(inspection_id)["multi_agency_team"]
    assert len(holders) == 200


def test_owner_names_take_three_statements_however_many_owners(
    services: Services, inspection_id: int
) -> None:
    """Naming each item's owner reads people, roles and items once, not one person per item."""
    from inspection_desktop.usecases.plan.items import set_item_owner
    from tests.sql_counting import counting

    people = services.contacts.contacts(inspection_id)
    items = services.inspections.plan_rows(inspection_id)
    for person, item in zip(people, items, strict=False):
        set_item_owner(services, item.id, person.id)
    with counting(services.database.engine) as work:
        names = services.contacts.owner_names(inspection_id)
    assert len(names) == min(len(people), len(items))
    assert work.statement_count == 3
