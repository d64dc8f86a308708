"""Letters on the demo inspection: recipients, the checked run, the record, ticks and templates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from inspection_desktop.composition import open_services
from inspection_desktop.domain.letters.fields import MissingField
from inspection_desktop.domain.letters.templates import shipped_templates
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.usecases.changes import PLAN
from inspection_desktop.usecases.letters import LETTERS, catalogue
from inspection_desktop.usecases.letters import recipients as pick
from inspection_desktop.usecases.letters.merge_run import (
    ProducedFile,
    merge_problems,
    not_yet_sent,
    prepare_run,
    record_run,
)
from inspection_desktop.usecases.services import Services


@pytest.fixture
def demo(demo_db_path: Path) -> Services:
    """Services over a copy of the demo inspection."""
    services = open_services(demo_db_path)
    yield services  # type: ignore[misc]
    services.close()


def _id(services: Services) -> int:
    inspection_id = services.inspections.current_inspection_id()
    assert inspection_id is not None
    return inspection_id


def test_every_local_file_reader_is_a_recipient_by_role(demo: Services) -> None:
    """The role, given by its name, gives every holder once, in name order."""
    from inspection_desktop.storage.people.contact_rows import sort_name

    names = [r.name for r in pick.by_role(demo, _id(demo), ["local file readers"])]
    holders = demo.contacts.role_holders(_id(demo))["local_file_reader"]
    assert sorted(names) == sorted(h.name for h in holders)
    assert names == sorted(names, key=sort_name)
    assert {"Daniel Okonkwo", "Eilidh MacLeòid", "Łukasz Nowak"} <= set(names)


def test_a_meeting_gives_the_register_people_and_the_names_typed_on_it(demo: Services) -> None:
    """Roles on the invitation stand for their holders; typed names stay, without an address."""
    meetings = {m.title: m.id for m in demo.meetings.list_meetings(_id(demo))}
    chosen = pick.by_meeting(demo, meetings["Meet the inspection lead and depute"])
    by_name = {r.name: r for r in chosen}
    assert by_name["Moira Henderson"].contact_id is not None
    assert by_name["Tomás Ó Ceallaigh"].contact_id is None


def test_the_training_letter_can_go_to_every_file_reader_in_the_demo(demo: Services) -> None:
    """Nothing is missing for any reader; the one without an address is warned about."""
    template = catalogue.find_template(demo, _id(demo), "file-reader-training")
    readers = pick.by_role(demo, _id(demo), ["local_file_reader"])
    job = prepare_run(demo, _id(demo), template, readers)
    assert len(job.letters) == len(readers)
    lukasz = next(x for x in job.letters if x.recipient.name == "Łukasz Nowak")
    assert lukasz.greeting == "Dear Łukasz Nowak" and not lukasz.warnings
    assert "Training Suite" in "\n".join(job.letters[0].paragraphs)
    no_address = [r.name for r in readers if not r.address.strip()]
    assert "Daniel Okonkwo" in no_address
    assert [w.split(" has")[0] for w in job.warnings] == no_address


def test_every_shipped_letter_can_be_filled_in_for_the_demo(demo: Services) -> None:
    """The demo holds every field the seven letters use."""
    ailsa = [r for r in pick.by_role(demo, _id(demo), ["inspection_coordinator"])]
    for template in shipped_templates():
        assert merge_problems(demo, _id(demo), template, ailsa) == [], template.key


def test_a_meeting_without_a_venue_stops_the_run_naming_field_and_person(demo: Services) -> None:
    """The participation letter about an undated meeting names meeting.date and the reader."""
    template = catalogue.find_template(demo, _id(demo), "participation-invitation")
    undated = next(m.id for m in demo.meetings.list_meetings(_id(demo)) if m.starts is None)
    readers = pick.by_role(demo, _id(demo), ["local_file_reader"])
    with pytest.raises(MissingField) as raised:
        prepare_run(demo, _id(demo), template, readers, meeting_id=undated)
    assert (raised.value.field, raised.value.recipient) == ("meeting.date", readers[0].name)


def test_the_record_answers_who_has_not_had_a_letter(demo: Services, tmp_path: Path) -> None:
    """After a run to two readers the others are the ones still to get it."""
    template = catalogue.find_template(demo, _id(demo), "file-reader-training")
    readers = pick.by_role(demo, _id(demo), ["local_file_reader"])
    job = prepare_run(demo, _id(demo), template, readers[:2])
    files = [ProducedFile(x.recipient, tmp_path / "x.pdf", "pdf", x.subject) for x in job.letters]
    change = record_run(demo, _id(demo), job, files)
    assert change.kinds == frozenset({LETTERS}) and not change.can_undo
    sent = demo.letters.sent(_id(demo))
    assert {s.recipient_name for s in sent} == {r.name for r in readers[:2]}
    assert {(s.template_key, s.template_version) for s in sent} == {("file-reader-training", 1)}
    assert not_yet_sent(demo, _id(demo), template.key, readers) == readers[2:]


def test_producing_a_letter_can_tick_its_checklist_item_and_undo_it(services: Services) -> None:
    """The leaflets letter ticks "Distribute leaflets" through the plan's service; undo unticks."""
    inspection = services.inspections.create_inspection("Glenmorven", dt.date(2026, 10, 26))
    from inspection_desktop.domain.letters.merge import Letterhead
    from inspection_desktop.domain.people.contacts import ContactDraft

    services.contacts.add_contact(
        inspection.id, ContactDraft("Ruaridh Fraser", roles=("multi_agency_team",))
    )
    services.letters.save_letterhead(inspection.id, Letterhead(signatory_name="Ailsa Grant"))
    template = catalogue.find_template(services, inspection.id, "leaflets-cover")
    people = pick.by_role(services, inspection.id, ["multi_agency_team"])
    job = prepare_run(services, inspection.id, template, people)
    change = record_run(services, inspection.id, job, [], tick=True)
    item = next(
        r
        for r in services.inspections.plan_rows(inspection.id)
        if r.key == "w4-distribute-leaflets"
    )
    assert item.status is ItemStatus.DONE and PLAN in change.kinds and item.id in change.items
    assert change.undo is not None
    change.undo()
    assert services.inspections.plan_row(item.id).status is ItemStatus.NOT_STARTED


