"""Commands for the co-ordinator's own plan: task add/edit/delete/restore, plan import/export,
and the inspection itself (edit, archive, delete)."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from inspection_desktop.cli.context import CliContext, SubParsers
from inspection_desktop.cli.parser import iso_date, name_text, output_file, reason_text
from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.plan.item_drafts import ItemDraft
from inspection_desktop.domain.plan.items import ItemKind
from inspection_desktop.errors import UserFacingError

EXPORT_FORMATS = ("xlsx", "csv", "pdf")


def add_task_actions(task_commands: Any) -> None:
    """Add task add, edit, delete and restore under the ``task`` command."""
    add = task_commands.add_parser("add", help="add an item of your own to the checklist")
    add.add_argument("--inspection", type=int, metavar="ID")
    add.add_argument("--title", required=True, type=name_text, metavar="TEXT")
    _item_options(add, required=True)
    add.set_defaults(handler=run_task_add)

    edit = task_commands.add_parser("edit", help="change an item (the guide's or your own)")
    edit.add_argument("item_id", type=int, metavar="ITEM_ID")
    edit.add_argument("--title", type=name_text, metavar="TEXT")
    _item_options(edit)
    edit.add_argument("--no-person", action="store_true", help="the owner role alone again")
    edit.set_defaults(handler=run_task_edit)

    delete = task_commands.add_parser("delete", help="delete items (restore brings them back)")
    delete.add_argument("item_ids", type=int, nargs="+", metavar="ITEM_ID")
    delete.set_defaults(handler=run_task_delete)

    restore = task_commands.add_parser("restore", help="bring deleted items back")
    restore.add_argument("item_ids", type=int, nargs="*", metavar="ITEM_ID")
    restore.add_argument("--inspection", type=int, metavar="ID")
    restore.add_argument("--list", action="store_true", help="list the deleted items")
    restore.set_defaults(handler=run_task_restore)


def _item_options(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    when = parser.add_mutually_exclusive_group(required=required)
    when.add_argument("--week", type=int, metavar="N", help="the inspection week it is due in")
    when.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="an exact due date")
    parser.add_argument("--kind", choices=[kind.value for kind in ItemKind])
    parser.add_argument("--owner", metavar="ROLE", help="the owner role, by name or key")
    parser.add_argument("--person", type=int, metavar="CONTACT_ID", help="a person as owner")
    parser.add_argument("--duration", type=int, metavar="WEEKS", help="how long a window runs")
    parser.add_argument("--description", type=reason_text, metavar="TEXT")
    parser.add_argument("--notes", type=reason_text, metavar="TEXT")


def add_plan_actions(plan: argparse.ArgumentParser) -> None:
    """Add plan import and plan export under the ``plan`` command (``plan`` alone still prints)."""
    actions = plan.add_subparsers(dest="plan_command", metavar="ACTION")
    importing = actions.add_parser("import", help="bring in items from a CSV or .xlsx tracker")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--inspection", type=int, metavar="ID")
    importing.add_argument(
        "--dry-run", action="store_true", help="say what would be imported, import nothing"
    )
    importing.set_defaults(handler=run_plan_import)

    export = actions.add_parser("export", help="write the plan as .xlsx, CSV or PDF")
    export.add_argument("--inspection", type=int, metavar="ID")
    export.add_argument("--format", dest="export_format", required=True, choices=EXPORT_FORMATS)
    export.add_argument("--out", required=True, type=output_file, metavar="FILE")
    export.add_argument(
        "--marking",
        default=None,
        type=name_text,
        metavar="TEXT",
        help='protective marking printed on a PDF (default "OFFICIAL-SENSITIVE"; "" for none)',
    )
    export.add_argument(
        "--timeline", action="store_true", help="with --format pdf: the timeline, not the list"
    )
    export.set_defaults(handler=run_plan_export)


def register(subparsers: SubParsers) -> None:
    """Add the ``inspection`` command: edit, archive, restore and delete an inspection."""
    from inspection_desktop.cli.parser import add_actions

    actions = add_actions(subparsers, "inspection", "change an inspection itself")
    edit = actions.add_parser("edit", help="rename the partnership or change the notification date")
    edit.add_argument("--inspection", type=int, metavar="ID")
    edit.add_argument("--area", type=name_text, metavar="NAME")
    edit.add_argument("--notified", type=iso_date, metavar="YYYY-MM-DD")
    edit.add_argument("--dry-run", action="store_true", help="list the dates that would move")
    edit.set_defaults(handler=run_inspection_edit)
    archive = actions.add_parser("archive", help="archive an inspection (kept, not opened)")
    archive.add_argument("--inspection", type=int, metavar="ID")
    archive.add_argument("--undo", action="store_true", help="bring an archived one back")
    archive.set_defaults(handler=run_inspection_archive)
    delete = actions.add_parser("delete", help="delete an inspection and all it holds")
    delete.add_argument("--inspection", type=int, metavar="ID", required=True)
    delete.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    delete.set_defaults(handler=run_inspection_delete)


def offer_festive_weeks(ctx: CliContext, inspection_id: int) -> None:
    """Say (on stderr, so the printed id stays alone on stdout) which festive weeks fall inside
    the plan and how to record them: nothing is added without being asked."""
    from inspection_desktop.domain.plan.holiday_suggestions import festive_weeks

    inspection = ctx.inspections().get_inspection(inspection_id)
    for period in festive_weeks(inspection.notified_on, inspection.weeks):
        print(
            f"note: {period.label} ({long_date(period.starts_on)} to {long_date(period.ends_on)}) "
            f"fall inside the plan; to leave them out: holiday add --inspection {inspection_id} "
            f'--from {period.starts_on} --to {period.ends_on} --label "{period.label}"',
            file=ctx.err,
        )


# Tasks -------------------------------------------------------------------------------------


def _role_key(ctx: CliContext, text: str) -> str:
    role = ctx.inspections().roles.find(text)
    if role is None:
        raise UserFacingError(f"There is no role called {text!r}; see 'roles gaps' for the names.")
    return role.key


def _apply_options(
    ctx: CliContext, draft: ItemDraft, args: argparse.Namespace, inspection_id: int
) -> ItemDraft:
    changes: dict[str, Any] = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.week is not None:
        changes.update(week=args.week, due_on=None)
    if args.date is not None:
        changes.update(due_on=args.date, week=_week_holding(ctx, inspection_id, args.date))
    for name in ("kind", "description", "notes"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.owner is not None:
        changes["owner_role"] = _role_key(ctx, args.owner)
    if args.person is not None:
        changes["owner_contact_id"] = args.person
    if getattr(args, "no_person", False):
        changes["owner_contact_id"] = None
    if args.duration is not None:
        changes["duration_weeks"] = args.duration or None
    return replace(draft, **changes)


def _week_holding(ctx: CliContext, inspection_id: int, day: dt.date) -> int:
    """The inspection week holding ``day`` (the counted week before it, in a holiday)."""
    calendar = ctx.inspections().calendar(inspection_id)
    earlier = [w.number for w in calendar.weeks if w.number is not None and w.starts_on <= day]
    if not earlier:
        return 1
    if day > calendar.weeks[-1].ends_on:
        return min(calendar.week_count + (day - calendar.weeks[-1].ends_on).days // 7 + 1, 60)
    return max(earlier)


def _print_item(ctx: CliContext, item_id: int) -> None:
    row = ctx.inspections().plan_row(item_id)
    warning = row.bank_holiday_warning
    note = f" ({warning[0].lower()}{warning[1:]})" if warning else ""
    print(f"{row.id}: {row.title}: week {row.week}, due {row.due}{note}", file=ctx.out)


def run_task_add(args: argparse.Namespace, ctx: CliContext) -> int:
    """Add an item and print its id and due date."""
    from inspection_desktop.usecases.plan.item_edits import add_item

    services, inspection_id = ctx.services(), ctx.inspection_id(args)
    draft = _apply_options(ctx, ItemDraft(title=args.title, week=1), args, inspection_id)
    (item_id,) = add_item(services, inspection_id, draft).items
    _print_item(ctx, item_id)
    return 0


def run_task_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    """Change an item and print it as it now stands."""
    from inspection_desktop.usecases.plan.item_edits import edit_item, item_draft

    services = ctx.services()
    inspection_id = services.inspections.plan_row(args.item_id).inspection_id
    draft = _apply_options(ctx, item_draft(services, args.item_id), args, inspection_id)
    edit_item(services, args.item_id, draft)
    _print_item(ctx, args.item_id)
    return 0


def run_task_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    """Delete items; say how to bring them back."""
    from inspection_desktop.usecases.plan.item_edits import delete_items

    services = ctx.services()
    ids = list(dict.fromkeys(args.item_ids))
    delete_items(services, ids)
    print(
        f"Deleted {len(ids)} item{'s' if len(ids) != 1 else ''}; "
        f"'task restore {' '.join(map(str, ids))}' brings {'them' if len(ids) != 1 else 'it'} "
        "back.",
        file=ctx.out,
    )
    return 0


def run_task_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    """Bring deleted items back, or list them."""
    from inspection_desktop.usecases.plan.item_edits import bring_back_items, deleted_rows

    services = ctx.services()
    if args.list or not args.item_ids:
        rows = deleted_rows(services, ctx.inspection_id(args))
        if not rows:
            print("No deleted items.", file=ctx.out)
        for row in rows:
            print(f"{row.id}: week {row.week}: {row.title} ({row.origin.label})", file=ctx.out)
        return 0
    bring_back_items(services, list(dict.fromkeys(args.item_ids)))
    print(f"Brought back {len(args.item_ids)} item(s).", file=ctx.out)
    return 0


# Plan import and export --------------------------------------------------------------------


def run_plan_import(args: argparse.Namespace, ctx: CliContext) -> int:
    """Import a tracker's rows; print what was imported and each refused row with its reason."""
    from inspection_desktop.documents.plan.tracker_import import (
        plan_context,
        preview_tracker_file,
    )
    from inspection_desktop.usecases.plan.item_edits import import_items

    services, inspection_id = ctx.services(), ctx.inspection_id(args)
    preview = preview_tracker_file(args.file, plan_context(services, inspection_id))
    for row in preview.refused:
        print(f"row {row.number}: refused: {row.reason}", file=ctx.err)
    if not args.dry_run:
        import_items(services, inspection_id, [(row.key, row.draft) for row in preview.accepted])
    verb = "would be imported" if args.dry_run else "imported"
    print(f"{len(preview.accepted)} {verb}, {len(preview.refused)} refused", file=ctx.out)
    return 0


