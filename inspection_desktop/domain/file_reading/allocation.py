"""Who reads which record, when: reading pairs and sessions under the inspection's rules.

The rules: every record of a sibling group goes to the same pair; no reader gets a record from
their own team or their conflict list; no session has more readers than its room has desks; a
pair reads only on days both its readers are available; load is balanced over each pair's days.
Placements made by hand are kept; the rest are placed greedily (largest sibling group first,
fewest eligible pairs first, least-loaded pair) and then a repair pass evens the load out.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from inspection_desktop.domain.file_reading.sample import normalise_reference, normalise_team

_MAX_REPAIR_ROUNDS = 20_000


class Rule(StrEnum):
    """A rule a placement must keep."""

    NO_PAIRS = "no_pairs"
    SIBLINGS = "siblings"
    CONFLICT = "conflict"
    DAYS = "days"
    DESKS = "desks"

    @property
    def label(self) -> str:
        """The rule in the co-ordinator's words."""
        return _RULE_LABELS[self]


_RULE_LABELS = {
    Rule.NO_PAIRS: "Reading pairs",
    Rule.SIBLINGS: "Sibling groups stay with one pair",
    Rule.CONFLICT: "No record from a reader's own team or conflict list",
    Rule.DAYS: "Readers' available days",
    Rule.DESKS: "No more readers than desks",
}


@dataclass(frozen=True)
class Reader:
    """One reader as the allocation sees them."""

    key: int
    name: str
    team: str = ""
    conflict_teams: frozenset[str] = frozenset()
    conflict_records: frozenset[str] = frozenset()
    days: frozenset[dt.date] = frozenset()

    def conflict_with(self, record: CaseRecord) -> str | None:
        """Why this reader must not read the record, or None."""
        team = normalise_team(record.team)
        if team and team == normalise_team(self.team):
            return f"{self.name} works in its team ({record.team})"
        if team and team in {normalise_team(t) for t in self.conflict_teams}:
            return f"{self.name} has its team ({record.team}) on their conflict list"
        reference = normalise_reference(record.reference)
        if reference in {normalise_reference(r) for r in self.conflict_records}:
            return f"{self.name} has the record on their conflict list"
        return None


@dataclass(frozen=True)
class Pair:
    """Readers who read together (an inspector and a local reader, or as the team sets)."""

    key: int
    readers: tuple[Reader, ...]

    @property
    def name(self) -> str:
        """The readers' names, joined."""
        return " and ".join(reader.name for reader in self.readers) or "An empty pair"

    @property
    def days(self) -> frozenset[dt.date]:
        """The days every reader of the pair is available."""
        if not self.readers:
            return frozenset()
        days = set(self.readers[0].days)
        for reader in self.readers[1:]:
            days &= reader.days
        return frozenset(days)


@dataclass(frozen=True)
class Session:
    """A room on a reading day at a base."""

    key: str
    day: dt.date
    room: str
    desks: int
    base: str = ""


@dataclass(frozen=True)
class Placement:
    """A record's pair and session."""

    pair: int
    session: str


@dataclass(frozen=True)
class CaseRecord:
    """One record of the sample as the allocation sees it."""

    key: int
    reference: str
    team: str = ""
    sibling_group: str | None = None
    weight: int = 1
    """How much reading it is: the number of agencies' records read."""
    by_hand: Placement | None = None
    """Where the co-ordinator placed it by hand (kept as it is)."""


@dataclass(frozen=True)
class Unplaced:
    """A record that could not be placed (or a hand placement that breaks a rule), and why."""

    record: int
    rule: Rule
    reason: str


@dataclass(frozen=True)
class AllocationResult:
    """Where each record went, which could not go anywhere and why, and each pair's load."""

    placements: dict[int, Placement]
    unplaced: dict[int, Unplaced]
    loads: dict[int, int]
    hand_problems: dict[int, Unplaced] = field(default_factory=dict)