def test_a_copied_template_is_edited_as_a_new_version_and_undone(demo: Services) -> None:
    """Copy, edit (version 2), undo the edit (version 1), undo the copy (gone)."""
    shipped = catalogue.find_template(demo, _id(demo), "file-reader-training")
    copy, copied = catalogue.copy_template(demo, _id(demo), shipped, "Training, our way")
    assert copy.key.startswith("own-") and not copy.shipped
    from dataclasses import replace

    edited = catalogue.save_template(demo, replace(copy, body="Please come, {{ recipient.name }}."))
    assert catalogue.find_template(demo, _id(demo), copy.key).version == 2
    assert edited.undo is not None and copied.undo is not None
    edited.undo()
    assert catalogue.find_template(demo, _id(demo), copy.key).version == 1
    copied.undo()
    assert demo.letters.own_templates(_id(demo)) == []
    assert catalogue.find_template(demo, _id(demo), shipped.key) == shipped


def test_a_run_reads_and_records_in_the_same_statements_however_many_people(
    demo: Services, tmp_path: Path
) -> None:
    """Preparing and recording a run costs as many statements for 15 people as for 2."""
    from sqlalchemy import event

    template = catalogue.find_template(demo, _id(demo), "staff-survey-briefing")
    everyone = [
        r for r in pick.by_hand(demo, _id(demo), [c.id for c in demo.contacts.contacts(_id(demo))])
    ]
    counts = []
    for people in (everyone[:2], everyone[:15]):
        statements: list[str] = []

        def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
            statements.append(statement)  # noqa: B023

        event.listen(demo.database.engine, "before_cursor_execute", count)
        try:
            job = prepare_run(demo, _id(demo), template, people)
            files = [ProducedFile(x.recipient, tmp_path / "x", "pdf", "") for x in job.letters]
            record_run(demo, _id(demo), job, files)
        finally:
            event.remove(demo.database.engine, "before_cursor_execute", count)
        counts.append(len(statements))
    assert len(everyone) >= 15
    assert counts[0] == counts[1]


def test_without_its_own_the_letter_takes_the_base_set_under_file_reading(
    demo: Services,
) -> None:
    """A letterhead with no file-reading base gives the letters the File reading tab's base."""
    from dataclasses import replace

    from inspection_desktop.usecases.letters.merge_run import merge_data

    head = demo.letters.letterhead(_id(demo))
    demo.letters.save_letterhead(_id(demo), replace(head, reading_base=""))
    bases = demo.file_reading.bases(_id(demo))
    assert bases, "the demo has a reading base"
    template = catalogue.find_template(demo, _id(demo), "file-reader-training")
    data = merge_data(demo, _id(demo), template)
    assert data.letterhead.reading_base.startswith(bases[0].draft.venue)
