"""Commands for letters: list the templates, make a run of letters, show the record, letterhead."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from inspection_desktop.cli.context import CliContext, SubParsers
from inspection_desktop.cli.output import write_rows
from inspection_desktop.cli.parser import add_actions, name_text, output_file
from inspection_desktop.errors import UserFacingError

TEMPLATE_COLUMNS = ("key", "title", "version", "source", "to", "marking")
SENT_COLUMNS = ("produced_at", "template", "version", "recipient", "organisation", "format", "file")


def register(subparsers: SubParsers) -> None:
    """Add the letters commands to the parser."""
    actions = add_actions(subparsers, "letters", "letters and mail merge")
    listing = actions.add_parser("templates", help="list the letter templates")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.add_argument("--inspection", type=int, metavar="ID")
    listing.set_defaults(handler=run_templates)

    make = actions.add_parser("make", help="write a letter for each recipient")
    make.add_argument("template", metavar="TEMPLATE", help="a template's key (see 'templates')")
    make.add_argument(
        "--to", action="append", default=[], metavar="ROLE", help="a role (key or name)"
    )
    make.add_argument(
        "--contact", action="append", type=int, default=[], metavar="ID", help="a contact's id"
    )
    make.add_argument(
        "--invited-to", type=int, metavar="MEETING_ID", help="everyone invited to a meeting"
    )
    make.add_argument("--meeting", type=int, metavar="MEETING_ID", help="the meeting it is about")
    make.add_argument("--out", required=True, type=Path, metavar="DIR")
    make.add_argument(
        "--combined", type=output_file, metavar="FILE", help="all letters in one file"
    )
    make.add_argument("--format", choices=("pdf", "docx"), default="pdf")
    make.add_argument(
        "--marking", type=name_text, default="", metavar="TEXT", help="e.g. OFFICIAL-SENSITIVE"
    )
    make.add_argument("--tick", action="store_true", help="mark the template's checklist item done")
    make.add_argument("--inspection", type=int, metavar="ID")
    make.set_defaults(handler=run_make)

    sent = actions.add_parser("sent", help="the record of letters produced")
    sent.add_argument("--format", choices=("table", "json"), default="table")
    sent.add_argument("--inspection", type=int, metavar="ID")
    sent.set_defaults(handler=run_sent)

    head = actions.add_parser("letterhead", help="show or set the letterhead and signature")
    head.add_argument("--logo", type=Path, metavar="FILE", help="PNG or JPEG; '' clears it")
    head.add_argument(
        "--address-line",
        action="append",
        type=name_text,
        metavar="TEXT",
        help="one line of the address",
    )
    head.add_argument("--name", type=name_text, metavar="TEXT", help="who signs the letters")
    head.add_argument("--post", type=name_text, metavar="TEXT", help="their post")
    head.add_argument(
        "--reading-base-line",
        action="append",
        type=name_text,
        metavar="TEXT",
        help="a line of the base's address",
    )
    head.add_argument("--inspection", type=int, metavar="ID")
    head.set_defaults(handler=run_letterhead)


def run_templates(args: argparse.Namespace, ctx: CliContext) -> int:
    """List the templates, shipped and own."""
    from inspection_desktop.usecases.letters.catalogue import templates

    services = ctx.services()
    inspection_id = services.inspections.current_inspection_id()
    found = templates(services, inspection_id) if inspection_id is not None else []
    if inspection_id is None:
        from inspection_desktop.domain.letters.templates import shipped_templates

        found = list(shipped_templates())
    roles = services.contacts.roles
    rows = [
        {
            "key": t.key,
            "title": t.title,
            "version": t.version,
            "source": "shipped" if t.shipped else "own",
            "to": [roles.name_of(key) for key in t.to_roles],
            "marking": t.marking,
            "meeting": t.meeting_key or None,
            "ticks": t.ticks_key or None,
        }
        for t in found
    ]
    write_rows(rows, TEMPLATE_COLUMNS, args.format, ctx.out)
    return 0


def run_make(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write one letter per recipient (and the combined file); a missing field writes nothing."""
    from inspection_desktop.documents.letters.letter_files import write_run
    from inspection_desktop.usecases.letters import recipients as pick
    from inspection_desktop.usecases.letters.catalogue import find_template
    from inspection_desktop.usecases.letters.merge_run import prepare_run, record_run
    from inspection_desktop.usecases.meetings.plan_meetings import make_plan_meetings

    if not args.to and not args.contact and args.invited_to is None:
        raise UserFacingError(
            "Say who the letters go to: --to ROLE, --contact ID or --invited-to MEETING_ID."
        )
    services = ctx.services()
    inspection_id = ctx.inspection_id(args)
    make_plan_meetings(services, inspection_id)
    template = find_template(services, inspection_id, args.template)
    chosen = pick.in_order(
        [
            *pick.by_role(services, inspection_id, args.to),
            *pick.by_hand(services, inspection_id, args.contact),
            *(pick.by_meeting(services, args.invited_to) if args.invited_to is not None else []),
        ]
    )
    if not chosen:
        raise UserFacingError("Nobody to write to: name the role's holders in People first.")
    job = prepare_run(
        services, inspection_id, template, chosen, meeting_id=args.meeting, marking=args.marking
    )
    written = write_run(job, args.out, (args.format,), combined=args.combined)
    change = record_run(services, inspection_id, job, written.files, tick=args.tick)
    for warning in job.warnings:
        print(f"warning: {warning}", file=ctx.err)
    count = len(written.files)
    print(f"{count} letter{'s' if count != 1 else ''} written to {args.out}", file=ctx.out)
    for path in written.combined:
        print(f"All of them in {path}", file=ctx.out)
    if "plan" in change.kinds:
        print(change.description[0].upper() + change.description[1:] + ".", file=ctx.out)
    return 0


