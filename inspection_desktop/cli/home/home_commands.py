"""``status`` prints the home screen's facts or writes the status report; ``surveys`` lists
the surveys and records their response counts."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TextIO

from inspection_desktop.cli.context import CliContext, SubParsers
from inspection_desktop.cli.output import FORMATS, write_rows
from inspection_desktop.cli.parser import add_actions, iso_date
from inspection_desktop.errors import UserFacingError
from inspection_desktop.paths import expand_home

SURVEY_COLUMNS = ("name", "opens", "closes", "responses", "target", "state", "days_left")
REPORT_SUFFIXES = (".pdf", ".docx")


def register(subparsers: SubParsers) -> None:
    """Add the status and surveys commands to the parser."""
    status = subparsers.add_parser(
        "status", help="where the inspection stands today, or the one-page status report"
    )
    status.add_argument("--format", choices=("text", "json"), default="text")
    status.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD")
    status.add_argument(
        "--out", type=Path, metavar="FILE.pdf", help="write the status report (.pdf or .docx)"
    )
    status.add_argument("--inspection", type=int, metavar="ID")
    status.set_defaults(handler=run_status)

    actions = add_actions(subparsers, "surveys", "the surveys and their response counts")
    listing = actions.add_parser("list", help="every survey with its dates and responses")
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD")
    listing.add_argument("--inspection", type=int, metavar="ID")
    listing.set_defaults(handler=run_surveys_list)
    record = actions.add_parser("record", help="record a survey's total responses on a day")
    record.add_argument("name", metavar="NAME", help="the survey's name, or staff/children/parents")
    record.add_argument("--count", type=int, required=True, metavar="N")
    record.add_argument("--on", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    record.add_argument("--inspection", type=int, metavar="ID")
    record.set_defaults(handler=run_surveys_record)


def _facts(args: argparse.Namespace, ctx: CliContext):  # type: ignore[no-untyped-def]
    from inspection_desktop.usecases.home.home_data import read_home
    from inspection_desktop.usecases.plan.inspections import make_plan_parts

    services, inspection_id = ctx.services(), ctx.inspection_id(args)
    make_plan_parts(services, inspection_id)
    return read_home(services, inspection_id, args.today)


def write_text(facts: object, out: TextIO) -> None:
    """The home screen as plain text: the week, then each heading and its entries."""
    from inspection_desktop.domain.home.home_facts import HomeFacts, home_groups

    assert isinstance(facts, HomeFacts)
    print(f"{facts.area}", file=out)
    print(facts.where, file=out)
    for group in home_groups(facts):
        print(f"\n{group.heading}", file=out)
        if not group.entries:
            print(f"  {group.empty_text}", file=out)
        for entry in group.entries:
            mark = "! " if entry.urgent else "  "
            print(f"{mark}{entry.title} — {entry.when} — {entry.detail}", file=out)


def run_status(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print the home screen's facts (text or JSON), or write the report to --out."""
    from inspection_desktop.usecases.home.home_data import status_record

    facts = _facts(args, ctx)
    if args.out is not None:
        path: Path = expand_home(args.out)
        suffix = path.suffix.casefold()
        if suffix not in REPORT_SUFFIXES:
            raise UserFacingError(f"{path.name}: the report is written as .pdf or .docx.")
        if suffix == ".pdf":
            from inspection_desktop.documents.home.status_report_pdf import render_status_report

            data = render_status_report(facts)
        else:
            from inspection_desktop.documents.home.status_report_docx import (
                render_status_report_docx,
            )

            data = render_status_report_docx(facts)
        from inspection_desktop.documents.common.atomic_write import write_bytes_atomically

        write_bytes_atomically(path.resolve(), data)
        print(f"Wrote the status report to {path}", file=ctx.out)
        return 0
    if args.format == "json":
        json.dump(status_record(facts), ctx.out, indent=2, ensure_ascii=False)
        ctx.out.write("\n")
    else:
        write_text(facts, ctx.out)
    return 0


def run_surveys_list(args: argparse.Namespace, ctx: CliContext) -> int:
    """List every survey with its dates, responses and state."""
    from inspection_desktop.domain import clock
    from inspection_desktop.usecases.surveys.survey_edits import list_surveys

    today = args.today or clock.today()
    rows = [
        {
            "id": s.id,
            "name": s.name,
            "opens": s.opens_on.isoformat() if s.opens_on else None,
            "closes": s.closes_on.isoformat() if s.closes_on else None,
            "responses": s.responses,
            "target": s.target,
            "response_rate": s.response_rate,
            "state": s.state(today).value,
            "days_left": s.days_left(today),
            "link": s.fields.link,
            "distribution": s.fields.distribution,
        }
        for s in list_surveys(ctx.services(), ctx.inspection_id(args))
    ]
    write_rows(rows, SURVEY_COLUMNS, args.format, ctx.out)
    return 0


def run_surveys_record(args: argparse.Namespace, ctx: CliContext) -> int:
    """Record a survey's total responses on a day."""
    from inspection_desktop.domain import clock
    from inspection_desktop.usecases.surveys.survey_edits import find_survey, record_count

    if args.count < 0:
        raise UserFacingError("--count cannot be below nought.")
    services = ctx.services()
    survey = find_survey(services, ctx.inspection_id(args), args.name)
    day: dt.date = args.on or clock.today()
    record_count(services, survey.id, args.count, day)
    print(f"{survey.name}: {args.count:,} responses on {day.day} {day:%B %Y}.", file=ctx.out)
    return 0
