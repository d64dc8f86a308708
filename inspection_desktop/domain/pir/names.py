"""Recognise personal names: a bundled list of common names plus the shape of a name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from inspection_desktop.resources import resource_path

# Words seen in team, status and category labels: a value holding one is not read as a name.
_LABEL_WORDS = frozenset(
    """
    north south east west central team teams locality area office service services unit hub
    children families family care home homes looked after at and of the for with aftercare
    foster fostering kinship residential secure supervision order register protection child
    male female boy girl unknown other not known yes no none n/a na group sibling status
    voluntary compulsory permanence adoption school primary secondary academy high community
    health police council partnership board support youth justice disability duty
    white black asian mixed scottish british english irish welsh polish african caribbean
    pakistani indian chinese bangladeshi arab gypsy traveller roma ethnic ethnicity background
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-.])*", re.UNICODE)
_SPLIT = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class NameList:
    """Known first names and surnames, case-folded."""

    first_names: frozenset[str]
    surnames: frozenset[str]

    def knows(self, word: str) -> bool:
        """True when the word is a known first name or surname (any case)."""
        folded = word.casefold().strip(".'’-")
        return folded in self.first_names or folded in self.surnames


def load_name_list(path: Path | None = None) -> NameList:
    """Read a name list file: ``[first names]`` and ``[surnames]`` sections, one name a line."""
    first: set[str] = set()
    last: set[str] = set()
    target = first
    text = (path or resource_path("pir", "common_names.txt")).read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.casefold() == "[first names]":
            target = first
        elif line.casefold() == "[surnames]":
            target = last
        else:
            target.add(line.casefold())
    return NameList(frozenset(first), frozenset(last))


@cache
def default_name_list() -> NameList:
    """The bundled name list, read once."""
    return load_name_list()


def name_shape(value: str) -> list[str] | None:
    """The words of a value shaped like a name (1-4 words of letters), else None."""
    parts = [part for part in _SPLIT.split(value.strip()) if part]
    if not 1 <= len(parts) <= 4:
        return None
    for part in parts:
        if _TOKEN.fullmatch(part) is None or part.casefold() in _LABEL_WORDS:
            return None
    return parts


def looks_like_name(value: str, names: NameList) -> bool:
    """True when the value is shaped like a name and holds at least one known name."""
    words = name_shape(value)
    return words is not None and any(names.knows(word) for word in words)
