"""What a run of the PIR data guard leaves behind, for the week-7 checklist item to act on."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PirGuardOutcome:
    """The last checked file, what is still flagged in what would be sent, and any reason given.

    ``still_flagged`` lists the flagged columns kept in the minimised file when one was written,
    otherwise every flagged column of the original.
    """

    checked_file: Path | None
    still_flagged: tuple[str, ...] = ()
    minimised_file: Path | None = None
    reason_for_proceeding: str | None = None

    @property
    def allows_done(self) -> bool:
        """True when the PIR item may be ticked done: nothing flagged, or a reason recorded."""
        if self.checked_file is None:
            return False
        return not self.still_flagged or bool((self.reason_for_proceeding or "").strip())
