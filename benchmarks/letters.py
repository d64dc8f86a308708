"""Time a mail merge: N invented readers, each a PDF and a Word letter, plus both joined files.

Run from the checkout: ``python benchmarks/letters.py [--people 60]``. Prints a figure per
letter and the share of time in each format, so a slower PDF or Word path shows as a ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inspection_desktop.documents.letters.letter_files import write_run
from inspection_desktop.domain.letters.merge import (
    Letterhead,
    LetterRun,
    MergeData,
    Recipient,
    fill_letters,
)
from inspection_desktop.domain.letters.templates import shipped_templates
from inspection_desktop.usecases.letters.merge_run import LetterJob

# Invented names only.
_FIRST = ("Łukasz", "Siobhán", "Ruaridh", "Eilidh", "Tomás", "Agnieszka", "Daniel", "Priya")
_LAST = ("Nowak", "Ó Briain", "MacLeòid", "Okonkwo", "Zielińska", "Fraser", "Raman", "Baird")


def main() -> int:
    """Fill and write the training letter for N people and print the timings."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=60)
    args = parser.parse_args()
    template = next(t for t in shipped_templates() if t.key == "file-reader-training")
    head = Letterhead(None, "Council Offices\nGM1 2AB", "Ailsa Grant", "Co-ordinator", "Room 4")
    data = MergeData(
        "Glenmorven Community Planning Partnership",
        "Joint inspection",
        dt.date(2027, 1, 4),
        head,
        week_commencing={12: dt.date(2027, 2, 8)},
        meeting={"date": "Wednesday 20 January 2027", "time": "09:30", "venue": "Training Suite"},
    )
    people = [
        Recipient(f"{_FIRST[n % 8]} {_LAST[(n // 8) % 8]}", "Reader", "Council", address="GM1")
        for n in range(args.people)
    ]
    started = time.perf_counter()
    letters = fill_letters(template, data, people)
    filled = time.perf_counter() - started
    run = LetterRun(data.partnership, head, "OFFICIAL", template.title)
    job = LetterJob(template, run, tuple(letters), "benchmark-run")
    timings = {}
    with tempfile.TemporaryDirectory() as folder:
        for formats in (("pdf",), ("docx",)):
            out = Path(folder) / formats[0]
            out.mkdir()
            started = time.perf_counter()
            write_run(job, out, formats, combined=out / f"all.{formats[0]}")
            timings[formats[0]] = time.perf_counter() - started
    print(f"{args.people} letters checked and filled in: {filled * 1000:.0f} ms")
    for fmt, seconds in timings.items():
        print(f"{fmt}: {seconds:.2f} s in all, {seconds * 1000 / args.people:.0f} ms a letter")
    print(f"Word / PDF time: {timings['docx'] / timings['pdf']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
