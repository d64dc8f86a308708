"""Commands for file reading: import the sample, allocate it, print the timetable, list readers."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inspection_desktop.cli.context import CliContext, SubParsers
from inspection_desktop.cli.output import write_rows
from inspection_desktop.cli.parser import add_actions
from inspection_desktop.paths import expand_home

_DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "bar": "|"}
ALLOCATION_COLUMNS = ("record", "readers", "day", "room", "base", "sibling_group", "reason")
READER_COLUMNS = ("name", "side", "agency", "team", "pair", "ready", "not_ready")


def register(subparsers: SubParsers) -> None:
    """Add ``sample`` and ``readers`` to the parser."""
    sample = add_actions(subparsers, "sample", "the case-file sample and who reads what, when")
    importing = sample.add_parser(
        "import",
        help="import the sample list (CSV or .xlsx) the Care Inspectorate sends",
        description="Import the sample: case-record references, team, service, child "
        "protection and sibling group. A file with columns of personal identifiers is refused "
        "(exit 2) and nothing is imported.",
    )
    importing.add_argument("file", type=Path, metavar="FILE", help="the CSV or .xlsx file")
    importing.add_argument("--encoding", help="text encoding, e.g. utf-8 or cp1252")
    importing.add_argument("--delimiter", choices=sorted(_DELIMITER_NAMES))
    importing.add_argument("--sheet", help="workbook sheet, by name or number")
    importing.add_argument("--inspection", type=int, metavar="ID")
    importing.set_defaults(handler=run_sample_import)

    allocating = sample.add_parser(
        "allocate",
        help="allocate the records to reading pairs and sessions (hand placements kept)",
    )
    allocating.add_argument("--format", choices=("table", "json"), default="table")
    allocating.add_argument("--inspection", type=int, metavar="ID")
    allocating.set_defaults(handler=run_sample_allocate)

    timetable = sample.add_parser("timetable", help="print the reading timetable as a PDF")
    timetable.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    timetable.add_argument("--inspection", type=int, metavar="ID")
    timetable.set_defaults(handler=run_sample_timetable)

    sheets = sample.add_parser("sheets", help="print a sheet per reader as a PDF")
    sheets.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    sheets.add_argument("--inspection", type=int, metavar="ID")
    sheets.set_defaults(handler=run_sample_sheets)

    readers = add_actions(subparsers, "readers", "the file readers and their readiness")
    listing = readers.add_parser("list", help="list the readers with what each still needs")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.add_argument("--inspection", type=int, metavar="ID")
    listing.set_defaults(handler=run_readers_list)


def run_sample_import(args: argparse.Namespace, ctx: CliContext) -> int:
    """Read and check the file, then import its records (all or none)."""
    from inspection_desktop.documents.common.tabular_reader import ReadOptions
    from inspection_desktop.documents.file_reading.sample_file import read_sample_file
    from inspection_desktop.usecases.file_reading.sample import import_sample

    inspection_id = ctx.inspection_id(args)
    options = ReadOptions(
        encoding=args.encoding,
        delimiter=_DELIMITER_NAMES[args.delimiter] if args.delimiter else None,
        sheet=args.sheet,
    )
    sample = read_sample_file(args.file, options)
    _change, counts = import_sample(ctx.services(), inspection_id, sample.lines)
    print(f"{args.file.name} ({sample.read_as}): {counts.summary}", file=ctx.out)
    if sample.duplicates:
        print(f"{sample.duplicates} repeated references were read once.", file=ctx.out)
    return 0


def run_sample_allocate(args: argparse.Namespace, ctx: CliContext) -> int:
    """Allocate and print where every record goes, or why it cannot be placed."""
    from inspection_desktop.usecases.file_reading.allocate import allocate_sample
    from inspection_desktop.usecases.file_reading.placements import picture

    services = ctx.services()
    inspection_id = ctx.inspection_id(args)
    _change, summary = allocate_sample(services, inspection_id)
    rows = [_placement_row(record) for record in picture(services, inspection_id).records]
    if args.format == "json":
        write_rows(rows, ALLOCATION_COLUMNS, "json", ctx.out)
        return 0
    flat = [
        {
            **row,
            "readers": "; ".join(row["readers"]),
            "day": row["session"]["date"] if row["session"] else "",
            "room": row["session"]["room"] if row["session"] else "",
            "base": row["session"]["base"] if row["session"] else "",
        }
        for row in rows
    ]
    write_rows(flat, ALLOCATION_COLUMNS, "table", ctx.out)
    print(summary.summary, file=ctx.out)
    return 0


def _placement_row(record: Any) -> dict[str, Any]:
    row = record.row
    session = record.session
    return {
        "record": row.reference,
        "readers": list(record.pair.names) if record.pair and session else [],
        "session": {
            "date": session.day.isoformat(),
            "base": session.base,
            "room": session.room,
            "starts": session.opens.strftime("%H:%M"),
            "ends": session.closes.strftime("%H:%M"),
        }
        if session
        else None,
        "sibling_group": row.sibling_group or None,
        "team": row.team,
        "child_protection": row.child_protection,
        "by_hand": row.by_hand,
        "status": row.status.value,
        "reason": record.reason or None,
    }


def run_sample_timetable(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write the reading timetable, per day and room."""
    from inspection_desktop.documents.file_reading.reading_pdf import render_timetable

    return _print_pdf(args, ctx, render_timetable, "Timetable")


