"""The contact register's rules: roles, the one-person refusal, gaps, imports, item owners."""

from __future__ import annotations

import datetime as dt

import pytest

from inspection_desktop.documents.people.contact_mapping import ImportPreview, PreviewRow
from inspection_desktop.domain.people.contacts import ContactDraft, OrganisationKind
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.people.contact_service import ContactService
from inspection_desktop.storage.plan.inspection_service import InspectionService

NOTIFIED = dt.date(2026, 11, 2)


@pytest.fixture
def contacts(service: InspectionService) -> ContactService:
    """A contact service over the same database as the inspection service."""
    return ContactService(service.database, service.roles)


@pytest.fixture
def inspection_id(service: InspectionService) -> int:
    """A fresh inspection notified on 2 November 2026 (so 28 November is in week 4)."""
    return service.create_inspection("Glenmorven Partnership", NOTIFIED).id


def _draft(name: str, email: str = "", roles: tuple[str, ...] = (), **more: str) -> ContactDraft:
    return ContactDraft(name=name, email=email, roles=roles, **more)


def test_added_contact_reads_back_with_roles_and_organisation(
    contacts: ContactService, inspection_id: int
) -> None:
    """A contact comes back with its organisation (kind guessed) and roles."""
    contacts.add_contact(
        inspection_id,
        _draft(
            "Łukasz Nowak",
            "l.nowak@glenmorven.example.org",
            ("local_file_reader", "multi_agency_team"),
            organisation="Glenmorven Council",
        ),
    )
    [row] = contacts.contacts(inspection_id)
    assert row.name == "Łukasz Nowak"
    assert row.organisation == "Glenmorven Council"
    assert row.organisation_kind is OrganisationKind.LOCAL_AUTHORITY
    assert row.roles == ("multi_agency_team", "local_file_reader")


def test_second_holder_of_a_one_person_role_is_refused(
    contacts: ContactService, inspection_id: int
) -> None:
    """Only one person can be the inspection co-ordinator; the refusal names the holder."""
    contacts.add_contact(inspection_id, _draft("Ailsa Grant", roles=("inspection_coordinator",)))
    other = contacts.add_contact(inspection_id, _draft("Ruairidh Bain"))
    with pytest.raises(UserFacingError, match="Only one person can be the Inspection co-ordinator"):
        contacts.assign_role(other.id, "inspection_coordinator")
    assert contacts.contact(other.id).roles == ()


def test_several_people_may_hold_a_shared_role(
    contacts: ContactService, inspection_id: int
) -> None:
    """File readers are many."""
    for name in ("Eilidh MacLeòid", "Siobhán Ní Bhriain"):
        contacts.add_contact(inspection_id, _draft(name, roles=("local_file_reader",)))
    assert len(contacts.role_holders(inspection_id)["local_file_reader"]) == 2


def test_young_person_with_contact_details_is_refused(
    contacts: ContactService, inspection_id: int
) -> None:
    """A young inspection volunteer's email is not kept."""
    with pytest.raises(UserFacingError, match="must not be kept"):
        contacts.add_contact(
            inspection_id,
            _draft("Jo", "jo@example.org", ("young_inspection_volunteer",), group="YIV team"),
        )


def test_gap_lists_an_unfilled_role_with_its_week(
    service: InspectionService, contacts: ContactService, inspection_id: int
) -> None:
    """With nobody named, the participation co-ordinator is a gap needed by its first week."""
    gaps = contacts.role_gaps(inspection_id, service.template, current_week=1)
    needed = service.template.roles_needed_by_week()["participation_coordinator"]
    [gap] = [gap for gap in gaps if gap.role_key == "participation_coordinator"]
    assert gap.needed_by_week == needed
    assert gap.message.startswith(
        f"Participation co-ordinator not yet named: needed by week {needed}"
    )


def test_gap_is_overdue_once_its_week_is_reached(
    service: InspectionService, contacts: ContactService, inspection_id: int
) -> None:
    """A gap is overdue in (and after) the week it is needed by, not before."""
    needed = service.template.roles_needed_by_week()["participation_coordinator"]

    def gap_overdue(week: int) -> bool:
        gaps = contacts.role_gaps(inspection_id, service.template, current_week=week)
        return next(g for g in gaps if g.role_key == "participation_coordinator").overdue

    assert not gap_overdue(needed - 1)
    assert gap_overdue(needed)


def test_gap_disappears_when_the_role_is_assigned(
    service: InspectionService, contacts: ContactService, inspection_id: int
) -> None:
    """Assigning the role fills the gap."""
    row = contacts.add_contact(inspection_id, _draft("Morag Fyfe"))
    contacts.assign_role(row.id, "participation_coordinator")
    gaps = contacts.role_gaps(inspection_id, service.template, current_week=1)
    assert "participation_coordinator" not in {gap.role_key for gap in gaps}


def test_deleted_contact_is_restored_with_roles_and_owned_items(
    service: InspectionService, contacts: ContactService, inspection_id: int
) -> None:
    """Undoing a delete puts back the person, their roles and the items they owned."""
    row = contacts.add_contact(
        inspection_id, _draft("Ailsa Grant", roles=("inspection_coordinator",))
    )
    item = service.plan_rows(inspection_id)[0]
    service.set_owner(item.id, row.id)
    deleted = contacts.delete_contact(row.id)
    assert contacts.contacts(inspection_id) == []
    assert contacts.item_owner(item.id) is None
    contacts.restore_contact(deleted)
    assert contacts.contact(row.id) == row
    assert contacts.item_owner(item.id) == row.id


