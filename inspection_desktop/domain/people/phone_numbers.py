"""UK telephone numbers: tidy what people type into the form a letterhead would print."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "ext. 123", "x123", "extension 123" after the number itself.
_EXTENSION = re.compile(r"\s*(?:ext(?:ension)?\.?|x)\s*(\d{1,6})\s*$", re.IGNORECASE)
_ALLOWED = re.compile(r"^[\d\s()+\-./]*$")


@dataclass(frozen=True)
class PhoneNumber:
    """A phone number split into the digits dialled and any extension."""

    national: str  # UK numbers: "01314960123"; others: "" (see international)
    international: str  # non-UK numbers: "+33142868200"; UK numbers: ""
    extension: str

    @property
    def readable(self) -> str:
        """The number grouped the way it is printed in the UK, e.g. "0131 496 0123"."""
        text = (
            _group_uk(self.national) if self.national else _group_international(self.international)
        )
        return f"{text} ext. {self.extension}" if self.extension else text

    @property
    def e164(self) -> str:
        """The number in international form with visual hyphens, e.g. "+44-131-496-0123"."""
        if self.national:
            return "+44-" + _group_uk(self.national)[1:].replace(" ", "-")
        return self.international


def parse_phone(text: str) -> PhoneNumber | None:
    """Read a UK or international number as typed; None when it cannot be a phone number."""
    raw = text.strip()
    extension = ""
    match = _EXTENSION.search(raw)
    if match:
        extension = match.group(1)
        raw = raw[: match.start()]
    if not raw or not _ALLOWED.match(raw):
        return None
    # "+44 (0)131 ..." is common on letterheads: the bracketed 0 is not dialled from abroad.
    raw = raw.replace("(0)", "")
    digits = re.sub(r"\D", "", raw)
    international = raw.lstrip().startswith("+") or digits.startswith("00")
    if international:
        digits = digits[2:] if digits.startswith("00") else digits
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        elif 8 <= len(digits) <= 15:
            return PhoneNumber(national="", international="+" + digits, extension=extension)
        else:
            return None
    if not digits.startswith("0") or len(digits) not in (10, 11):
        return None
    return PhoneNumber(national=digits, international="", extension=extension)


def readable_phone(text: str) -> str:
    """The number in readable UK form, or the text tidied of extra spaces when it can't be read."""
    number = parse_phone(text)
    return number.readable if number else " ".join(text.split())


def phone_problem(text: str) -> str | None:
    """Why this doesn't look like a phone number, in plain words; None when it does."""
    if not text.strip() or parse_phone(text):
        return None
    digits = re.sub(r"\D", "", text)
    if re.search(r"[A-Za-z]", _EXTENSION.sub("", text)):
        return f'The phone number "{text.strip()}" contains letters.'
    if len(digits) < 10:
        return f'The phone number "{text.strip()}" has too few digits for a UK number.'
    if len(digits) > 11 and not text.strip().startswith("+"):
        return f'The phone number "{text.strip()}" has too many digits for a UK number.'
    return (
        f'The phone number "{text.strip()}" doesn\'t look like a UK number (start it with 0 or +).'
    )


def _group_uk(digits: str) -> str:
    """Group a national number the way Ofcom's numbering plan prints it."""
    if len(digits) == 10:  # a few 01 areas and 0800 numbers have ten digits
        return f"{digits[:5]} {digits[5:]}"
    if digits.startswith("02"):  # 020 7946 0123, 029 2018 0123
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    if digits.startswith("01") and (digits[3] == "1" or digits[2] == "1"):
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"  # 0131 496 0123, 0114 496 0123
    if digits.startswith(("03", "08", "09")):
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"  # 0300 123 4567
    return f"{digits[:5]} {digits[5:]}"  # 07700 900123, 01382 496012


def _group_international(number: str) -> str:
    """Leave foreign numbers whole: their grouping rules differ by country."""
    return number