def run_sample_sheets(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write a sheet per reader."""
    from inspection_desktop.documents.file_reading.reading_pdf import render_reader_sheets

    return _print_pdf(args, ctx, render_reader_sheets, "Reader sheets")


def _print_pdf(args: argparse.Namespace, ctx: CliContext, render: Any, what: str) -> int:
    from inspection_desktop.documents.common.atomic_write import write_bytes_atomically
    from inspection_desktop.domain import clock
    from inspection_desktop.usecases.file_reading.placements import picture

    services = ctx.services()
    inspection_id = ctx.inspection_id(args)
    area = services.inspections.get_inspection(inspection_id).area
    data = render(picture(services, inspection_id), area, clock.today())
    write_bytes_atomically(expand_home(args.out).resolve(), data)
    print(f"{what} written to {args.out}", file=ctx.out)
    return 0


def run_readers_list(args: argparse.Namespace, ctx: CliContext) -> int:
    """List the readers: who they are, their pair, and what they still need."""
    from inspection_desktop.usecases.file_reading.placements import picture

    view = picture(ctx.services(), ctx.inspection_id(args))
    pair_of = {contact_id: pair for pair in view.pairs for contact_id in pair.contact_ids}
    rows: list[dict[str, Any]] = []
    for reader in view.readers:
        pair = pair_of.get(reader.contact_id)
        rows.append(
            {
                "id": reader.contact_id,
                "name": reader.name,
                "side": reader.side.value,
                "agency": reader.agency,
                "service": reader.details.service,
                "team": reader.details.team,
                "days": [day.isoformat() for day in reader.days],
                "conflict_teams": list(reader.details.conflict_teams),
                "conflict_records": list(reader.details.conflict_records),
                "pair": [n for n in pair.names if n != reader.name] if pair else [],
                "trained": reader.trained,
                "agreement_signed": reader.details.agreement_signed,
                "logins": {
                    system.value: reader.details.login(system).value for system in reader.systems
                },
                "ready": reader.ready,
                "not_ready": [
                    {
                        "what": gap.what,
                        "needed_by": gap.needed_by.isoformat() if gap.needed_by else None,
                    }
                    for gap in reader.gaps
                ],
            }
        )
    if args.format == "json":
        write_rows(rows, READER_COLUMNS, "json", ctx.out)
        return 0
    flat = [
        {
            **row,
            "pair": "; ".join(row["pair"]),
            "ready": "yes" if row["ready"] else "no",
            "not_ready": "; ".join(gap["what"] for gap in row["not_ready"]),
        }
        for row in rows
    ]
    write_rows(flat, READER_COLUMNS, "table", ctx.out)
    return 0
