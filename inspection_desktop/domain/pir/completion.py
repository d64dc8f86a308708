"""The rule for ticking the week-7 PIR item done: the last file checked must be clean."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

PIR_ITEM_KEY = "w7-return-pir"


@dataclass(frozen=True)
class PirCheckSummary:
    """The record of one guard run: which file, which columns were still flagged, any reason."""

    id: int
    checked_at: dt.datetime
    file_name: str
    still_flagged: tuple[str, ...]
    minimised_file: str
    reason: str

    @property
    def blocks_done(self) -> bool:
        """True while flagged columns remain and no reason has been recorded."""
        return bool(self.still_flagged) and not self.reason.strip()


def pir_done_problem(latest: PirCheckSummary | None) -> str | None:
    """Why the PIR item cannot be ticked done yet, or None when it can."""
    if latest is None or not latest.blocks_done:
        return None
    columns = ", ".join(latest.still_flagged)
    return (
        f"The last PIR file checked ({latest.file_name}) still has flagged columns: {columns}. "
        "Export a minimised file without them, or record why it is all right to send them."
    )