@dataclass
class _Board:
    """Seats taken so far: which session each pair sits in on each day, and the loads."""

    pairs: dict[int, Pair]
    sessions: dict[str, Session]
    seat: dict[tuple[int, dt.date], str] = field(default_factory=dict)
    readers_in: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    reader_day: dict[tuple[int, dt.date], str] = field(default_factory=dict)
    load: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    day_load: dict[tuple[int, dt.date], int] = field(default_factory=lambda: defaultdict(int))
    by_days: dict[dt.date, list[Session]] = field(default_factory=dict)
    days_of: dict[int, list[dt.date]] = field(default_factory=dict)
    planned: bool = False
    """Once seats are planned, pairs read only where they are seated, and seats stay."""

    def __post_init__(self) -> None:
        days: dict[dt.date, list[Session]] = defaultdict(list)
        for session in self.sessions.values():
            days[session.day].append(session)
        self.by_days = {day: sorted(s, key=lambda s: (s.room, s.key)) for day, s in days.items()}
        self.days_of = {key: sorted(p.days & self.by_days.keys()) for key, p in self.pairs.items()}

    def pair_days(self, pair: Pair) -> list[dt.date]:
        """The reading days the pair can read, in order."""
        return self.days_of[pair.key]

    def fits(self, pair: Pair, session_key: str) -> bool:
        """Whether the pair can join the session: its readers free that day, desks to spare."""
        session = self.sessions[session_key]
        if not self._readers_free(pair, session.day, session_key):
            return False
        newcomers = {r.key for r in pair.readers} - self.readers_in[session_key]
        return len(newcomers) <= session.desks - len(self.readers_in[session_key])

    def session_for(self, pair: Pair, day: dt.date) -> str | None:
        """The session the pair sits in on the day: its seat, or a room with desks to spare."""
        taken = self.seat.get((pair.key, day))
        if taken is not None or self.planned:
            return taken
        fits = []
        for session in self.by_days.get(day, ()):
            if self.fits(pair, session.key):
                spare = session.desks - len(self.readers_in[session.key] | _keys(pair))
                fits.append((spare, session.room, session.key))
        # The tightest fit keeps the larger rooms free for pairs that come later.
        return min(fits)[2] if fits else None

    def _readers_free(self, pair: Pair, day: dt.date, session: str) -> bool:
        return all(self.reader_day.get((r.key, day), session) == session for r in pair.readers)

    def sit(self, pair: Pair, session_key: str) -> None:
        """Seat the pair in the session."""
        day = self.sessions[session_key].day
        self.seat[(pair.key, day)] = session_key
        for reader in pair.readers:
            self.readers_in[session_key].add(reader.key)
            self.reader_day[(reader.key, day)] = session_key

    def add(self, pair: Pair, session_key: str, weight: int) -> None:
        """Seat the pair in the session (if not already) and add the record's weight."""
        day = self.sessions[session_key].day
        self.sit(pair, session_key)
        self.load[pair.key] += weight
        self.day_load[(pair.key, day)] += weight

    def remove(self, pair: Pair, session_key: str, weight: int, count_left: int) -> None:
        """Take a record's weight away; free the seat when the pair has nothing left that day."""
        day = self.sessions[session_key].day
        self.load[pair.key] -= weight
        self.day_load[(pair.key, day)] -= weight
        if count_left == 0 and not self.planned:
            del self.seat[(pair.key, day)]
            for reader in pair.readers:
                self.readers_in[session_key].discard(reader.key)
                self.reader_day.pop((reader.key, day), None)

    def ratio(self, pair: Pair, extra: int = 0) -> float:
        """The pair's load per reading day, with ``extra`` added."""
        days = len(self.pair_days(pair))
        return (self.load[pair.key] + extra) / days if days else float("inf")


def allocate(
    records: Sequence[CaseRecord], pairs: Sequence[Pair], sessions: Sequence[Session]
) -> AllocationResult:
    """Place every record not placed by hand with a pair in a session, under the rules.

    Returns the placements (hand placements included, unchanged), the records that could not be
    placed with the rule and the reason, and each pair's load (agency records to read).
    """
    return _Allocator(records, pairs, sessions).run()


def placement_problems(
    record: CaseRecord,
    placement: Placement,
    others: Sequence[CaseRecord],
    pairs: Sequence[Pair],
    sessions: Sequence[Session],
) -> list[Unplaced]:
    """The rules a hand placement would break, given the other records' placements by hand.

    ``others`` carry their current placements in ``by_hand``.
    """
    placed = [other for other in others if other.by_hand is not None and other.key != record.key]
    moved = CaseRecord(
        record.key, record.reference, record.team, record.sibling_group, record.weight, placement
    )
    allocator = _Allocator([*placed, moved], pairs, sessions)
    return [p for p in allocator.run().hand_problems.values() if p.record == record.key]


@dataclass
class _Unit:
    """Records that must go to one pair: a sibling group, or a record on its own."""

    records: list[CaseRecord]
    eligible: list[Pair]
    forced: int | None = None

    @property
    def weight(self) -> int:
        return sum(record.weight for record in self.records)


