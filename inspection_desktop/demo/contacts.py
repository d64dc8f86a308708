"""The demo inspection's contact register: invented people holding most roles, two left empty."""

from __future__ import annotations

from dataclasses import replace

from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.storage.people.contact_service import ContactService

COUNCIL = "Glenmorven Council"
NHS = "NHS Glenmorven"
CI = "Care Inspectorate"
CHAMPIONS = "Glenmorven Champions Board"
# Left empty on purpose, to show the gap warnings: one overdue, one still to come.
DEMO_EMPTY_ROLES = ("participation_coordinator", "senior_officer_corporate_parenting")


def _person(
    name: str, title: str, organisation: str, user: str, phone: str, *roles: str
) -> ContactDraft:
    domain = {
        COUNCIL: "glenmorven-council.example",
        NHS: "nhs-glenmorven.example",
        CI: "care-inspectorate.example",
        "Police Scotland": "police.example",
        "SCRA": "scra.example",
    }[organisation]
    return ContactDraft(
        name=name,
        job_title=title,
        organisation=organisation,
        email=f"{user}@{domain}",
        phone=phone,
        roles=roles,
    )


# Every name, address and number is invented; phone numbers are from Ofcom's drama ranges.
# Daniel Okonkwo has no address on purpose: the letters preview warns about it.
DEMO_CONTACTS: tuple[ContactDraft, ...] = (
    ContactDraft(
        name="Ailsa Grant",
        job_title="Children's Services Planning Manager",
        organisation=COUNCIL,
        email="ailsa.grant@glenmorven-council.example",
        phone="0131 496 0101",
        address="Council Offices\nHigh Street\nGlenmorven\nGM1 2AB",
        roles=("inspection_coordinator", "multi_agency_team"),
    ),
    replace(
        _person(
            "Łukasz Nowak", "Senior Social Worker", COUNCIL, "lukasz.nowak", "0131 496 0102",
            "multi_agency_team", "local_file_reader",
        ),
        address="Children & Families Social Work\nKirk Wynd Centre\nPort Morven\nGM3 4EF",
    ),
    _person(
        "Siobhán Ní Bhriain", "Lead Nurse, Child Protection", NHS, "siobhan.nibhriain",
        "0131 496 0201", "multi_agency_team", "senior_officer_child_protection",
    ),
    replace(
        _person(
            "Eilidh MacLeòid", "Quality Improvement Officer", COUNCIL, "eilidh.macleoid",
            "0131 496 0103", "local_file_reader",
        ),
        address="Education Services\nCouncil Offices\nHigh Street\nGlenmorven\nGM1 2AB",
    ),
    _person(
        "Daniel Okonkwo", "Team Leader, Family Support", COUNCIL, "daniel.okonkwo",
        "0131 496 0104", "local_file_reader",
    ),
    _person(
        "Hamish Drummond", "Chair, Community Planning Partnership", COUNCIL, "hamish.drummond",
        "0131 496 0105", "cpp_chair",
    ),
    _person(
        "Fiona Baird", "Chief Executive", COUNCIL, "fiona.baird", "0131 496 0106",
        "la_chief_executive", "chief_officer",
    ),
    _person(
        "Priya Raman", "Chief Executive", NHS, "priya.raman", "0131 496 0202",
        "nhs_chief_executive", "chief_officer",
    ),
    _person(
        "Catriona Rennie", "Chief Constable", "Police Scotland", "catriona.rennie",
        "0131 496 0301", "chief_constable",
    ),
    _person(
        "Graham Lindsay", "Chief Superintendent, Glenmorven Division", "Police Scotland",
        "graham.lindsay", "0131 496 0302", "chief_officer", "partnership_representative",
    ),
    _person(
        "Neil MacAskill", "Principal Reporter", "SCRA", "neil.macaskill", "0131 496 0401",
        "principal_reporter",
    ),
    _person(
        "Moira Henderson", "Strategic Inspector", CI, "moira.henderson", "0131 496 0501",
        "inspection_lead",
    ),
    _person(
        "Tomasz Zieliński", "Inspector", CI, "tomasz.zielinski", "0131 496 0502",
        "depute_inspection_lead",
    ),
    _person(
        "Kirsty Munro", "Strategic Support Officer", CI, "kirsty.munro", "0131 496 0503",
        "strategic_support_officer",
    ),
    _person(
        "Aoife Gallagher", "Participation Lead", CI, "aoife.gallagher", "0131 496 0504",
        "participation_lead",
    ),
    ContactDraft(
        name="Jamie",
        group="Care Inspectorate young inspection volunteers",
        roles=("young_inspection_volunteer",),
    ),
    ContactDraft(name="Kayleigh", group=CHAMPIONS, roles=("representative_young_person",)),
    ContactDraft(name="R.M.", group=CHAMPIONS, roles=("representative_young_person",)),
    # More local file readers and the inspectors they read with (see demo/file_reading.py).
    _person(
        "Morag Sinclair", "Health Visitor", NHS, "morag.sinclair", "0131 496 0203",
        "local_file_reader",
    ),
    _person(
        "Kenneth Lau", "Detective Sergeant, Public Protection Unit", "Police Scotland",
        "kenneth.lau", "0131 496 0303", "local_file_reader",
    ),
    _person(
        "Aisha Rahman", "Senior Practitioner", COUNCIL, "aisha.rahman", "0131 496 0107",
        "local_file_reader",
    ),
    _person("Rhona Kerr", "Inspector", CI, "rhona.kerr", "0131 496 0505", "link_inspector"),
    _person("Gareth Pryce", "Inspector", CI, "gareth.pryce", "0131 496 0506", "link_inspector"),
    ContactDraft(
        name="Fionnuala Byrne", job_title="HM Inspector", organisation="Education Scotland",
        email="fionnuala.byrne@education-scotland.example", roles=("scrutiny_partner",),
    ),
    ContactDraft(
        name="Joseph Mensah", job_title="Inspector",
        organisation="HM Inspectorate of Constabulary in Scotland",
        email="joseph.mensah@hmics.example", roles=("scrutiny_partner",),
    ),
)  # fmt: skip


def add_demo_contacts(contacts: ContactService, inspection_id: int) -> None:
    """Fill the demo inspection's register (most roles held, two deliberately empty)."""
    for draft in DEMO_CONTACTS:
        contacts.add_contact(inspection_id, draft)
