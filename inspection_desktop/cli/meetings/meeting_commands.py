"""Commands over meetings: list them, print an agenda or a pack, export the calendar."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspection_desktop.cli.context import CliContext, SubParsers
from inspection_desktop.cli.output import FORMATS, write_rows
from inspection_desktop.cli.parser import add_actions, name_text, output_file
from inspection_desktop.errors import UserFacingError
from inspection_desktop.paths import expand_home

if TYPE_CHECKING:
    from inspection_desktop.storage.meetings.meeting_service import MeetingService

MEETING_COLUMNS = ("id", "week", "starts", "title", "attendee_count", "open_actions")


def register(subparsers: SubParsers) -> None:
    """Add this module's subcommands to the parser."""
    meeting_commands = add_actions(subparsers, "meetings", "the inspection's meetings")
    listing = meeting_commands.add_parser("list", help="list the meetings")
    listing.add_argument("--inspection", type=int, metavar="ID")
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.set_defaults(handler=run_meetings_list)

    for name, text in (("agenda", "a meeting's agenda"), ("minutes", "a meeting's minutes")):
        document = subparsers.add_parser(name, help=f"print {text} as a PDF or Word file")
        document.add_argument("meeting_id", type=int, metavar="MEETING_ID")
        document.add_argument("--out", required=True, type=output_file, metavar="FILE")
        document.add_argument("--format", choices=("pdf", "docx"), default="pdf")
        document.add_argument("--cover", action="store_true", help="a cover page first (PDF)")
        _finish_arguments(document)
        document.set_defaults(handler=run_agenda if name == "agenda" else run_minutes)

    pack = subparsers.add_parser("pack", help="print a meeting pack (agenda, papers…) as a PDF")
    pack.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    pack.add_argument("--out", required=True, type=output_file, metavar="FILE.pdf")
    pack.add_argument(
        "--recipient", default="", type=name_text, metavar="NAME", help="whose copy this is"
    )
    pack.add_argument(
        "--leave-out-confidential",
        action="store_true",
        help="leave confidential items' papers and notes out of this copy",
    )
    pack.add_argument("--no-dividers", action="store_true", help="no page before each paper")
    _finish_arguments(pack)
    pack.set_defaults(handler=run_pack)

    calendar = subparsers.add_parser("calendar", help="export meetings and deadlines as .ics")
    calendar.add_argument("--inspection", type=int, metavar="ID")
    calendar.add_argument("--out", required=True, type=output_file, metavar="FILE.ics")
    calendar.set_defaults(handler=run_calendar)


def _finish_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--marking",
        type=name_text,
        default="",
        metavar="TEXT",
        help="protective marking (default OFFICIAL-SENSITIVE with confidential papers inside)",
    )


def _finish(args: argparse.Namespace, ctx: CliContext, meeting_id: int) -> Any:
    """The document's finish: marking, cover, dividers, and the logo set with the letterhead."""
    from inspection_desktop.documents.meetings.meeting_documents import DocumentFinish

    services = ctx.services()
    inspection_id = services.meetings.meeting(meeting_id).inspection_id
    return DocumentFinish(
        marking=args.marking,
        cover=getattr(args, "cover", False),
        dividers=not getattr(args, "no_dividers", False),
        logo_path=services.letters.letterhead(inspection_id).logo_path,
    )


def _services(ctx: CliContext) -> MeetingService:
    return ctx.services().meetings


def _inspection_meetings(args: argparse.Namespace, ctx: CliContext) -> tuple[Any, int]:
    """The meeting service and the chosen inspection, its meetings made from the plan."""
    from inspection_desktop.usecases.meetings.plan_meetings import make_plan_meetings

    meetings, inspection_id = _services(ctx), ctx.inspection_id(args)
    make_plan_meetings(ctx.services(), inspection_id)
    return meetings, inspection_id


def _starts(summary: Any) -> str | None:
    """The start as ISO date-time, else the planned day as ISO date."""
    if summary.starts is not None:
        return str(summary.starts.isoformat(timespec="minutes"))
    day: dt.date | None = summary.day
    return day.isoformat() if day else None


