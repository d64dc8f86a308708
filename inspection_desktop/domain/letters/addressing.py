"""How a letter greets and addresses its recipient, and what its file is called."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

FALLBACK_GREETING = "Dear colleague"

_HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "councillor", "cllr", "rev",
    "reverend", "sir", "dame", "lord", "lady", "bailie", "provost",
}  # fmt: skip
# Words that belong to the surname that follows them: "Ó Briain", "Mac an t-Saoir", "van Dijk".
_PARTICLES = {
    "ó", "o", "ní", "nic", "ui", "uí", "mac", "mc", "de", "di", "da", "du", "van", "von", "der",
    "den", "le", "la", "del", "della", "dos", "das", "bin", "bint", "al", "ap", "an", "t-",
}  # fmt: skip
# Characters Windows does not allow in a file name.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def surname(words: list[str]) -> str:
    """The surname at the end of a name, keeping particles such as "Ó" or "van" with it."""
    start = len(words) - 1
    while start > 0 and words[start - 1].casefold() in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def greeting(name: str) -> str:
    """ "Dear Ms Ó Briain" for "Ms Siobhán Ó Briain", "Dear Ruaridh Fraser", else the fallback."""
    words = name.split()
    if not words:
        return FALLBACK_GREETING
    if words[0].rstrip(".").casefold() in _HONORIFICS:
        if len(words) == 1:
            return FALLBACK_GREETING
        return f"Dear {words[0]} {surname(words[1:])}"
    return f"Dear {' '.join(words)}"


def address_block(lines: Iterable[str]) -> tuple[str, ...]:
    """The lines of an address block with the empty ones left out."""
    block: list[str] = []
    for line in lines:
        for part in line.splitlines():
            if part.strip():
                block.append(" ".join(part.split()))
    return tuple(block)


def file_stem(number: int, name: str, template_key: str) -> str:
    """A file name that sorts and says who: "03 Łukasz Nowak - file-reader-training"."""
    who = " ".join(_UNSAFE.sub("", unicodedata.normalize("NFC", name)).split()) or "No name"
    return f"{number:02d} {who[:60].rstrip(' .')} - {template_key}"
