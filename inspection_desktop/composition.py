"""The composition root: the one place that opens the database, builds every service and lists
the features. The window and the command line are handed what it built; nothing else constructs
a service (a test holds the package to that)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from inspection_desktop.features import Feature, SubParsers, WindowShell

if TYPE_CHECKING:
    from inspection_desktop.storage.database import Database
    from inspection_desktop.storage.letters.letter_store import LetterStore
    from inspection_desktop.storage.meetings.meeting_service import AttendeeResolver
    from inspection_desktop.storage.people.contact_service import ContactService
    from inspection_desktop.storage.pir.pir_check_service import PirCheckService
    from inspection_desktop.storage.safety.handover import HandoverStore
    from inspection_desktop.usecases.services import Services


def build_services(database: Database) -> Services:
    """Every store over an open database, wired together once."""
    from inspection_desktop.storage.damaged_text import tolerate_damaged_text
    from inspection_desktop.storage.file_reading.file_reading_store import FileReadingStore
    from inspection_desktop.storage.meetings.meeting_service import MeetingService
    from inspection_desktop.storage.people.contact_service import ContactService
    from inspection_desktop.storage.plan.inspection_service import InspectionService
    from inspection_desktop.storage.safety.history import HistoryStore
    from inspection_desktop.storage.surveys.survey_service import SurveyService
    from inspection_desktop.usecases.services import Services

    # One undecodable value must not fail a whole register (nor put its text in a message).
    tolerate_damaged_text(database.engine)
    inspections = InspectionService(database)
    contacts = ContactService(database, inspections.roles)
    meetings = MeetingService(database, inspections, _register_resolver(contacts))
    return Services(
        database=database,
        inspections=inspections,
        contacts=contacts,
        meetings=meetings,
        history=HistoryStore(database),
        surveys=SurveyService(database, inspections),
        file_reading=FileReadingStore(database),
        make_pir_checks=functools.partial(_pir_checks, database),
        make_letters=functools.partial(_letters, database),
        make_handover=functools.partial(_handover, database),
    )


def _pir_checks(database: Database) -> PirCheckService:
    from inspection_desktop.storage.pir.pir_check_service import PirCheckService

    return PirCheckService(database)


def _handover(database: Database) -> HandoverStore:
    from inspection_desktop.storage.safety.handover import HandoverStore

    return HandoverStore(database)


def _letters(database: Database) -> LetterStore:
    from inspection_desktop.storage.letters.letter_store import LetterStore

    return LetterStore(database)


def open_services(path: Path, *, start_afresh: bool = False, read_only: bool = False) -> Services:
    """Open (creating or upgrading) the database at ``path`` and build its services.

    A snapshot is taken before a schema upgrade; ``start_afresh`` lets an empty file become a
    new database; ``read_only`` opens it for reading only (another copy holds it).
    """
    from inspection_desktop.storage.database import open_database
    from inspection_desktop.usecases.safety.backups import back_up_before_upgrade

    return build_services(
        open_database(
            path,
            start_afresh=start_afresh,
            read_only=read_only,
            before_upgrade=back_up_before_upgrade,
        )
    )


def _register_resolver(contacts: ContactService) -> AttendeeResolver:
    """Meetings see people through the register: a role resolves to its holders."""

    def people_by_role(
        inspection_id: int, role_keys: Collection[str] | None = None
    ) -> dict[str, list[tuple[str, str]]]:
        return contacts.people_in_roles(inspection_id, role_keys)

    return people_by_role


# Features ------------------------------------------------------------------------------------
# Each imports its own cli and ui packages only when asked, so the command line never loads Qt.


def _plan_commands(subparsers: SubParsers) -> None:
    from inspection_desktop.cli.plan import inspection_commands

    inspection_commands.register(subparsers)


def _pir_commands(subparsers: SubParsers) -> None:
    from inspection_desktop.cli.pir import pir_commands

    pir_commands.register(subparsers)


def _people_commands(subparsers: SubParsers) -> None:
    from inspection_desktop.cli.people import contact_commands

    contact_commands.register(subparsers)


def _meetings_commands(subparsers: SubParsers) -> None:
    from inspection_desktop.cli.meetings import meeting_commands

    meeting_commands.register(subparsers)


def _safety_commands(subparsers: SubParsers) -> None:
    from inspection_desktop.cli.safety import safety_commands

    safety_commands.register(subparsers)


def _safety_window(window: WindowShell, services: Services) -> object:
    from inspection_desktop.ui.safety.install import add_safety_actions

    return add_safety_actions(window, services)


def _home_commands(subparsers: SubParsers) -> None:
    from inspection_desktop.cli.home import home_commands

    home_commands.register(subparsers)


def _home_window(window: WindowShell, services: Services) -> object:
    from inspection_desktop.ui.home.install import add_home_section

    return add_home_section(window, services)


def _surveys_window(window: WindowShell, services: Services) -> object:
    from inspection_desktop.ui.home.install import add_surveys_section

    return add_surveys_section(window, services)


def _file_reading_commands(subparsers: SubParsers) -> None:
    from inspection_desktop.cli.file_reading import file_reading_commands

    file_reading_commands.register(subparsers)


def _file_reading_window(window: WindowShell, services: Services) -> object:
    from inspection_desktop.ui.file_reading.install import add_file_reading_section

    return add_file_reading_section(window, services)


def _letters_commands(subparsers: SubParsers) -> None:
    from inspection_desktop.cli.letters import letter_commands

    letter_commands.register(subparsers)


def _letters_window(window: WindowShell, services: Services) -> object:
    from inspection_desktop.ui.letters.install import add_letters_section

    return add_letters_section(window, services)


def _plan_window(window: WindowShell, services: Services) -> object:
    from inspection_desktop.ui.plan.install import add_plan_section

    return add_plan_section(window, services)


def _pir_window(window: WindowShell, services: Services) -> object:
    from inspection_desktop.ui.pir.install import add_pir_guard

    return add_pir_guard(window, services)


def _people_window(window: WindowShell, services: Services) -> object:
    from inspection_desktop.ui.people.install import add_people_section

    return add_people_section(window, services)


def _meetings_window(window: WindowShell, services: Services) -> object:
    from inspection_desktop.ui.meetings.install import add_meetings_section

    return add_meetings_section(window, services)


FEATURES: tuple[Feature, ...] = (
    # Home first, so that its tab is the first the co-ordinator sees.
    Feature("home", "Home", add_commands=_home_commands, add_to_window=_home_window),
    Feature("plan", "Plan", add_commands=_plan_commands, add_to_window=_plan_window),
    Feature("pir", "PIR data guard", add_commands=_pir_commands, add_to_window=_pir_window),
    Feature("people", "People", add_commands=_people_commands, add_to_window=_people_window),
    Feature(
        "meetings", "Meetings", add_commands=_meetings_commands, add_to_window=_meetings_window
    ),
    Feature("safety", "Data safety", add_commands=_safety_commands, add_to_window=_safety_window),
    Feature("surveys", "Surveys", add_to_window=_surveys_window),
    Feature(
        "file_reading",
        "File reading",
        add_commands=_file_reading_commands,
        add_to_window=_file_reading_window,
    ),
    Feature("letters", "Letters", add_commands=_letters_commands, add_to_window=_letters_window),
)


def add_features_to_window(window: WindowShell, services: Services) -> None:
    """Let every feature add its section and actions to the window, in the list's order."""
    for feature in FEATURES:
        if feature.add_to_window is not None:
            feature.add_to_window(window, services)


