"""The allocation of case records to reading pairs and sessions, rule by rule."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from inspection_desktop.domain.file_reading.allocation import (
    AllocationResult,
    CaseRecord,
    Pair,
    Placement,
    Reader,
    Rule,
    Session,
    allocate,
    placement_problems,
)

MON, TUE, WED = dt.date(2027, 3, 8), dt.date(2027, 3, 9), dt.date(2027, 3, 10)
DAYS = frozenset({MON, TUE, WED})


def reader(key: int, team: str = "", days: frozenset[dt.date] = DAYS, **kw: object) -> Reader:
    """A reader available every day unless told otherwise."""
    return Reader(key, f"Reader {key}", team, days=days, **kw)  # type: ignore[arg-type]


def pairs_of(*readers: Reader) -> list[Pair]:
    """Readers paired in order: (0, 1), (2, 3), …"""
    return [Pair(n, (readers[2 * n], readers[2 * n + 1])) for n in range(len(readers) // 2)]


def sessions(desks: int = 20, days: tuple[dt.date, ...] = (MON, TUE, WED)) -> list[Session]:
    """One room a day."""
    return [Session(f"room:{day}", day, "Room 1", desks) for day in days]


def records(count: int, team: str = "Team A", group_every: int = 0) -> list[CaseRecord]:
    """Records of one team; with ``group_every``, consecutive runs form sibling groups."""
    return [
        CaseRecord(n, f"SW-{n:03d}", team, f"G{n // group_every}" if group_every else None)
        for n in range(count)
    ]


def readers_in_sessions(result: AllocationResult, pairs: list[Pair]) -> dict[str, set[int]]:
    """Which readers sit in each session."""
    by_key = {pair.key: pair for pair in pairs}
    seated: dict[str, set[int]] = defaultdict(set)
    for placement in result.placements.values():
        seated[placement.session] |= {r.key for r in by_key[placement.pair].readers}
    return seated


def test_every_record_of_a_sibling_group_goes_to_the_same_pair() -> None:
    """Siblings are read by one pair, however many pairs there are."""
    pairs = pairs_of(*(reader(n) for n in range(8)))
    sample = records(12, group_every=3)
    result = allocate(sample, pairs, sessions())
    by_group: dict[str | None, set[int]] = defaultdict(set)
    for record in sample:
        by_group[record.sibling_group].add(result.placements[record.key].pair)
    assert all(len(pair_keys) == 1 for pair_keys in by_group.values())


def test_no_reader_gets_a_record_from_their_own_team() -> None:
    """A record of a reader's own team goes to another pair."""
    pairs = pairs_of(reader(0), reader(1, team="Team A"), reader(2), reader(3, team="Team B"))
    result = allocate(records(6, team="Team A"), pairs, sessions())
    assert {placement.pair for placement in result.placements.values()} == {1}


def test_no_reader_gets_a_team_on_their_conflict_list() -> None:
    """A team on a reader's conflict list keeps its records away from their pair."""
    wary = reader(1, conflict_teams=frozenset({"team a"}))
    pairs = pairs_of(reader(0), wary, reader(2), reader(3))
    result = allocate(records(6, team="Team A"), pairs, sessions())
    assert {placement.pair for placement in result.placements.values()} == {1}


def test_no_reader_gets_a_record_on_their_conflict_list() -> None:
    """A record reference on a reader's conflict list (spaces and case aside) goes elsewhere."""
    wary = reader(0, conflict_records=frozenset({"sw-001"}))
    pairs = pairs_of(wary, reader(1), reader(2), reader(3))
    result = allocate(records(4), pairs, sessions())
    assert result.placements[1].pair == 1


def test_no_session_has_more_readers_than_desks() -> None:
    """With four desks a day, at most two pairs sit in the room on any day."""
    pairs = pairs_of(*(reader(n) for n in range(8)))
    result = allocate(records(24), pairs, sessions(desks=4))
    assert all(len(seated) <= 4 for seated in readers_in_sessions(result, pairs).values())


def test_when_desks_run_short_every_pair_still_gets_a_day() -> None:
    """Desks for two pairs a day over three days: all three pairs read, none every day."""
    pairs = pairs_of(*(reader(n) for n in range(6)))
    result = allocate(records(18), pairs, sessions(desks=4))
    assert set(result.loads.values()) == {6}


def test_a_pair_reads_only_on_days_both_readers_are_available() -> None:
    """A reader away on Wednesday keeps their pair's records to Monday and Tuesday."""
    pairs = pairs_of(reader(0, days=frozenset({MON, TUE})), reader(1))
    result = allocate(records(6), pairs, sessions())
    days = {placement.session.split(":")[1] for placement in result.placements.values()}
    assert days == {str(MON), str(TUE)}


def test_load_is_balanced_across_pairs_by_their_days() -> None:
    """A pair there for one day reads a third of what a pair there for three days reads."""
    pairs = pairs_of(reader(0, days=frozenset({MON})), reader(1), reader(2), reader(3))
    result = allocate(records(20), pairs, sessions())
    assert result.loads == {0: 5, 1: 15}


