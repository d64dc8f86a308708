"""Time the week-4 meeting pack: the guide's ten agenda items, ten attendees, two papers.

Run from the checkout: ``python benchmarks/meeting_pack.py [--out pack.pdf] [--runs 5]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inspection_desktop.documents.common.atomic_write import write_bytes_atomically
from inspection_desktop.documents.meetings.agenda_pdf import render_agenda
from inspection_desktop.documents.meetings.example_papers import write_example_papers
from inspection_desktop.documents.meetings.meeting_pack_pdf import render_meeting_pack
from inspection_desktop.domain.meetings.examples import (
    example_context,
    example_deadlines,
    example_open_actions,
    example_week4_meeting,
    example_week_statuses,
)
from inspection_desktop.domain.meetings.meeting import deadlines_within, open_actions


def main() -> int:
    """Render the example agenda and pack several times and print the timings."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, help="also save the pack here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        papers = Path(folder)
        write_example_papers(papers)
        meeting = example_week4_meeting(papers)
        context = example_context()
        actions = open_actions(example_open_actions())
        deadlines = deadlines_within(example_deadlines(), context.generated_on)
        statuses = example_week_statuses()

        started = time.perf_counter()
        pack = render_meeting_pack(meeting, context, actions, deadlines, statuses)
        first = time.perf_counter() - started
        pack_times, agenda_times = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            pack = render_meeting_pack(meeting, context, actions, deadlines, statuses)
            pack_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            render_agenda(meeting, context)
            agenda_times.append(time.perf_counter() - started)

    print(f"first pack (fonts loading): {first * 1000:.0f} ms")
    print(f"meeting pack, median of {args.runs}: {statistics.median(pack_times) * 1000:.0f} ms")
    print(f"agenda alone, median of {args.runs}: {statistics.median(agenda_times) * 1000:.0f} ms")
    print(f"pack size: {len(pack) / 1024:.0f} KiB")
    if args.out:
        write_bytes_atomically(args.out, pack)
        print(f"saved {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