# Entry points --------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Start the app: a subcommand runs on the command line, otherwise the window opens."""
    from inspection_desktop.cli.main import database_path, parse_arguments, run_parsed
    from inspection_desktop.errors import UserFacingError
    from inspection_desktop.logging_setup import configure_logging, hold_early_records

    args = parse_arguments(FEATURES, list(sys.argv[1:] if argv is None else argv))
    opener = functools.partial(open_services, start_afresh=args.new_database)
    if args.command is not None:
        configure_logging()
        return run_parsed(args, opener)
    try:
        db_path = database_path(args)
    except UserFacingError as exc:
        print(f"inspection-desktop: error: {exc}", file=sys.stderr)
        return 2
    from inspection_desktop.ui.shell.application import run_gui

    hold_early_records()  # the window opens the log after its first paint
    return run_gui(
        db_path,
        opener,
        add_features_to_window,
        exit_after_startup=args.exit_after_startup,
        start_logging=configure_logging,
    )


def main_cli(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run a subcommand (for scripts and tests; never opens the window)."""
    from inspection_desktop.cli.main import build_parser, parse_arguments, run_parsed

    args = parse_arguments(FEATURES, argv)
    if args.command is None:
        build_parser(FEATURES).error("no command given")
    return run_parsed(args, functools.partial(open_services, start_afresh=args.new_database))
