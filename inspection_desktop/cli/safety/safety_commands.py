"""Commands that keep the co-ordinator's work safe: backup, backups, restore, check, export,
import and history."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspection_desktop.cli.context import CliContext, SubParsers
from inspection_desktop.cli.output import FORMATS, write_rows
from inspection_desktop.cli.parser import EXIT_USAGE
from inspection_desktop.domain.dates import long_date
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.database import head_revision
from inspection_desktop.usecases.safety import backups

BACKUP_COLUMNS = ("taken", "kind", "file")
MAX_PASSPHRASE_BYTES = 4096


def register(subparsers: SubParsers) -> None:
    """Add the data-safety commands to the parser."""
    backup = subparsers.add_parser("backup", help="back up the database now")
    backup.add_argument(
        "--out", type=Path, metavar="FILE", help="the backup file (default: the backups folder)"
    )
    backup.set_defaults(handler=run_backup)
    listing = subparsers.add_parser("backups", help="list the backups, newest first")
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.set_defaults(handler=run_backups)
    restore = subparsers.add_parser(
        "restore", help="replace the database with a backup (the current one is backed up first)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(handler=run_restore)
    check = subparsers.add_parser(
        "check", help="check the database: integrity, application id and schema version"
    )
    check.set_defaults(handler=run_check)
    export = subparsers.add_parser(
        "export", help="write one inspection to a hand-over file for another laptop"
    )
    export.add_argument("--inspection", type=int, metavar="ID")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument(
        "--passphrase-file", type=Path, metavar="F", help="encrypt with the passphrase in F"
    )
    export.set_defaults(handler=run_export)
    importing = subparsers.add_parser("import", help="add the inspection in a hand-over file")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--passphrase-file", type=Path, metavar="F")
    importing.add_argument(
        "--dry-run", action="store_true", help="say what would be added, and add nothing"
    )
    importing.set_defaults(handler=run_import)
    history = subparsers.add_parser("history", help="the changes made to one checklist item")
    history.add_argument("item_id", type=int, metavar="ITEM_ID")
    history.add_argument("--format", choices=FORMATS, default="table")
    history.set_defaults(handler=run_history)


def when(backup: backups.Backup) -> str:
    """The date and time a backup was taken, as the co-ordinator reads it."""
    return f"{long_date(backup.taken_at.date())}, {backup.taken_at:%H:%M}"


def run_backup(args: argparse.Namespace, context: CliContext) -> int:
    """Snapshot the database now."""
    database = context.database().path  # Opening it checks it is ours and sound.
    backup = backups.back_up_now(database, args.out)
    print(f"Backed up to {backup.path}", file=context.out)
    return 0


def run_backups(args: argparse.Namespace, context: CliContext) -> int:
    """List the database's backups."""
    rows = [
        {"taken": when(backup), "kind": backup.kind_name, "file": str(backup.path)}
        for backup in backups.list_backups(context.db_path)
    ]
    if not rows and args.format == "table":
        folder = backups.backups_folder(context.db_path)
        print(f"No backups yet in {folder}.", file=context.out)
        return 0
    write_rows(rows, BACKUP_COLUMNS, args.format, context.out)
    return 0


def run_restore(args: argparse.Namespace, context: CliContext) -> int:
    """Replace the database with a backup, keeping a snapshot of what was there."""
    kept = backups.restore(context.db_path, args.file)
    print(f"Restored {context.db_path} from {args.file}.", file=context.out)
    if kept is not None:
        print(f"What was there before is kept in {kept.path}", file=context.out)
    return 0


def run_check(_args: argparse.Namespace, context: CliContext) -> int:
    """Exit 0 when the database is sound, else 2 with the reason."""
    result = backups.check_store(context.db_path)
    problem = result.problems[0] if result.problems else None
    if problem is None and result.revision == head_revision():
        services = context.open_services(context.db_path, read_only=True)
        try:
            problem = backups.damaged_text_problem(services)
        finally:
            services.close()
    if problem is not None:
        print(f"inspection-desktop: error: {problem}", file=context.err)
        return EXIT_USAGE
    print(f"{context.db_path}: sound (schema {result.revision}).", file=context.out)
    return 0


def _passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    path = path.expanduser()
    try:
        # A regular, small file only: a FIFO or a device would block or never end.
        if not path.is_file() or path.stat().st_size > MAX_PASSPHRASE_BYTES:
            raise UserFacingError(f"{path} is not a passphrase file (a small text file).")
        text = path.read_bytes()[:MAX_PASSPHRASE_BYTES].decode("utf-8").strip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserFacingError(f"Cannot read the passphrase from {path}.") from exc
    if not text:
        raise UserFacingError(f"The passphrase file {path} is empty.")
    return text


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    """Write one inspection to a hand-over file."""
    from inspection_desktop.documents.safety.handover_file import write_handover

    passphrase = _passphrase(args.passphrase_file)
    inspection_id = context.inspection_id(args)
    write_handover(context.services().handover, inspection_id, args.out.expanduser(), passphrase)
    protected = " (encrypted)" if passphrase else ""
    print(f"Exported inspection {inspection_id} to {args.out}{protected}", file=context.out)
    return 0


def run_import(args: argparse.Namespace, context: CliContext) -> int:
    """Add what a hand-over file holds that is not here yet (or, with --dry-run, say what)."""
    from inspection_desktop.documents.safety.handover_file import (
        describe,
        import_handover,
        read_handover,
    )

    handover = read_handover(args.file.expanduser(), _passphrase(args.passphrase_file))
    folder = context.db_path.parent / "attachments"
    counts = import_handover(context.services().handover, handover, folder, args.dry_run)
    verb = "Would add" if args.dry_run else "Added"
    if not counts.total:
        print(f"Nothing to add: {handover.area} is here already.", file=context.out)
        return 0
    print(f"{verb} {handover.area}: {describe(counts)}", file=context.out)
    return 0


HISTORY_COLUMNS = ("when", "what", "changes", "machine")


def run_history(args: argparse.Namespace, context: CliContext) -> int:
    """The changes made to one checklist item, newest first."""
    services = context.services()
    services.inspections.plan_row(args.item_id)  # A clear error for an unknown id.
    rows = [
        {
            "when": f"{long_date(entry.local_time.date())}, {entry.local_time:%H:%M}",
            "what": entry.what,
            "changes": "; ".join(
                f"{field.field}: {field.old or '(blank)'} -> {field.new or '(blank)'}"
                if entry.action == "changed"
                else f"{field.field}: {field.new or field.old}"
                for field in entry.fields
            ),
            "machine": entry.machine,
        }
        for entry in services.history.item_history(args.item_id)
    ]
    if not rows and args.format == "table":
        print(f"No changes recorded for item {args.item_id}.", file=context.out)
        return 0
    write_rows(rows, HISTORY_COLUMNS, args.format, context.out)
    return 0
