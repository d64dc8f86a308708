"""Commands over inspections and their plan: new, holiday, plan, task, demo."""

from __future__ import annotations

import argparse
from typing import Any

from inspection_desktop.cli.context import CliContext, SubParsers
from inspection_desktop.cli.output import FORMATS, write_rows
from inspection_desktop.cli.parser import add_actions, iso_date, name_text, reason_text
from inspection_desktop.cli.plan import plan_item_commands
from inspection_desktop.domain.plan.items import ItemStatus, PlanRow
from inspection_desktop.errors import UserFacingError

PLAN_COLUMNS = ("id", "week", "title", "kind", "owner_role", "due", "status", "moved")


def register(subparsers: SubParsers) -> None:
    """Add this module's subcommands to the parser."""
    new = subparsers.add_parser("new", help="create an inspection from the notification date")
    new.add_argument("--area", required=True, type=name_text, help="the partnership's name")
    new.add_argument("--notified", required=True, type=iso_date, metavar="YYYY-MM-DD")
    new.set_defaults(handler=run_new)

    inspections = subparsers.add_parser("inspections", help="list the inspections")
    inspections.add_argument("--format", choices=FORMATS, default="table")
    inspections.set_defaults(handler=run_inspections)

    holiday_commands = add_actions(subparsers, "holiday", "record holiday periods")
    add = holiday_commands.add_parser("add", help="add a holiday period")
    add.add_argument("--inspection", type=int, metavar="ID")
    add.add_argument("--from", dest="starts_on", required=True, type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--to", dest="ends_on", required=True, type=iso_date, metavar="YYYY-MM-DD")
    add.add_argument("--label", default="", type=name_text, metavar="TEXT")
    add.set_defaults(handler=run_holiday_add)
    listing = holiday_commands.add_parser("list", help="list holiday periods")
    listing.add_argument("--inspection", type=int, metavar="ID")
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.set_defaults(handler=run_holiday_list)

    plan = subparsers.add_parser("plan", help="print the plan, one row per item")
    plan.add_argument("--inspection", type=int, metavar="ID")
    plan.add_argument("--format", choices=FORMATS, default="table")
    plan.set_defaults(handler=run_plan)
    plan_item_commands.add_plan_actions(plan)

    task_commands = add_actions(subparsers, "task", "change a checklist item")
    task_set = task_commands.add_parser("set", help="set an item's status")
    task_set.add_argument("item_id", type=int, metavar="ITEM_ID")
    task_set.add_argument("--status", required=True, type=_status, metavar="STATUS")
    task_set.add_argument(
        "--reason",
        type=reason_text,
        metavar="TEXT",
        help="for the PIR item: why it is all right to send a file that still has flagged columns",
    )
    task_set.set_defaults(handler=run_task_set)
    task_move = task_commands.add_parser("move", help="pin an item to a date by hand")
    task_move.add_argument("item_id", type=int, metavar="ITEM_ID")
    where = task_move.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", dest="moved_to", type=iso_date, metavar="YYYY-MM-DD")
    where.add_argument("--back", action="store_true", help="return it to its plan week")
    task_move.set_defaults(handler=run_task_move)
    plan_item_commands.add_task_actions(task_commands)
    plan_item_commands.register(subparsers)

    demo = subparsers.add_parser("demo", help="add a demo inspection of synthetic data")
    demo.add_argument(
        "--large",
        action="store_true",
        help="the size of a real inspection: about 2,031 items, 518 contacts, 206 meetings",
    )
    demo.set_defaults(handler=run_demo)


def _status(text: str) -> ItemStatus:
    try:
        return ItemStatus.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def plan_row_record(row: PlanRow) -> dict[str, Any]:
    """A plan row as the command line prints it."""
    return {
        "id": row.id,
        "week": row.week,
        "title": row.title,
        "kind": row.kind.value,
        "owner_role": row.owner_role,
        "due": row.due.isoformat(),
        "status": row.status.value,
        "moved": row.moved,
        "completed_on": row.completed_on.isoformat() if row.completed_on else None,
        "starts_on": row.starts_on.isoformat(),
        "ends_on": row.ends_on.isoformat(),
        "lead": row.lead,
        "attendees": list(row.attendees),
        "agenda": list(row.agenda),
        "warning": row.bank_holiday_warning,
    }


def run_new(args: argparse.Namespace, ctx: CliContext) -> int:
    """Create an inspection and print its id."""
    from inspection_desktop.usecases.plan.inspections import start_inspection

    inspection = start_inspection(ctx.services(), args.area, args.notified)
    print(inspection.id, file=ctx.out)
    plan_item_commands.offer_festive_weeks(ctx, inspection.id)
    return 0


def run_inspections(args: argparse.Namespace, ctx: CliContext) -> int:
    """List the inspections, most recent first."""
    rows = [
        {"id": i.id, "area": i.area, "notified_on": i.notified_on.isoformat()}
        for i in ctx.inspections().list_inspections()
    ]
    write_rows(rows, ("id", "area", "notified_on"), args.format, ctx.out)
    return 0


def run_holiday_add(args: argparse.Namespace, ctx: CliContext) -> int:
    """Record a holiday period and say how it moved the plan."""
    service, inspection_id = ctx.inspections(), ctx.inspection_id(args)
    if args.ends_on < args.starts_on:
        raise UserFacingError("--to is before --from")
    from inspection_desktop.usecases.plan.holidays import add_holiday

    period, _change = add_holiday(
        ctx.services(), inspection_id, args.starts_on, args.ends_on, args.label
    )
    weeks = service.template_of(inspection_id).weeks
    last_week = service.calendar(inspection_id).week(weeks)
    print(
        f"Added holiday {period.id}: {period.starts_on} to {period.ends_on}. "
        f"Week {weeks} now starts {last_week.starts_on}.",
        file=ctx.out,
    )
    return 0


def run_holiday_list(args: argparse.Namespace, ctx: CliContext) -> int:
    """List the inspection's holiday periods."""
    service, inspection_id = ctx.inspections(), ctx.inspection_id(args)
    rows = [
        {"id": p.id, "from": p.starts_on.isoformat(), "to": p.ends_on.isoformat(), "label": p.label}
        for p in service.holidays(inspection_id)
    ]
    write_rows(rows, ("id", "from", "to", "label"), args.format, ctx.out)
    return 0


def run_plan(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print the plan of an inspection."""
    service, inspection_id = ctx.inspections(), ctx.inspection_id(args)
    rows = [plan_row_record(row) for row in service.plan_rows(inspection_id)]
    write_rows(rows, PLAN_COLUMNS, args.format, ctx.out)
    return 0


def run_task_set(args: argparse.Namespace, ctx: CliContext) -> int:
    """Set one item's status (recording a reason first, where a rule asks for one)."""
    from inspection_desktop.storage.errors import CompletionBlockedError
    from inspection_desktop.usecases.plan.items import describe_blocked, set_item_status

    try:
        set_item_status(ctx.services(), args.item_id, args.status, args.reason)
    except CompletionBlockedError as exc:
        raise describe_blocked(exc) from None
    row = ctx.inspections().plan_row(args.item_id)
    print(f"{row.id}: {row.title}: {row.status.label}", file=ctx.out)
    return 0


def run_task_move(args: argparse.Namespace, ctx: CliContext) -> int:
    """Pin an item to a date, or put it back on its plan week."""
    from inspection_desktop.usecases.plan.items import move_item

    move_item(ctx.services(), args.item_id, None if args.back else args.moved_to)
    row = ctx.inspections().plan_row(args.item_id)
    where = f"moved to {row.due}" if row.moved else f"back on week {row.week}, due {row.due}"
    warning = row.bank_holiday_warning
    note = f" ({warning[0].lower()}{warning[1:]})" if warning else ""
    print(f"{row.id}: {row.title}: {where}{note}", file=ctx.out)
    return 0


def run_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    """Add the demo inspection and print its id."""
    if args.large:
        from inspection_desktop.demo.large import add_large_inspection

        inspection = add_large_inspection(ctx.services())
    else:
        from inspection_desktop.demo.inspection import add_demo_inspection

        inspection = add_demo_inspection(ctx.services())
    print(inspection.id, file=ctx.out)
    return 0