def test_owner_names_use_the_named_person_else_the_only_holder(
    service: InspectionService, contacts: ContactService, inspection_id: int
) -> None:
    """An item shows the person named on it, or the sole holder of its owner role."""
    rows = service.plan_rows(inspection_id)
    coordinator_item = next(r for r in rows if r.owner_role == "inspection_coordinator")
    other_item = next(r for r in rows if r.owner_role != "inspection_coordinator")
    contacts.add_contact(inspection_id, _draft("Ailsa Grant", roles=("inspection_coordinator",)))
    named = contacts.add_contact(inspection_id, _draft("Ruairidh Bain"))
    service.set_owner(other_item.id, named.id)
    names = contacts.owner_names(inspection_id)
    assert names[coordinator_item.id] == "Ailsa Grant"
    assert names[other_item.id] == "Ruairidh Bain"


def _preview(*drafts: ContactDraft, refused: int = 0) -> ImportPreview:
    rows = [PreviewRow(n + 2, draft, ()) for n, draft in enumerate(drafts)]
    rows += [PreviewRow(100 + n, _draft(""), ("A name is needed.",)) for n in range(refused)]
    return ImportPreview(tuple(rows))


def test_import_adds_new_and_updates_matching_contacts(
    contacts: ContactService, inspection_id: int
) -> None:
    """A re-import matched by email updates the person, adding roles, and counts both kinds."""
    contacts.add_contact(
        inspection_id, _draft("Ailsa Grant", "a.grant@example.org", job_title="Service manager")
    )
    result = contacts.import_preview(
        inspection_id,
        _preview(
            _draft("Ailsa Grant", "A.Grant@example.org", ("multi_agency_team",)),
            _draft("Ruairidh Bain", "r.bain@example.org"),
            refused=1,
        ),
    )
    assert (result.added, result.updated, result.refused) == (1, 1, 1)
    ailsa = next(r for r in contacts.contacts(inspection_id) if r.name == "Ailsa Grant")
    assert ailsa.job_title == "Service manager"
    assert ailsa.roles == ("multi_agency_team",)


def test_import_that_breaks_a_rule_stores_nothing(
    contacts: ContactService, inspection_id: int
) -> None:
    """A one-person role already held elsewhere stops the whole import, not just that row."""
    contacts.add_contact(inspection_id, _draft("Ailsa Grant", roles=("inspection_coordinator",)))
    preview = _preview(
        _draft("Ruairidh Bain", "r.bain@example.org"),
        _draft("Morag Fyfe", "m.fyfe@example.org", ("inspection_coordinator",)),
    )
    with pytest.raises(UserFacingError, match="Only one person"):
        contacts.import_preview(inspection_id, preview)
    assert [row.name for row in contacts.contacts(inspection_id)] == ["Ailsa Grant"]


def test_deleting_the_inspection_deletes_its_register(
    service: InspectionService, contacts: ContactService, inspection_id: int
) -> None:
    """Contacts belong to their inspection (ON DELETE CASCADE)."""
    from sqlmodel import delete

    from inspection_desktop.storage.plan.models import InspectionRecord

    contacts.add_contact(inspection_id, _draft("Ailsa Grant", roles=("inspection_coordinator",)))
    with service.database.transaction() as session:
        session.exec(delete(InspectionRecord))  # type: ignore[call-overload]
    assert contacts.contacts(inspection_id) == []


def test_import_giving_an_email_matches_someone_kept_without_one(
    contacts: ContactService, inspection_id: int
) -> None:
    """A person stored by name and organisation is updated, not doubled, when an email arrives."""
    contacts.add_contact(
        inspection_id, _draft("Eilidh MacLeòid", organisation="Glenmorven Council")
    )
    result = contacts.import_preview(
        inspection_id,
        _preview(
            _draft("Eilidh MacLeòid", "e.macleoid@example.org", organisation="Glenmorven Council")
        ),
    )
    assert (result.added, result.updated) == (0, 1)
    [row] = contacts.contacts(inspection_id)
    assert row.email == "e.macleoid@example.org"


def test_import_with_two_holders_of_one_person_role_stores_nothing(
    contacts: ContactService, inspection_id: int
) -> None:
    """Two new inspection co-ordinators in one file are refused as a whole."""
    preview = _preview(
        _draft("Ailsa Grant", "a.grant@example.org", ("inspection_coordinator",)),
        _draft("Morag Fyfe", "m.fyfe@example.org", ("inspection_coordinator",)),
    )
    with pytest.raises(UserFacingError, match="Morag Fyfe cannot be"):
        contacts.import_preview(inspection_id, preview)
    assert contacts.contacts(inspection_id) == []


def test_import_of_many_rows_shares_organisations(
    contacts: ContactService, inspection_id: int
) -> None:
    """Five hundred rows over three organisations make three organisations, each row one contact."""
    drafts = [
        _draft(
            f"Person {n}", f"p{n}@example.org", ("local_file_reader",), organisation=f"Body {n % 3}"
        )
        for n in range(500)
    ]
    result = contacts.import_preview(inspection_id, _preview(*drafts))
    rows = contacts.contacts(inspection_id)
    assert result.added == 500 and len(rows) == 500
    assert {row.organisation for row in rows} == {"Body 0", "Body 1", "Body 2"}
    assert all(row.roles == ("local_file_reader",) for row in rows)
