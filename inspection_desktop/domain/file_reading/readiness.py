"""Whether a reader is ready to read: logins to the systems they need, the agreement, training."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from inspection_desktop.domain.file_reading.sample import AgencySystem, LoginStatus


@dataclass(frozen=True)
class ReadinessGap:
    """One thing a reader still needs, and the day it is needed by (None: no date yet)."""

    what: str
    needed_by: dt.date | None


def readiness_gaps(
    systems: Iterable[AgencySystem],
    logins: Mapping[AgencySystem, LoginStatus],
    agreement_signed: bool,
    trained: bool | None,
    reading_starts: dt.date | None,
    training_day: dt.date | None,
) -> tuple[ReadinessGap, ...]:
    """What stands between a reader and reading: a login not yet tested, the confidentiality
    agreement, the training (``trained`` None: not needed, as for inspectors)."""
    gaps = []
    for system in sorted(set(systems), key=list(AgencySystem).index):
        status = logins.get(system, LoginStatus.NOT_REQUESTED)
        if status is not LoginStatus.TESTED:
            gaps.append(
                ReadinessGap(f"{system.label} login: {status.label.lower()}", reading_starts)
            )
    if not agreement_signed:
        gaps.append(ReadinessGap("Confidentiality agreement not signed", reading_starts))
    if trained is False:
        gaps.append(ReadinessGap("Training not attended", training_day or reading_starts))
    return tuple(gaps)
