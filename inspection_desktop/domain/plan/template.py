"""Plan templates: a phase's activities, week by week, read from a TOML file in resources/plan."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from inspection_desktop.domain.plan.items import ItemKind
from inspection_desktop.domain.roles import RoleCatalogue, Side, default_roles
from inspection_desktop.errors import UserFacingError
from inspection_desktop.resources import resource_path

DEFAULT_TEMPLATE_FILE = "phase-one.toml"

_Choice = TypeVar("_Choice", bound=StrEnum)

_KEY_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TEMPLATE_FIELDS = {"key", "phase", "name", "source", "weeks"}
_ITEM_FIELDS = {
    "key",
    "week",
    "title",
    "description",
    "kind",
    "lead",
    "owner_role",
    "duration_weeks",
    "attendees",
    "agenda",
    "notes",
}


@dataclass(frozen=True)
class TemplateItem:
    """One activity in a plan template, placed in an inspection week."""

    key: str
    week: int
    title: str
    description: str
    kind: ItemKind
    lead: Side
    owner_role: str
    duration_weeks: int | None
    attendees: tuple[str, ...]
    agenda: tuple[str, ...]
    notes: str

    @property
    def end_week(self) -> int:
        """The week the activity ends: its start week plus its duration, if it has one."""
        return self.week + self.duration_weeks if self.duration_weeks else self.week


@dataclass(frozen=True)
class PlanTemplate:
    """A phase of the inspection as a list of activities, ordered by week."""

    key: str
    phase: int
    name: str
    source: str
    weeks: int
    items: tuple[TemplateItem, ...]

    def roles_needed_by_week(self) -> dict[str, int]:
        """Each role key mapped to the earliest week in which it owns an item or attends one."""
        earliest: dict[str, int] = {}
        for item in self.items:
            for role in (item.owner_role, *item.attendees):
                earliest[role] = min(earliest.get(role, item.week), item.week)
        return dict(sorted(earliest.items(), key=lambda pair: pair[1]))


class PlanTemplateError(UserFacingError):
    """A plan template file that cannot be read or breaks the template rules."""


def load_plan_template(path: Path, roles: RoleCatalogue | None = None) -> PlanTemplate:
    """Read and check a plan template; raise PlanTemplateError saying what is wrong and where."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise PlanTemplateError(f"Plan template {path} is not valid TOML: {exc}.") from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise PlanTemplateError(f"Plan template {path} could not be read: {reason}.") from exc
    return _TemplateReader(path, roles or default_roles()).read(data)


def available_templates() -> list[Path]:
    """The bundled plan template files, sorted by name."""
    return sorted(resource_path("plan").glob("*.toml"))


@cache
def default_template() -> PlanTemplate:
    """The bundled Phase One template, read once."""
    return load_plan_template(resource_path("plan", DEFAULT_TEMPLATE_FILE))


class TemplateRegistry:
    """The plan templates an inspection can be made from, by the key stored with it."""

    def __init__(self, templates: Sequence[PlanTemplate], default_key: str) -> None:
        self._by_key = {template.key: template for template in templates}
        if default_key not in self._by_key:
            raise PlanTemplateError(f"There is no plan template with the key {default_key!r}.")
        self._default_key = default_key

    @property
    def default(self) -> PlanTemplate:
        """The template new inspections are made from unless another is chosen."""
        return self._by_key[self._default_key]

    def get(self, key: str) -> PlanTemplate:
        """The template stored with an inspection; a clear error when this release lacks it."""
        template = self._by_key.get(key)
        if template is None:
            raise PlanTemplateError(
                f"This inspection uses the plan template {key!r}, which this version of "
                "Inspection Desktop does not have; install the version it was made with."
            )
        return template

    def keys(self) -> list[str]:
        """Every template's key, in file order."""
        return list(self._by_key)


@cache
def bundled_templates() -> TemplateRegistry:
    """Every template file in ``resources/plan``, read once; adding a file adds a template."""
    templates = [
        default_template() if path.name == DEFAULT_TEMPLATE_FILE else load_plan_template(path)
        for path in available_templates()
    ]
    return TemplateRegistry(templates, default_template().key)