class _Allocator:
    def __init__(
        self, records: Sequence[CaseRecord], pairs: Sequence[Pair], sessions: Sequence[Session]
    ) -> None:
        self.records = list(records)
        self.pairs = {pair.key: pair for pair in pairs}
        self.board = _Board(self.pairs, {s.key: s for s in sessions})
        self.placements: dict[int, Placement] = {}
        self.unplaced: dict[int, Unplaced] = {}
        self.hand_problems: dict[int, Unplaced] = {}
        self.unit_of_pair: dict[int, list[_Unit]] = defaultdict(list)
        self.day_count: dict[tuple[int, dt.date], int] = defaultdict(int)

    def run(self) -> AllocationResult:
        self._keep_hand_placements()
        units = self._units()
        self._plan_seats({pair.key for unit in units for pair in unit.eligible})
        for unit in sorted(units, key=_unit_order):
            self._place(unit)
        self._repair()
        loads = {key: self.board.load[key] for key in self.pairs}
        return AllocationResult(self.placements, self.unplaced, loads, self.hand_problems)

    # Hand placements ---------------------------------------------------------------------

    def _keep_hand_placements(self) -> None:
        groups: dict[str, set[int]] = defaultdict(set)
        for record in self.records:
            placement = record.by_hand
            if placement is None:
                continue
            pair = self.pairs.get(placement.pair)
            session = self.board.sessions.get(placement.session)
            if pair is None or session is None:
                self._hand_problem(record, Rule.NO_PAIRS, "its pair or session no longer exists")
                continue
            problem = self._hand_rule_broken(record, pair, session)
            if problem is not None:
                self.hand_problems[record.key] = problem
            self.board.add(pair, session.key, record.weight)
            self.day_count[(pair.key, session.day)] += 1
            self.placements[record.key] = placement
            if record.sibling_group:
                groups[record.sibling_group].add(pair.key)
        for record in self.records:
            group = record.sibling_group
            split = bool(group) and len(groups[group or ""]) > 1
            if record.by_hand is not None and split and record.key not in self.hand_problems:
                names = self._pair_names(groups[group or ""])
                self._hand_problem(
                    record,
                    Rule.SIBLINGS,
                    f"its sibling group {group} is placed by hand with more than one pair "
                    f"({names})",
                )

    def _hand_rule_broken(
        self, record: CaseRecord, pair: Pair, session: Session
    ) -> Unplaced | None:
        conflicts = [c for r in pair.readers if (c := r.conflict_with(record))]
        if conflicts:
            return Unplaced(record.key, Rule.CONFLICT, "; ".join(conflicts))
        if session.day not in pair.days:
            return Unplaced(
                record.key,
                Rule.DAYS,
                f"{pair.name} are not both available on {_day(session.day)}",
            )
        seated = self.board.seat.get((pair.key, session.day))
        if seated is not None and seated != session.key:
            other = self.board.sessions[seated]
            return Unplaced(
                record.key,
                Rule.DESKS,
                f"{pair.name} already read in {other.room} on {_day(session.day)}",
            )
        if seated is None and not self.board.fits(pair, session.key):
            return Unplaced(
                record.key,
                Rule.DESKS,
                f"{session.room} has {session.desks} desks and no room for {pair.name} "
                f"on {_day(session.day)}",
            )
        return None

    def _hand_problem(self, record: CaseRecord, rule: Rule, reason: str) -> None:
        self.hand_problems[record.key] = Unplaced(record.key, rule, reason)

    # Seats -------------------------------------------------------------------------------

    def _plan_seats(self, wanted_pairs: set[int]) -> None:
        """Seat each pair in a room on its days, day by day, as desks allow.

        Where desks run short, a pair with fewer seats so far goes first, then the pair with
        fewer days available, so that nobody is left out while others read every day.
        """
        board = self.board
        seats = {key: sum(1 for (p, _day) in board.seat if p == key) for key in self.pairs}
        for day in sorted(board.by_days):
            waiting = [
                pair
                for key, pair in self.pairs.items()
                if key in wanted_pairs
                and day in board.days_of[key]
                and (key, day) not in board.seat
            ]
            waiting.sort(key=lambda p: (seats[p.key], len(board.days_of[p.key]), p.key))
            for pair in waiting:
                session = board.session_for(pair, day)
                if session is not None:
                    board.sit(pair, session)
                    seats[pair.key] += 1
        board.days_of = {
            key: [day for day in days if (key, day) in board.seat]
            for key, days in board.days_of.items()
        }
        board.planned = True

    # Greedy placement --------------------------------------------------------------------

    def _units(self) -> list[_Unit]:
        groups: dict[str, list[CaseRecord]] = defaultdict(list)
        singles: list[list[CaseRecord]] = []
        hand_pairs: dict[str, set[int]] = defaultdict(set)
        for record in self.records:
            if record.by_hand is not None:
                if record.sibling_group and record.key in self.placements:
                    hand_pairs[record.sibling_group].add(record.by_hand.pair)
                continue
            if record.sibling_group:
                groups[record.sibling_group].append(record)
            else:
                singles.append([record])
        units = []
        for group, members in [*groups.items(), *(("", single) for single in singles)]:
            forced_pairs = hand_pairs.get(group, set()) if group else set()
            unit = _Unit(members, [], None)
            if len(forced_pairs) > 1:
                names = self._pair_names(forced_pairs)
                for record in members:
                    self._unplace(
                        record,
                        Rule.SIBLINGS,
                        f"others in its sibling group {group} are placed by hand with more than "
                        f"one pair ({names}); put them with one pair first",
                    )
                continue
            if forced_pairs:
                unit.forced = next(iter(forced_pairs))
            unit.eligible = [
                pair
                for pair in self._candidate_pairs(unit)
                if not any(r.conflict_with(rec) for r in pair.readers for rec in members)
                and self.board.pair_days(pair)
            ]
            units.append(unit)
        return units

    def _candidate_pairs(self, unit: _Unit) -> list[Pair]:
        if unit.forced is not None:
            return [self.pairs[unit.forced]]
        return list(self.pairs.values())

    def _place(self, unit: _Unit) -> None:
        if not unit.eligible:
            self._explain(unit)
            return
        weight = unit.weight
        choices = sorted(unit.eligible, key=lambda p: (self.board.ratio(p, weight), p.key))
        for pair in choices:
            if self._seat_unit(unit, pair):
                self.unit_of_pair[pair.key].append(unit)
                return
        days = sorted({day for pair in unit.eligible for day in self.board.pair_days(pair)})
        for record in unit.records:
            self._unplace(
                record,
                Rule.DESKS,
                "every room is full on the days its eligible pairs can read "
                f"({', '.join(_day(day) for day in days)}); add desks or a room",
            )

    def _seat_unit(self, unit: _Unit, pair: Pair) -> bool:
        """Place each record of the unit on the pair's least-loaded day that has a seat."""
        planned: list[tuple[CaseRecord, str]] = []
        added: list[tuple[str, int]] = []
        for record in sorted(unit.records, key=lambda r: (-r.weight, r.reference)):
            session = self._best_day(pair)
            if session is None:
                for key, weight in reversed(added):
                    day = self.board.sessions[key].day
                    self.day_count[(pair.key, day)] -= 1
                    self.board.remove(pair, key, weight, self.day_count[(pair.key, day)])
                return False
            self.board.add(pair, session, record.weight)
            self.day_count[(pair.key, self.board.sessions[session].day)] += 1
            added.append((session, record.weight))
            planned.append((record, session))
        for record, session in planned:
            self.placements[record.key] = Placement(pair.key, session)
        return True

    def _best_day(self, pair: Pair) -> str | None:
        options = []
        for day in self.board.pair_days(pair):
            session = self.board.session_for(pair, day)
            if session is not None:
                options.append((self.board.day_load[(pair.key, day)], day, session))
        return min(options)[2] if options else None

    def _explain(self, unit: _Unit) -> None:
        candidates = self._candidate_pairs(unit)
        for record in unit.records:
            if not self.pairs:
                self._unplace(record, Rule.NO_PAIRS, "no reading pairs have been made yet")
                continue
            if unit.forced is not None:
                pair = self.pairs[unit.forced]
                why = self._why_not(pair, unit.records)
                self._unplace(
                    record,
                    why[0],
                    f"its sibling group {record.sibling_group} is placed by hand with "
                    f"{pair.name}, but {why[1]}",
                )
                continue
            reasons = [self._why_not(pair, unit.records) for pair in candidates]
            if all(rule is Rule.DAYS for rule, _ in reasons):
                self._unplace(
                    record, Rule.DAYS, "no pair has a reading day when both readers are available"
                )
                continue
            shown = "; ".join(text for _, text in reasons[:4])
            more = f"; and {len(reasons) - 4} more pairs" if len(reasons) > 4 else ""
            subject = f"its sibling group {record.sibling_group}" if len(unit.records) > 1 else ""
            lead = f"no pair can read {subject or 'it'}: "
            self._unplace(record, Rule.CONFLICT, lead + shown + more)

    def _why_not(self, pair: Pair, records: Sequence[CaseRecord]) -> tuple[Rule, str]:
        for record in records:
            for reader in pair.readers:
                conflict = reader.conflict_with(record)
                if conflict:
                    # In a sibling group, say which of the records the conflict is with.
                    which = f" ({record.reference})" if len(records) > 1 else ""
                    return Rule.CONFLICT, conflict + which
        return Rule.DAYS, f"{pair.name} share no reading day"

    def _unplace(self, record: CaseRecord, rule: Rule, reason: str) -> None:
        self.unplaced[record.key] = Unplaced(record.key, rule, reason)

    def _pair_names(self, keys: Iterable[int]) -> str:
        return "; ".join(self.pairs[key].name for key in sorted(keys) if key in self.pairs)

    # Repair ------------------------------------------------------------------------------

    def _repair(self) -> None:
        """Move whole units from the busiest pair while that lowers the busiest load."""
        movable = {
            key: [u for u in units if u.forced is None] for key, units in self.unit_of_pair.items()
        }
        for _ in range(_MAX_REPAIR_ROUNDS):
            if not self._improve_once(movable):
                break
        self._even_days()

    def _improve_once(self, movable: dict[int, list[_Unit]]) -> bool:
        busy = sorted(self.pairs.values(), key=lambda p: -self.board.ratio(p))
        for pair in busy:
            top = self.board.ratio(pair)
            if top == float("inf"):
                continue
            for unit in sorted(movable.get(pair.key, ()), key=lambda u: u.weight):
                for other in sorted(unit.eligible, key=lambda p: self.board.ratio(p)):
                    if other.key == pair.key:
                        continue
                    after = max(
                        self.board.ratio(pair, -unit.weight),
                        self.board.ratio(other, unit.weight),
                    )
                    if after >= top - 1e-9:
                        continue
                    if self._move(unit, pair, other):
                        movable[pair.key].remove(unit)
                        movable.setdefault(other.key, []).append(unit)
                        return True
            return False  # the busiest pair could not be lightened
        return False

    def _move(self, unit: _Unit, source: Pair, target: Pair) -> bool:
        old = {record.key: self.placements[record.key] for record in unit.records}
        self._lift(unit, source)
        if self._seat_unit(unit, target):
            return True
        for record in unit.records:  # put it back where it was
            session = old[record.key].session
            self.board.add(source, session, record.weight)
            self.day_count[(source.key, self.board.sessions[session].day)] += 1
            self.placements[record.key] = old[record.key]
        return False

    def _lift(self, unit: _Unit, pair: Pair) -> None:
        for record in unit.records:
            session = self.placements.pop(record.key).session
            day = self.board.sessions[session].day
            self.day_count[(pair.key, day)] -= 1
            self.board.remove(pair, session, record.weight, self.day_count[(pair.key, day)])

    def _even_days(self) -> None:
        """Within each pair, move records from its busiest day to its quietest where that helps."""
        by_pair: dict[int, list[CaseRecord]] = defaultdict(list)
        for record in self.records:
            placement = self.placements.get(record.key)
            if placement is not None and record.by_hand is None:
                by_pair[placement.pair].append(record)
        for pair_key, records in by_pair.items():
            pair = self.pairs[pair_key]
            for _ in range(len(records)):
                days = self.board.pair_days(pair)
                if len(days) < 2:
                    break
                loads = {day: self.board.day_load[(pair.key, day)] for day in days}
                busiest = max(days, key=lambda d: (loads[d], d))
                quietest = min(days, key=lambda d: (loads[d], d))
                candidates = [
                    r
                    for r in records
                    if self.board.sessions[self.placements[r.key].session].day == busiest
                    and loads[busiest] - loads[quietest] > r.weight
                ]
                target = self.board.session_for(pair, quietest)
                if not candidates or target is None:
                    break
                record = min(candidates, key=lambda r: (r.weight, r.reference))
                session = self.placements[record.key].session
                self.day_count[(pair.key, busiest)] -= 1
                self.board.remove(pair, session, record.weight, self.day_count[(pair.key, busiest)])
                self.board.add(pair, target, record.weight)
                self.day_count[(pair.key, quietest)] += 1
                self.placements[record.key] = Placement(pair.key, target)


def _keys(pair: Pair) -> set[int]:
    return {reader.key for reader in pair.readers}


def _unit_order(unit: _Unit) -> tuple[int, int, str]:
    return (-len(unit.records), len(unit.eligible), min(r.reference for r in unit.records))


def _day(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"
