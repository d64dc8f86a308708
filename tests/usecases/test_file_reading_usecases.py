"""File-reading use cases over a real database: allocation, hand placements, import, readers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import event

from inspection_desktop.domain.file_reading.sample import (
    AgencySystem,
    LoginStatus,
    RecordStatus,
    SampleLine,
)
from inspection_desktop.domain.meetings.meeting import Attendance
from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.file_reading import allocate, sample, setup
from inspection_desktop.usecases.file_reading.placements import picture, session_key
from inspection_desktop.usecases.file_reading.readers import TRAINING_ITEM_KEY, file_readers
from inspection_desktop.usecases.services import Services
from tests.file_reading_setup import DAYS, MON, make_setup


def rows_by_reference(services: Services, inspection_id: int) -> dict[str, object]:
    """The placed sample by reference."""
    return {r.row.reference: r for r in picture(services, inspection_id).records}


def test_reallocating_keeps_a_hand_placement(services: Services) -> None:
    """A record placed by hand stays where it was put when the allocation runs again."""
    made = make_setup(services)
    view = picture(services, made.inspection_id)
    record = view.records[0].row
    pair = view.pairs[1].id
    key = session_key(view.bases[0].draft.rooms[0].id or 0, DAYS[2])
    change = allocate.place_by_hand(services, made.inspection_id, record.id or 0, pair, key)
    assert change.can_undo
    allocate.allocate_sample(services, made.inspection_id)
    allocate.allocate_sample(services, made.inspection_id)
    again = rows_by_reference(services, made.inspection_id)[record.reference]
    assert (again.row.pair_id, again.row.day, again.row.by_hand) == (pair, DAYS[2], True)


def test_a_hand_placement_that_breaks_a_rule_is_refused_with_the_reason(
    services: Services,
) -> None:
    """Placing a record with a reader from its own team is refused and changes nothing."""
    made = make_setup(services, teams={"Lena Local": "Team A"})
    view = picture(services, made.inspection_id)
    before = services.file_reading.sample(made.inspection_id)
    lena_pair = next(p.id for p in view.pairs if made.readers["Lena Local"] in p.contact_ids)
    key = next(iter(view.sessions))
    with pytest.raises(UserFacingError, match="Lena Local works in its team"):
        allocate.place_by_hand(
            services, made.inspection_id, view.records[0].row.id or 0, lena_pair, key
        )
    assert services.file_reading.sample(made.inspection_id) == before


def test_siblings_follow_a_record_placed_by_hand(services: Services) -> None:
    """Placing one sibling by hand takes its automatically placed siblings to the same pair."""
    lines = [
        SampleLine(f"REF-{n}", "Team A", sibling_group="S1" if n < 3 else "") for n in range(6)
    ]
    made = make_setup(services, lines)
    allocate.allocate_sample(services, made.inspection_id)
    view = picture(services, made.inspection_id)
    first = view.records[0]
    other_pair = next(p.id for p in view.pairs if first.pair is None or p.id != first.pair.id)
    allocate.place_by_hand(
        services, made.inspection_id, first.row.id or 0, other_pair, next(iter(view.sessions))
    )
    pairs = {r.row.pair_id for r in picture(services, made.inspection_id).records[:3]}
    assert pairs == {other_pair}


def test_undoing_an_allocation_puts_the_placements_back(services: Services) -> None:
    """Undo after an allocation leaves the sample as before; redo allocates it again."""
    made = make_setup(services)
    before = services.file_reading.sample(made.inspection_id)
    change, _summary = allocate.allocate_sample(services, made.inspection_id)
    after = services.file_reading.sample(made.inspection_id)
    assert change.undo is not None
    reverse = change.undo()
    assert services.file_reading.sample(made.inspection_id) == before
    assert reverse.undo is not None
    reverse.undo()
    assert services.file_reading.sample(made.inspection_id) == after


def test_a_record_that_cannot_be_placed_keeps_its_reason(services: Services) -> None:
    """With every local reader in the record's team, it stays unplaced and says why."""
    made = make_setup(
        services,
        [SampleLine("REF-1", "Team A")],
        teams={"Lena Local": "Team A", "Łucja Local": "Team A"},
    )
    _change, summary = allocate.allocate_sample(services, made.inspection_id)
    record = picture(services, made.inspection_id).records[0]
    assert (summary.not_placed, record.session) == (1, None)
    assert "Lena Local works in its team (Team A)" in record.reason


