"""Time the file-reading allocation: 1,000 records with 60 readers (30 pairs) over three days.

Synthetic: 714 sibling groups and single records, 40 teams, a fifth of the records on the child
protection register, 2% of readers with a record on their conflict list, 50 records placed by
hand, four rooms of 16 desks a day. Prints the median of several runs, and how even the load is.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

from inspection_desktop.domain.file_reading.allocation import (
    AllocationResult,
    CaseRecord,
    Pair,
    Placement,
    Reader,
    Session,
    allocate,
)

RECORDS = 1_000
READERS = 60
RUNS = 7
DAYS = (dt.date(2027, 3, 8), dt.date(2027, 3, 9), dt.date(2027, 3, 10))


def scenario(
    seed: int = 7,
) -> tuple[list[CaseRecord], list[Pair], list[Session]]:
    """Records, pairs and sessions of the size the issue names."""
    rng = random.Random(seed)
    teams = [f"Team {n}" for n in range(40)]
    references = [f"SW-{100000 + n}" for n in range(RECORDS)]
    readers = []
    for key in range(READERS):
        days = frozenset(DAYS if rng.random() > 0.2 else rng.sample(DAYS, 2))
        conflicts = frozenset(rng.sample(references, 1)) if rng.random() < 0.02 else frozenset()
        team = rng.choice(teams) if key % 2 else ""  # inspectors belong to no local team
        readers.append(Reader(key, f"Reader {key}", team, frozenset(), conflicts, days))
    pairs = [Pair(n, (readers[2 * n], readers[2 * n + 1])) for n in range(READERS // 2)]
    sessions = [
        Session(f"{day}:{room}", day, f"Room {room}", 16) for day in DAYS for room in range(4)
    ]
    records = []
    group = 0
    index = 0
    while index < RECORDS:
        size = min(rng.choice((1, 1, 1, 1, 2, 2, 3)), RECORDS - index)
        label = f"G{group}" if size > 1 else None
        for _ in range(size):
            weight = 5 if rng.random() < 0.2 else 1
            records.append(CaseRecord(index, references[index], rng.choice(teams), label, weight))
            index += 1
        group += 1
    first = allocate(records, pairs, sessions)
    pinned = {key for key in list(first.placements)[:50]}
    records = [
        CaseRecord(r.key, r.reference, r.team, r.sibling_group, r.weight, first.placements[r.key])
        if r.key in pinned
        else r
        for r in records
    ]
    return records, pairs, sessions


def evenness(result: AllocationResult, pairs: list[Pair], sessions: list[Session]) -> str:
    """The spread of load per reading day across pairs."""
    days = {s.day for s in sessions}
    ratios = [result.loads[p.key] / len(p.days & days) for p in pairs if p.days & days]
    return f"load per day: lowest {min(ratios):.1f}, highest {max(ratios):.1f}"


def main() -> None:
    """Run the allocation several times and print the median."""
    records, pairs, sessions = scenario()
    times = []
    result: AllocationResult | None = None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = allocate(records, pairs, sessions)
        times.append(time.perf_counter() - started)
    assert result is not None
    placed = sum(1 for p in result.placements.values() if isinstance(p, Placement))
    print(
        f"allocate {len(records)} records, {READERS} readers, {len(sessions)} sessions: "
        f"median {statistics.median(times):.3f} s over {RUNS} runs; "
        f"{placed} placed, {len(result.unplaced)} not placed; {evenness(result, pairs, sessions)}"
    )


if __name__ == "__main__":
    main()