class _TemplateReader:
    """Turns parsed TOML into a PlanTemplate, naming the file and item in every complaint."""

    def __init__(self, path: Path, roles: RoleCatalogue) -> None:
        self._path = path
        self._roles = roles

    def read(self, data: dict[str, Any]) -> PlanTemplate:
        """Check the whole file and build the template."""
        header = data.get("template")
        if not isinstance(header, dict):
            raise self._error("it has no [template] table")
        self._reject_unknown(header, _TEMPLATE_FIELDS, "[template]")
        weeks = self._integer(header, "weeks", "[template]", minimum=1)
        raw_items = data.get("item", [])
        if not isinstance(raw_items, list):
            raise self._error("'item' must be an array of [[item]] tables")
        items: list[TemplateItem] = []
        seen: set[str] = set()
        for number, raw in enumerate(raw_items, start=1):
            item = self._item(raw, number, weeks)
            if item.key in seen:
                raise self._error(f"item '{item.key}': the key is used by more than one item")
            seen.add(item.key)
            items.append(item)
        return PlanTemplate(
            key=self._text(header, "key", "[template]"),
            phase=self._integer(header, "phase", "[template]", minimum=1),
            name=self._text(header, "name", "[template]"),
            source=self._text(header, "source", "[template]", required=False),
            weeks=weeks,
            items=tuple(sorted(items, key=lambda item: item.week)),
        )

    def _item(self, raw: object, number: int, weeks: int) -> TemplateItem:
        if not isinstance(raw, dict):
            raise self._error(f"item {number} is not a table")
        key = raw.get("key")
        where = f"item '{key}'" if isinstance(key, str) and key else f"item {number}"
        key = self._text(raw, "key", where)
        if not _KEY_PATTERN.fullmatch(key):
            raise self._error(f"{where}: the key must be lower-case words joined by hyphens")
        self._reject_unknown(raw, _ITEM_FIELDS, where)
        week = self._integer(raw, "week", where, minimum=1)
        if week > weeks:
            raise self._error(f"{where}: week {week} is outside the template's {weeks} weeks")
        duration = self._optional_integer(raw, "duration_weeks", where, minimum=1)
        if duration and week + duration > weeks:
            raise self._error(
                f"{where}: it runs to week {week + duration}, beyond the template's {weeks} weeks"
            )
        kind = self._choice(raw, "kind", where, ItemKind)
        lead = self._choice(raw, "lead", where, Side)
        owner_role = self._text(raw, "owner_role", where)
        if owner_role not in self._roles:
            raise self._error(f"{where}: owner_role '{owner_role}' is not a known role")
        attendees = self._text_list(raw, "attendees", where)
        agenda = self._text_list(raw, "agenda", where)
        if (attendees or agenda) and kind is not ItemKind.MEETING:
            raise self._error(f"{where}: only meetings can have attendees or an agenda")
        for attendee in attendees:
            if attendee not in self._roles:
                raise self._error(f"{where}: attendee '{attendee}' is not a known role")
        return TemplateItem(
            key=key,
            week=week,
            title=self._text(raw, "title", where),
            description=self._text(raw, "description", where, required=False),
            kind=kind,
            lead=lead,
            owner_role=owner_role,
            duration_weeks=duration,
            attendees=attendees,
            agenda=agenda,
            notes=self._text(raw, "notes", where, required=False),
        )

    def _text(self, table: dict[str, Any], field: str, where: str, *, required: bool = True) -> str:
        value = table.get(field, "")
        if not isinstance(value, str):
            raise self._error(f"{where}: '{field}' must be text")
        if required and not value.strip():
            raise self._error(f"{where}: '{field}' is missing or empty")
        return value.strip()

    def _optional_integer(
        self, table: dict[str, Any], field: str, where: str, *, minimum: int
    ) -> int | None:
        if table.get(field) is None:
            return None
        return self._integer(table, field, where, minimum=minimum)

    def _integer(self, table: dict[str, Any], field: str, where: str, *, minimum: int) -> int:
        value = table.get(field)
        # bool is an int in Python; "week = true" is a mistake, not week 1.
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            raise self._error(f"{where}: '{field}' must be a whole number of at least {minimum}")
        return value

    def _choice(
        self, table: dict[str, Any], field: str, where: str, choices: type[_Choice]
    ) -> _Choice:
        value = self._text(table, field, where)
        try:
            return choices(value)
        except ValueError:
            allowed = ", ".join(choice.value for choice in choices)
            raise self._error(f"{where}: '{field}' is '{value}'; use one of {allowed}") from None

    def _text_list(self, table: dict[str, Any], field: str, where: str) -> tuple[str, ...]:
        value = table.get(field, [])
        if not isinstance(value, list) or not all(
            isinstance(entry, str) and entry.strip() for entry in value
        ):
            raise self._error(f"{where}: '{field}' must be a list of non-empty text")
        return tuple(entry.strip() for entry in value)

    def _reject_unknown(self, table: dict[str, Any], allowed: set[str], where: str) -> None:
        # A misspelt field would otherwise vanish silently.
        unknown = sorted(set(table) - allowed)
        if unknown:
            raise self._error(f"{where}: unknown field(s) {', '.join(unknown)}")

    def _error(self, problem: str) -> PlanTemplateError:
        return PlanTemplateError(f"Plan template {self._path}: {problem}.")