def test_too_few_desks_leave_records_unplaced_with_the_desks_reason(services: Services) -> None:
    """A room of one desk takes no pair: the records say every room is full."""
    made = make_setup(services, desks=1)
    allocate.allocate_sample(services, made.inspection_id)
    reasons = {r.reason for r in picture(services, made.inspection_id).records}
    assert len(reasons) == 1 and "Every room is full" in reasons.pop()


def test_an_allocation_is_not_saved_over_a_sample_that_changed(services: Services) -> None:
    """Work prepared before an edit is refused when it comes back, rather than undo the edit."""
    made = make_setup(services)
    job = allocate.prepare_allocation(services, made.inspection_id)
    first = services.file_reading.sample(made.inspection_id)[0]
    sample.set_status(services, made.inspection_id, [first.id or 0], RecordStatus.READ)
    with pytest.raises(UserFacingError, match="changed while"):
        allocate.apply_allocation(services, job, job.run())


def test_importing_again_updates_records_and_keeps_their_placements(services: Services) -> None:
    """A second import adds new references, updates known ones and keeps where they are read."""
    made = make_setup(services)
    allocate.allocate_sample(services, made.inspection_id)
    placed = rows_by_reference(services, made.inspection_id)["REF-0"].row
    lines = [SampleLine("ref-0", "Team B", child_protection=True), SampleLine("REF-9", "Team A")]
    _change, counts = sample.import_sample(services, made.inspection_id, lines)
    rows = rows_by_reference(services, made.inspection_id)
    assert (counts.added, counts.updated, counts.kept) == (1, 1, 5)
    assert rows["REF-0"].row == replace(placed, team="Team B", child_protection=True)


def test_training_is_attended_when_marked_present_at_the_week_11_meeting(
    services: Services,
) -> None:
    """A local reader marked present at the training meeting no longer needs training."""
    made = make_setup(services)
    services.meetings.ensure_meetings(made.inspection_id)
    plan = {row.id: row.key for row in services.inspections.plan_rows(made.inspection_id)}
    meeting = next(
        m.id
        for m in services.meetings.list_meetings(made.inspection_id)
        if plan.get(m.plan_item_id or 0) == TRAINING_ITEM_KEY
    )
    attendee = services.meetings.add_attendee(meeting, "Lena Local", "Testshire Council", None)
    services.meetings.set_attendance(attendee, Attendance.PRESENT)
    trained = {r.name: r.trained for r in file_readers(services, made.inspection_id)}
    assert trained == {
        "Lena Local": True,
        "Łucja Local": False,
        "Ines Inspector": None,
        "Ivo Inspector": None,
    }


def test_a_reader_needs_a_tested_login_for_each_system_their_records_need(
    services: Services,
) -> None:
    """A pair reading a child protection record needs all five logins, by its first day."""
    made = make_setup(services, [SampleLine("REF-1", "Team A", child_protection=True)])
    allocate.allocate_sample(services, made.inspection_id)
    setup.save_reader(
        services,
        made.inspection_id,
        made.readers["Lena Local"],
        setup.ReaderDetails(
            agreement_signed=True, logins=((AgencySystem.SOCIAL_WORK, LoginStatus.TESTED),)
        ),
    )
    readers = {r.name: r for r in file_readers(services, made.inspection_id)}
    reader = readers["Lena Local"] if readers["Lena Local"].systems else readers["Łucja Local"]
    assert len(reader.systems) == 5
    login_gaps = [gap for gap in reader.gaps if "login" in gap.what]
    assert all(gap.needed_by is not None and gap.needed_by >= MON for gap in login_gaps)