def run_plan_export(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write the plan (or its timeline) to a file of the chosen format."""
    from inspection_desktop.documents.common.atomic_write import write_bytes_atomically
    from inspection_desktop.documents.plan.plan_export import DEFAULT_MARKING, plan_export
    from inspection_desktop.documents.plan.plan_files import check_extension, write_plan

    check_extension(args.out, args.export_format)
    if args.timeline and args.export_format != "pdf":
        raise UserFacingError("--timeline needs --format pdf")
    marking = DEFAULT_MARKING if args.marking is None else args.marking
    export = plan_export(ctx.services(), ctx.inspection_id(args))
    if args.timeline:
        from inspection_desktop.documents.plan.timeline_pdf import render_timeline_pdf

        write_bytes_atomically(args.out, render_timeline_pdf(export, marking))
    else:
        write_plan(export, args.out, args.export_format, marking)
    print(f"Plan written to {args.out}", file=ctx.out)
    return 0


# The inspection itself ---------------------------------------------------------------------


def run_inspection_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    """Rename the partnership or change the notification date, saying which dates move."""
    from inspection_desktop.usecases.plan.inspection_edits import date_moves, edit_inspection

    services, inspection_id = ctx.services(), ctx.inspection_id(args)
    current = services.inspections.get_inspection(inspection_id)
    if args.area is None and args.notified is None:
        raise UserFacingError("give --area NAME, --notified YYYY-MM-DD or both")
    notified = args.notified or current.notified_on
    moves = date_moves(services, inspection_id, notified)
    for move in moves:
        print(
            f"{move.item_id}: week {move.week}: {move.title}: "
            f"{long_date(move.due)} -> {long_date(move.new_due)}",
            file=ctx.out,
        )
    if args.dry_run:
        print(f"{len(moves)} dates would move; nothing changed (--dry-run).", file=ctx.out)
        return 0
    edit_inspection(services, inspection_id, args.area or current.area, notified)
    print(f"Inspection {inspection_id} saved; {len(moves)} dates moved.", file=ctx.out)
    return 0


def run_inspection_archive(args: argparse.Namespace, ctx: CliContext) -> int:
    """Archive an inspection, or bring one back."""
    from inspection_desktop.usecases.plan.inspection_edits import archive_inspection

    services = ctx.services()
    if args.inspection is None and args.undo:
        raise UserFacingError("give --inspection ID of the archived inspection to bring back")
    inspection_id = ctx.inspection_id(args)
    change = archive_inspection(services, inspection_id, not args.undo)
    print(f"Done: {change.description}.", file=ctx.out)
    return 0


def run_inspection_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    """Delete an inspection, only with --yes."""
    from inspection_desktop.usecases.plan.inspection_edits import delete_inspection

    services = ctx.services()
    inspection = services.inspections.get_inspection(args.inspection)
    if not args.yes:
        raise UserFacingError(
            f"this deletes the inspection of {inspection.area} with its plan, people and "
            "meetings, and cannot be undone; add --yes to confirm (or 'inspection archive')"
        )
    change = delete_inspection(services, inspection.id)
    print(f"Done: {change.description}.", file=ctx.out)
    return 0
