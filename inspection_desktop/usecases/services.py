"""The storage services one open database offers, handed to every front end by the composition
root (``inspection_desktop.composition``), which alone constructs them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inspection_desktop.storage.database import Database
    from inspection_desktop.storage.file_reading.file_reading_store import FileReadingStore
    from inspection_desktop.storage.letters.letter_store import LetterStore
    from inspection_desktop.storage.meetings.meeting_service import MeetingService
    from inspection_desktop.storage.people.contact_service import ContactService
    from inspection_desktop.storage.pir.pir_check_service import PirCheckService
    from inspection_desktop.storage.plan.inspection_service import InspectionService
    from inspection_desktop.storage.safety.handover import HandoverStore
    from inspection_desktop.storage.safety.history import HistoryStore
    from inspection_desktop.storage.surveys.survey_service import SurveyService


@dataclass(frozen=True)
class Services:
    """Every store over one database: built once, shared by use cases, window and CLI."""

    database: Database
    inspections: InspectionService
    contacts: ContactService
    meetings: MeetingService
    history: HistoryStore
    surveys: SurveyService
    file_reading: FileReadingStore
    # Made on first use: their tables and their domain are no part of the first screen.
    make_pir_checks: Callable[[], PirCheckService] = field(repr=False)
    make_letters: Callable[[], LetterStore] = field(repr=False)
    make_handover: Callable[[], HandoverStore] = field(repr=False)

    @cached_property
    def pir_checks(self) -> PirCheckService:
        """The PIR data guard's runs."""
        return self.make_pir_checks()

    @cached_property
    def handover(self) -> HandoverStore:
        """Hand-over of one inspection between databases, out and back in."""
        return self.make_handover()

    @cached_property
    def letters(self) -> LetterStore:
        """The letterhead, the co-ordinator's own templates and the record of letters."""
        return self.make_letters()

    def close(self) -> None:
        """Release the database's connections."""
        self.database.dispose()
