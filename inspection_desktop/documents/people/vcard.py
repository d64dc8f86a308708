"""vCard 4.0 (RFC 6350) export of contacts, for address books such as Outlook's or a phone's."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from inspection_desktop.documents.common.atomic_write import write_bytes_atomically
from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.domain.people.phone_numbers import parse_phone
from inspection_desktop.domain.roles import RoleCatalogue

PRODUCT_ID = "-//Inspection Desktop//Contact register//EN"
_MAX_OCTETS = 75
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "revd"}
    | {"cllr", "councillor", "lord", "lady"}
)
_UK_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}$", re.IGNORECASE)


def escape_text(value: str) -> str:
    """Escape a text value: backslash, comma, semicolon and line breaks (RFC 6350 §3.4)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 6350 §3.2)."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        # Continuation lines start with a space, which counts towards their 75 octets.
        limit = _MAX_OCTETS if not pieces else _MAX_OCTETS - 1
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def vcard_for(contact: ContactDraft, roles: RoleCatalogue) -> str:
    """One contact as a vCard 4.0, CRLF line endings, lines folded."""
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"PRODID:{PRODUCT_ID}"]
    lines.append(f"FN:{escape_text(contact.name)}")
    lines.append("N:" + ";".join(escape_text(part) for part in _name_parts(contact.name)))
    if contact.organisation:
        lines.append(f"ORG:{escape_text(contact.organisation)}")
    if contact.job_title:
        lines.append(f"TITLE:{escape_text(contact.job_title)}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=work:{escape_text(contact.email)}")
    if contact.phone:
        lines.append(_telephone(contact.phone))
    if contact.address:
        lines.append("ADR;TYPE=work:" + ";".join(escape_text(p) for p in _address(contact.address)))
    role_names = [roles.name_of(key) for key in contact.roles]
    lines.extend(f"ROLE:{escape_text(name)}" for name in role_names)
    categories = [*role_names, *([contact.group] if contact.group else [])]
    if categories:
        lines.append("CATEGORIES:" + ",".join(escape_text(name) for name in categories))
    if contact.notes:
        lines.append(f"NOTE:{escape_text(contact.notes)}")
    lines.append("END:VCARD")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def vcards_text(contacts: Iterable[ContactDraft], roles: RoleCatalogue) -> str:
    """Any number of contacts as one .vcf file's text."""
    return "".join(vcard_for(contact, roles) for contact in contacts)


def write_vcards(contacts: Iterable[ContactDraft], path: Path, roles: RoleCatalogue) -> None:
    """Export one or many contacts to a single .vcf file, written atomically."""
    write_bytes_atomically(path, vcards_text(contacts, roles).encode("utf-8"))


def _name_parts(name: str) -> tuple[str, str, str, str, str]:
    """Family; given; additional; prefixes; suffixes, guessed from a full name."""
    words = name.split()
    prefix = ""
    if len(words) > 1 and words[0].casefold().rstrip(".") in _HONORIFICS:
        prefix, words = words[0], words[1:]
    if len(words) == 1:
        return "", words[0], "", prefix, ""
    if not words:
        return "", "", "", prefix, ""
    return words[-1], words[0], " ".join(words[1:-1]), prefix, ""


def _telephone(phone: str) -> str:
    """A tel: URI when the number can be read, else the number as text."""
    number = parse_phone(phone)
    if number is None:
        return f"TEL;VALUE=text;TYPE=work:{escape_text(phone)}"
    uri = f"tel:{number.e164}" + (f";ext={number.extension}" if number.extension else "")
    return f"TEL;VALUE=uri;TYPE=work:{uri}"


def _address(address: str) -> tuple[str, str, str, str, str, str, str]:
    """The seven ADR parts; a last line that is a UK postcode goes in its own part."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    postcode = ""
    if lines and _UK_POSTCODE.match(lines[-1]):
        postcode = lines.pop().upper()
    return "", "", "\n".join(lines), "", "", postcode, ""
