"""What the guard concluded about one column: flagged (with reasons), allowed, or not recognised."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from inspection_desktop.domain.pir.kinds import AllowedKind, IdentifierKind


class ColumnStatus(StrEnum):
    """The verdict on a column."""

    FLAGGED = "flagged"
    ALLOWED = "allowed"
    NOT_RECOGNISED = "not_recognised"

    @property
    def label(self) -> str:
        """How the verdict reads on screen."""
        return {
            ColumnStatus.FLAGGED: "Personal identifier",
            ColumnStatus.ALLOWED: "Needed for the sample",
            ColumnStatus.NOT_RECOGNISED: "No identifiers found",
        }[self]


@dataclass(frozen=True)
class Finding:
    """One kind of identifier found in a column, how it showed, and a masked example."""

    kind: IdentifierKind
    evidence: str
    share: float
    example: str = ""

    @property
    def from_heading_only(self) -> bool:
        """True when only the heading, not the values, pointed to this identifier."""
        return self.share == 0.0

    def describe(self, with_example: bool = True) -> str:
        """One line such as "CHI number: 10 digits, valid ... in 98% of values, e.g. 27••••••59"."""
        if self.from_heading_only:
            return f"{self.kind.label}: {self.evidence}"
        text = f"{self.kind.label}: {self.evidence} in {percent(self.share)} of values"
        if with_example and self.example:
            text += f", e.g. {self.example}"
        return text


def percent(share: float) -> str:
    """A share as a whole percentage that never rounds a partial match up to 100% or down to 0%."""
    value = round(share * 100)
    if share < 1.0:
        value = min(value, 99)
    if share > 0.0:
        value = max(value, 1)
    return f"{value}%"


@dataclass(frozen=True)
class ColumnVerdict:
    """The guard's verdict on one column of a population list."""

    index: int
    heading: str
    status: ColumnStatus
    findings: tuple[Finding, ...] = ()
    allowed_kind: AllowedKind | None = None
    values_checked: int = 0

    @property
    def flagged(self) -> bool:
        """True when the column holds (or is headed as) a personal identifier."""
        return self.status is ColumnStatus.FLAGGED

    @property
    def reason(self) -> str:
        """Why the column was flagged or allowed, with masked examples."""
        return self._reason(with_example=True)

    @property
    def reason_without_values(self) -> str:
        """The reason with no example values, for the removal record."""
        return self._reason(with_example=False)

    @property
    def example(self) -> str:
        """The masked example of the main finding, or an empty string."""
        return self.findings[0].example if self.findings else ""

    def _reason(self, with_example: bool) -> str:
        if self.findings:
            return "; ".join(f.describe(with_example) for f in self.findings)
        if self.allowed_kind is not None:
            return f"{self.allowed_kind.label}: needed for the sample"
        if self.values_checked == 0:
            return "Empty column"
        return "No personal identifiers recognised"