def run_sent(args: argparse.Namespace, ctx: CliContext) -> int:
    """List the record of letters, newest first."""
    from inspection_desktop.usecases.letters.merge_run import sent_letters

    rows = [
        {
            "produced_at": s.produced_at.isoformat(timespec="seconds"),
            "template": s.template_key,
            "title": s.template_title,
            "version": s.template_version,
            "recipient": s.recipient_name,
            "organisation": s.recipient_organisation,
            "contact_id": s.contact_id,
            "format": s.file_format,
            "file": s.file_path,
        }
        for s in sent_letters(ctx.services(), ctx.inspection_id(args))
    ]
    write_rows(rows, SENT_COLUMNS, args.format, ctx.out)
    return 0


def run_letterhead(args: argparse.Namespace, ctx: CliContext) -> int:
    """Set any part of the letterhead given, then show it."""
    from inspection_desktop.usecases.letters.letterhead import save_letterhead

    services = ctx.services()
    inspection_id = ctx.inspection_id(args)
    head = services.letters.letterhead(inspection_id)
    if args.logo is not None:
        head = replace(head, logo_path=args.logo if str(args.logo) not in ("", ".") else None)
    if args.address_line is not None:
        head = replace(head, address="\n".join(args.address_line))
    if args.name is not None:
        head = replace(head, signatory_name=args.name)
    if args.post is not None:
        head = replace(head, signatory_post=args.post)
    if args.reading_base_line is not None:
        head = replace(head, reading_base="\n".join(args.reading_base_line))
    save_letterhead(services, inspection_id, head)
    rows = [
        {"part": "logo", "value": str(head.logo_path or "")},
        {"part": "address", "value": head.address.replace("\n", ", ")},
        {"part": "signed by", "value": head.signatory_name},
        {"part": "post", "value": head.signatory_post},
        {"part": "file-reading base", "value": head.reading_base.replace("\n", ", ")},
    ]
    write_rows(rows, ("part", "value"), "table", ctx.out)
    return 0
