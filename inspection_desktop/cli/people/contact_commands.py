"""Commands over the contact register: contacts import/export/list, roles list/assign/gaps."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspection_desktop.cli.context import CliContext, SubParsers
from inspection_desktop.cli.output import FORMATS, write_rows
from inspection_desktop.cli.parser import add_actions, output_file
from inspection_desktop.domain.roles import Role, default_roles

if TYPE_CHECKING:
    from inspection_desktop.storage.people.contact_rows import ContactRow
    from inspection_desktop.storage.people.contact_service import ContactService

CONTACT_COLUMNS = ("id", "name", "organisation", "email", "phone", "roles")
GAP_COLUMNS = ("role", "needed_by_week", "when")
ROLE_COLUMNS = ("role", "key", "single", "holders")


def register(subparsers: SubParsers) -> None:
    """Add the contacts and roles commands to the parser."""
    actions = add_actions(subparsers, "contacts", "the contact register")
    importing = actions.add_parser("import", help="import contacts from a CSV file")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--inspection", type=int, metavar="ID")
    importing.set_defaults(handler=run_contacts_import)
    export = actions.add_parser("export", help="export contacts as CSV or vCards")
    export.add_argument("--format", choices=("csv", "vcard"), default="csv")
    export.add_argument("--out", type=output_file, required=True, metavar="FILE")
    export.add_argument("--role", type=role_argument, metavar="ROLE")
    export.add_argument("--inspection", type=int, metavar="ID")
    export.set_defaults(handler=run_contacts_export)
    listing = actions.add_parser("list", help="list contacts")
    listing.add_argument("--role", type=role_argument, metavar="ROLE")
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.add_argument("--inspection", type=int, metavar="ID")
    listing.set_defaults(handler=run_contacts_list)

    role_actions = add_actions(subparsers, "roles", "roles and who holds them")
    gaps = role_actions.add_parser("gaps", help="roles the plan needs that nobody holds yet")
    gaps.add_argument("--format", choices=FORMATS, default="table")
    gaps.add_argument("--inspection", type=int, metavar="ID")
    gaps.set_defaults(handler=run_roles_gaps)
    role_list = role_actions.add_parser("list", help="every role with its holders")
    role_list.add_argument("--format", choices=FORMATS, default="table")
    role_list.add_argument("--inspection", type=int, metavar="ID")
    role_list.set_defaults(handler=run_roles_list)
    for name, handler, text in (
        ("assign", run_roles_assign, "give a contact a role"),
        ("unassign", run_roles_unassign, "take a role from a contact"),
    ):
        change = role_actions.add_parser(name, help=text)
        change.add_argument("role", type=role_argument, metavar="ROLE")
        change.add_argument("contact_id", type=int, metavar="CONTACT_ID")
        change.set_defaults(handler=handler)


def role_argument(text: str) -> Role:
    """A role by key or by its name as the guide spells it, ignoring case."""
    role = default_roles().find(text)
    if role is None:
        raise argparse.ArgumentTypeError(
            f"there is no role {text!r}; 'inspection-desktop roles list' shows them"
        )
    return role


def _contacts(ctx: CliContext) -> ContactService:
    return ctx.services().contacts


def contact_record(row: ContactRow) -> dict[str, Any]:
    """A contact as the command line prints it (roles by name)."""
    roles = default_roles()
    return {
        "id": row.id,
        "name": row.name,
        "job_title": row.job_title,
        "organisation": row.organisation,
        "email": row.email,
        "phone": row.phone,
        "group": row.group,
        "roles": [roles.name_of(key) for key in row.roles],
        "role_keys": list(row.roles),
        "damaged": list(row.damaged),
    }


def report_damage(rows: list[ContactRow], ctx: CliContext) -> None:
    """One line on stderr naming the contacts whose stored text could not be read, if any."""
    damaged = [row for row in rows if row.is_damaged]
    if not damaged:
        return
    places = "; ".join(f"contact {row.id}: {', '.join(row.damaged)}" for row in damaged[:5])
    more = f" and {len(damaged) - 5} more" if len(damaged) > 5 else ""
    count = f"{len(damaged)} contact{'' if len(damaged) == 1 else 's'}"
    print(
        f"inspection-desktop: warning: {count} with damaged text ({places}{more}), shown as "
        "\ufffd; the rest are intact. Retype it, or restore the database from a backup.",
        file=ctx.err,
    )


def _chosen_contacts(args: argparse.Namespace, ctx: CliContext) -> list[ContactRow]:
    rows = _contacts(ctx).contacts(ctx.inspection_id(args))
    if args.role is not None:
        rows = [row for row in rows if args.role.key in row.roles]
    return rows


def run_contacts_import(args: argparse.Namespace, ctx: CliContext) -> int:
    """Import a contact CSV: refused rows are listed with reasons, the rest go in together."""
    from inspection_desktop.documents.people.contact_mapping import preview_contact_file

    contacts, inspection_id = _contacts(ctx), ctx.inspection_id(args)
    preview = preview_contact_file(
        args.file, contacts.roles, contacts.single_role_holders(inspection_id)
    )
    for row in preview.refused:
        print(f"Row {row.number} refused: {row.reason}", file=ctx.err)
    from inspection_desktop.usecases.people.register import import_contacts

    result, _change = import_contacts(ctx.services(), inspection_id, preview)
    print(result.summary, file=ctx.out)
    return 0


def run_contacts_export(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write contacts to a CSV file safe for Excel, or to vCard 4.0."""
    from inspection_desktop.documents.people.contacts_csv import write_contacts_csv
    from inspection_desktop.documents.people.vcard import write_vcards

    rows = _chosen_contacts(args, ctx)
    drafts = [row.draft() for row in rows]
    write = write_vcards if args.format == "vcard" else write_contacts_csv
    write(drafts, args.out, default_roles())
    report_damage(rows, ctx)
    print(
        f"Exported {len(rows)} contact{'' if len(rows) == 1 else 's'} to {args.out}", file=ctx.out
    )
    return 0