def test_load_is_spread_over_a_pairs_days() -> None:
    """A pair with nine records over three days reads three a day."""
    pairs = pairs_of(reader(0), reader(1))
    result = allocate(records(9), pairs, sessions())
    assert Counter(p.session for p in result.placements.values()) == {
        f"room:{day}": 3 for day in (MON, TUE, WED)
    }


def test_child_protection_records_weigh_more_in_the_balance() -> None:
    """One record weighing five balances against five records weighing one."""
    pairs = pairs_of(*(reader(n) for n in range(4)))
    sample = [CaseRecord(0, "CP-1", "Team A", weight=5), *records(6)[1:]]
    result = allocate(sample, pairs, sessions())
    assert sorted(result.loads.values()) == [5, 5]


def test_hand_placements_are_kept() -> None:
    """A record placed by hand stays with its pair and session, even where load is uneven."""
    pairs = pairs_of(*(reader(n) for n in range(4)))
    fixed = Placement(0, f"room:{WED}")
    sample = [CaseRecord(n, f"SW-{n}", "Team A", by_hand=fixed) for n in range(3)]
    result = allocate([*sample, *records(10)[3:]], pairs, sessions())
    assert all(result.placements[n] == fixed for n in range(3))


def test_siblings_of_a_hand_placed_record_follow_its_pair() -> None:
    """The rest of a sibling group goes to the pair one of them was placed with by hand."""
    pairs = pairs_of(*(reader(n) for n in range(4)))
    fixed = Placement(1, f"room:{MON}")
    sample = [CaseRecord(0, "SW-0", "Team A", "G", by_hand=fixed)] + [
        CaseRecord(n, f"SW-{n}", "Team A", "G") for n in range(1, 4)
    ]
    result = allocate(sample, pairs, sessions())
    assert {result.placements[n].pair for n in range(4)} == {1}


def test_a_record_nobody_may_read_is_not_placed_and_says_why() -> None:
    """Every reader in the record's team: it is left out, naming the readers and the rule."""
    pairs = pairs_of(reader(0, team="Team A"), reader(1), reader(2, team="Team A"), reader(3))
    result = allocate(records(1), pairs, sessions())
    unplaced = result.unplaced[0]
    assert (unplaced.rule, result.placements) == (Rule.CONFLICT, {})
    assert "Reader 0 works in its team (Team A)" in unplaced.reason
    assert "Reader 2" in unplaced.reason


def test_a_pair_with_no_shared_day_cannot_read_and_says_why() -> None:
    """Readers available on different days share no reading day."""
    pairs = pairs_of(reader(0, days=frozenset({MON})), reader(1, days=frozenset({TUE})))
    result = allocate(records(1), pairs, sessions())
    assert result.unplaced[0].rule is Rule.DAYS


def test_too_few_desks_leave_records_unplaced_with_the_reason() -> None:
    """A room of one desk holds no pair: the records say every room is full."""
    pairs = pairs_of(reader(0), reader(1))
    result = allocate(records(2), pairs, sessions(desks=1))
    assert {u.rule for u in result.unplaced.values()} == {Rule.DESKS}
    assert "every room is full" in result.unplaced[0].reason


def test_without_pairs_nothing_is_placed_and_it_says_so() -> None:
    """No pairs made: every record says so."""
    result = allocate(records(2), [], sessions())
    assert [u.reason for u in result.unplaced.values()] == [
        "no reading pairs have been made yet"
    ] * 2


def test_a_hand_placement_that_breaks_a_rule_is_reported() -> None:
    """Placing a record with a reader from its own team is named as a conflict."""
    pairs = pairs_of(reader(0, team="Team A"), reader(1))
    problems = placement_problems(records(1)[0], Placement(0, f"room:{MON}"), [], pairs, sessions())
    assert [p.rule for p in problems] == [Rule.CONFLICT]


def test_a_hand_placement_into_a_full_room_is_reported() -> None:
    """A third pair by hand into a four-desk room breaks the desks rule."""
    pairs = pairs_of(*(reader(n) for n in range(6)))
    room = f"room:{MON}"
    others = [
        CaseRecord(10, "SW-10", by_hand=Placement(0, room)),
        CaseRecord(11, "SW-11", by_hand=Placement(1, room)),
    ]
    problems = placement_problems(
        CaseRecord(12, "SW-12"), Placement(2, room), others, pairs, sessions(desks=4)
    )
    assert [p.rule for p in problems] == [Rule.DESKS]


def test_a_sibling_group_split_by_hand_is_reported_and_the_rest_not_placed() -> None:
    """Two siblings placed by hand with different pairs: both flagged, the third left out."""
    pairs = pairs_of(*(reader(n) for n in range(4)))
    sample = [
        CaseRecord(0, "SW-0", "", "G", by_hand=Placement(0, f"room:{MON}")),
        CaseRecord(1, "SW-1", "", "G", by_hand=Placement(1, f"room:{MON}")),
        CaseRecord(2, "SW-2", "", "G"),
    ]
    result = allocate(sample, pairs, sessions())
    assert set(result.hand_problems) == {0, 1}
    assert result.unplaced[2].rule is Rule.SIBLINGS