def run_meetings_list(args: argparse.Namespace, ctx: CliContext) -> int:
    """List the meetings of an inspection, made from its plan on first use."""
    meetings, inspection_id = _inspection_meetings(args, ctx)
    rows = [
        {
            "id": s.id,
            "title": s.title,
            "week": s.week,
            "starts": _starts(s),
            "timed": s.starts is not None,
            "attendees": list(s.attendee_names),
            "attendee_count": s.attendee_count,
            "agenda": list(s.agenda_titles),
            "open_actions": s.open_actions,
            "plan_item_id": s.plan_item_id,
        }
        for s in meetings.list_meetings(inspection_id)
    ]
    write_rows(rows, MEETING_COLUMNS, args.format, ctx.out)
    return 0


def _write(path: Path, data: bytes) -> None:
    from inspection_desktop.documents.common.atomic_write import write_bytes_atomically

    write_bytes_atomically(expand_home(path).resolve(), data)


def _known_meeting(meetings: Any, meeting_id: int) -> None:
    from inspection_desktop.storage.errors import RecordNotFoundError

    try:
        meetings.meeting(meeting_id)
    except RecordNotFoundError:
        raise UserFacingError(
            f"There is no meeting with id {meeting_id}; 'meetings list' shows their ids."
        ) from None


def run_agenda(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write a meeting's agenda to a PDF or Word file."""
    from inspection_desktop.documents.meetings.meeting_documents import agenda_pdf, agenda_word

    meetings = _services(ctx)
    _known_meeting(meetings, args.meeting_id)
    render = agenda_word if args.format == "docx" else agenda_pdf
    _write(args.out, render(meetings, args.meeting_id, _finish(args, ctx, args.meeting_id)))
    print(f"Agenda written to {args.out}", file=ctx.out)
    return 0


def run_minutes(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write a meeting's minutes to a PDF or Word file."""
    from inspection_desktop.documents.meetings.meeting_documents import minutes_pdf, minutes_word

    meetings = _services(ctx)
    _known_meeting(meetings, args.meeting_id)
    render = minutes_word if args.format == "docx" else minutes_pdf
    _write(args.out, render(meetings, args.meeting_id, _finish(args, ctx, args.meeting_id)))
    print(f"Minutes written to {args.out}", file=ctx.out)
    return 0


def run_pack(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write a meeting pack, papers included, to a PDF file."""
    from inspection_desktop.documents.meetings.meeting_documents import pack_pdf

    meetings = _services(ctx)
    _known_meeting(meetings, args.meeting_id)
    recipient = _registered_recipient(ctx, args.meeting_id, args.recipient)
    data = pack_pdf(
        meetings,
        args.meeting_id,
        recipient=recipient,
        include_confidential=not args.leave_out_confidential,
        finish=_finish(args, ctx, args.meeting_id),
    )
    _write(args.out, data)
    print(f"Meeting pack written to {args.out}", file=ctx.out)
    return 0


def _registered_recipient(ctx: CliContext, meeting_id: int, name: str) -> str | None:
    """The recipient's name as the register spells it; refused when nobody there has it."""
    wanted = " ".join(name.split())
    if not wanted:
        return None
    inspection_id = ctx.services().meetings.meeting(meeting_id).inspection_id
    people = ctx.services().contacts.contacts(inspection_id)
    match = next((p.name for p in people if p.name.casefold() == wanted.casefold()), None)
    if match is None:
        raise UserFacingError(
            f"nobody called {wanted!r} is in the register; give a name as 'contacts list' "
            "shows it, or add them first"
        )
    return match


def run_calendar(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write every meeting and deadline of the inspection to an .ics file."""
    from inspection_desktop.documents.meetings.meeting_documents import calendar_ics

    meetings, inspection_id = _inspection_meetings(args, ctx)
    _write(args.out, calendar_ics(meetings, inspection_id))
    print(f"Calendar written to {args.out}", file=ctx.out)
    return 0
