"""Commands that keep the co-ordinator's work safe: backup, backups, restore, check."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspection_desktop.cli.context import CliContext, SubParsers
from inspection_desktop.cli.output import FORMATS, write_rows
from inspection_desktop.cli.parser import EXIT_USAGE
from inspection_desktop.domain.dates import long_date
from inspection_desktop.usecases.safety import backups

BACKUP_COLUMNS = ("taken", "kind", "file")


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
    if result.problems:
        print(f"inspection-desktop: error: {result.problems[0]}", file=context.err)
        return EXIT_USAGE
    print(f"{context.db_path}: sound (schema {result.revision}).", file=context.out)
    return 0
