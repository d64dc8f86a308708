"""Entry point for the command line: parse, dispatch to a command module, map errors to exit 2."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from inspection_desktop import __version__
from inspection_desktop.cli.context import CliContext, ServicesFactory
from inspection_desktop.cli.parser import EXIT_USAGE, OneLineArgumentParser, file_name_text
from inspection_desktop.collector import start_up_over
from inspection_desktop.errors import UserFacingError
from inspection_desktop.features import Feature
from inspection_desktop.logging_setup import log_file_path

log = logging.getLogger(__name__)
EXIT_INTERNAL_ERROR = 1
EXIT_INTERRUPTED = 130


def build_parser(features: Sequence[Feature]) -> OneLineArgumentParser:
    """Build the full argument parser, with every feature's subcommands registered."""
    parser = OneLineArgumentParser(
        prog="inspection-desktop",
        description="Plan a partnership's preparation for a joint inspection. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_window_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for feature in features:
        if feature.add_commands is not None:
            feature.add_commands(subparsers)
    _accept_db_anywhere(subparsers)
    return parser


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    """The options that go before any command (all the window takes)."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=file_name_text,
        help="database file (default: $INSPECTION_DESKTOP_DB, else the user data folder)",
    )
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="open the window, wait until it is shown and idle, then exit (for smoke tests)",
    )
    parser.add_argument(
        "--new-database",
        action="store_true",
        help="if the database file is empty (0 bytes), start a new database in it "
        "(without this an empty file is refused: it may be a database cut short)",
    )


def _accept_db_anywhere(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Let ``--db`` come after the subcommand too (``plan --db x.sqlite3``), as before it.

    SUPPRESS as the default keeps a ``--db`` given before the subcommand when none follows.
    """
    for command in set(subparsers.choices.values()):
        if not any("--db" in action.option_strings for action in command._actions):
            command.add_argument(
                "--db",
                metavar="PATH",
                type=file_name_text,
                default=argparse.SUPPRESS,
                help="database file",
            )
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                _accept_db_anywhere(action)


def run_command(args: argparse.Namespace, context: CliContext, err: TextIO | None = None) -> int:
    """Run the handler chosen by ``args``; expected trouble becomes one line and exit 2."""
    stream = err if err is not None else context.err
    try:
        return int(args.handler(args, context))
    except UserFacingError as exc:
        print(f"inspection-desktop: error: {exc}", file=stream)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (``plan | head``): not an error; silence the final flush.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("inspection-desktop: interrupted", file=stream)
        return EXIT_INTERRUPTED
    except Exception as exc:  # A bug: say so in one line; its kind and place go to the log.
        log.exception("command failed")
        # The kind only: a message can quote stored values, SQL or parameters.
        print(
            f"inspection-desktop: internal error ({type(exc).__name__}); "
            f"details are in the log: {log_file_path()}",
            file=stream,
        )
        return EXIT_INTERNAL_ERROR
    finally:
        context.close()


def parse_arguments(
    features: Sequence[Feature], argv: Sequence[str] | None = None
) -> argparse.Namespace:
    """Parse the command line (exits 2 with one line on bad arguments)."""
    words = list(sys.argv[1:] if argv is None else argv)
    if not {"-h", "--help", "--version"} & set(words):
        # Opening the window needs only the options before a command: skip loading every
        # feature's commands (a tenth of the time to the first painted window).
        window = OneLineArgumentParser(prog="inspection-desktop", add_help=False)
        _add_window_options(window)
        args, rest = window.parse_known_args(words)
        if not rest:
            args.command = None
            return args
    return build_parser(features).parse_args(words)


def database_path(args: argparse.Namespace) -> Path:
    """The database file chosen by ``--db``, the environment, or the default."""
    from inspection_desktop.paths import resolve_database_path

    return resolve_database_path(args.db)


def run_parsed(args: argparse.Namespace, open_services: ServicesFactory) -> int:
    """Run the subcommand in already-parsed arguments, over services opened on first use."""
    try:
        db_path = database_path(args)
    except UserFacingError as exc:
        print(f"inspection-desktop: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    context = CliContext(
        db_path=db_path, out=sys.stdout, err=sys.stderr, open_services=open_services
    )
    start_up_over()  # a command's own work makes garbage (a spreadsheet read, a merge)
    return run_command(args, context)