def test_make_pairs_pairs_each_inspector_with_a_local_reader(services: Services) -> None:
    """Unpaired inspectors and local readers are paired in order; made pairs stay."""
    made = make_setup(services)
    setup.set_pairs(services, made.inspection_id, [])
    setup.make_pairs(services, made.inspection_id)
    pairs = services.file_reading.pairs(made.inspection_id)
    sides = {r.contact_id: r.side.value for r in file_readers(services, made.inspection_id)}
    assert [sorted(sides[c] for c in p.contact_ids) for p in pairs] == [
        ["inspector", "local"],
        ["inspector", "local"],
    ]


@pytest.fixture
def statements(services: Services) -> Iterator[list[str]]:
    """Every SQL statement run while the test runs."""
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    engine = services.database.engine
    event.listen(engine, "before_cursor_execute", count)
    yield seen
    event.remove(engine, "before_cursor_execute", count)


def test_reading_the_picture_takes_as_many_statements_for_many_records_as_for_few(
    services: Services, statements: list[str]
) -> None:
    """Bases, readers, pairs and the placed sample are read in sets: no query per record."""
    small = make_setup(services, [SampleLine(f"A-{n}", "Team A") for n in range(3)])
    big = make_setup(services, [SampleLine(f"B-{n}", "Team A") for n in range(300)])
    allocate.allocate_sample(services, small.inspection_id)
    allocate.allocate_sample(services, big.inspection_id)
    statements.clear()
    picture(services, small.inspection_id)
    few = len(statements)
    statements.clear()
    picture(services, big.inspection_id)
    assert len(statements) == few


def test_a_concern_keeps_only_the_date_it_was_passed_on(services: Services) -> None:
    """The concern date is kept on the record; a date still to come is refused."""
    import datetime as dt

    from inspection_desktop.domain import clock

    made = make_setup(services)
    record = services.file_reading.sample(made.inspection_id)[0]
    today = clock.today()
    sample.set_concern_passed_on(services, made.inspection_id, record.id or 0, today)
    assert services.file_reading.sample(made.inspection_id)[0].concern_passed_on == today
    with pytest.raises(UserFacingError, match="future"):
        sample.set_concern_passed_on(
            services, made.inspection_id, record.id or 0, today + dt.timedelta(days=1)
        )


def test_records_marked_as_siblings_are_allocated_together(services: Services) -> None:
    """Marking three records one sibling group puts them with one pair when allocated."""
    made = make_setup(services)
    ids = [row.id or 0 for row in services.file_reading.sample(made.inspection_id)[:3]]
    sample.set_sibling_group(services, made.inspection_id, ids, "  S 9 ")
    allocate.allocate_sample(services, made.inspection_id)
    rows = services.file_reading.sample(made.inspection_id)[:3]
    assert {row.sibling_group for row in rows} == {"S 9"}
    assert len({row.pair_id for row in rows}) == 1


def test_removing_a_base_unplaces_its_records_and_undo_puts_both_back(services: Services) -> None:
    """The base goes with its placements; undo brings the base, its rooms and placements back."""
    made = make_setup(services)
    allocate.allocate_sample(services, made.inspection_id)
    before = services.file_reading.sample(made.inspection_id)
    bases = services.file_reading.bases(made.inspection_id)
    change = setup.remove_base(services, made.inspection_id, made.base_id)
    assert services.file_reading.bases(made.inspection_id) == []
    assert not any(row.placed for row in services.file_reading.sample(made.inspection_id))
    assert change.undo is not None
    change.undo()
    assert services.file_reading.bases(made.inspection_id) == bases
    assert services.file_reading.sample(made.inspection_id) == before
