"""The surveys the plan names, read from ``resources/surveys.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from inspection_desktop.resources import resource_path


@dataclass(frozen=True)
class PlanSurvey:
    """A survey of the guide: its name and the plan item it opens with."""

    key: str
    name: str
    opens_with: str
    distribution: str
    audience: str


def load_plan_surveys(path: Path | None = None) -> tuple[PlanSurvey, ...]:
    """Read the plan's surveys from a TOML file (the bundled one by default)."""
    with (path or resource_path("surveys.toml")).open("rb") as handle:
        data = tomllib.load(handle)
    return tuple(
        PlanSurvey(
            key=entry["key"],
            name=entry["name"],
            opens_with=entry["opens_with"],
            distribution=entry.get("distribution", ""),
            audience=entry.get("audience", ""),
        )
        for entry in data["survey"]
    )


@cache
def plan_surveys() -> tuple[PlanSurvey, ...]:
    """The bundled surveys, read once."""
    return load_plan_surveys()