def run_contacts_list(args: argparse.Namespace, ctx: CliContext) -> int:
    """List the register, optionally only the holders of one role."""
    chosen = _chosen_contacts(args, ctx)
    write_rows([contact_record(row) for row in chosen], CONTACT_COLUMNS, args.format, ctx.out)
    report_damage(chosen, ctx)
    return 0


def run_roles_gaps(args: argparse.Namespace, ctx: CliContext) -> int:
    """List the roles the plan needs that nobody holds, with the week each is needed by."""
    from inspection_desktop.domain import clock
    from inspection_desktop.domain.people.role_gaps import week_reached

    inspections, inspection_id = ctx.inspections(), ctx.inspection_id(args)
    reached = week_reached(inspections.calendar(inspection_id), clock.today())
    gaps = _contacts(ctx).role_gaps(inspection_id, inspections.template_of(inspection_id), reached)
    rows = [
        {
            "role": gap.role_name,
            "role_key": gap.role_key,
            "needed_by_week": gap.needed_by_week,
            "overdue": gap.overdue,
            "when": "overdue" if gap.overdue else "to come",
            "message": gap.message,
        }
        for gap in gaps
    ]
    write_rows(rows, GAP_COLUMNS, args.format, ctx.out)
    return 0


def run_roles_list(args: argparse.Namespace, ctx: CliContext) -> int:
    """List every role with the people holding it."""
    contacts = _contacts(ctx)
    holders = contacts.role_holders(ctx.inspection_id(args))
    rows = [
        {
            "role": role.name,
            "key": role.key,
            "single": role.single,
            "holders": [row.name for row in holders.get(role.key, ())],
        }
        for role in contacts.roles
    ]
    write_rows(rows, ROLE_COLUMNS, args.format, ctx.out)
    return 0


def run_roles_assign(args: argparse.Namespace, ctx: CliContext) -> int:
    """Give a contact a role."""
    from inspection_desktop.usecases.people.register import assign_role

    assign_role(ctx.services(), args.contact_id, args.role.key)
    row = _contacts(ctx).contact(args.contact_id)
    print(f"{row.name} is now {args.role.name}.", file=ctx.out)
    return 0


def run_roles_unassign(args: argparse.Namespace, ctx: CliContext) -> int:
    """Take a role from a contact."""
    from inspection_desktop.usecases.people.register import unassign_role

    unassign_role(ctx.services(), args.contact_id, args.role.key)
    row = _contacts(ctx).contact(args.contact_id)
    print(f"{row.name} is no longer {args.role.name}.", file=ctx.out)
    return 0
