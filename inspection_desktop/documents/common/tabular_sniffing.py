"""Work out what a file is, how its text is encoded and which separator it uses."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from inspection_desktop.errors import UserFacingError

_SNIFF_CHARACTERS = 256 * 1024
_CANDIDATE_DELIMITERS = (",", ";", "\t", "|")
_DELIMITER_LABELS = {
    ",": "comma-separated",
    ";": "semicolon-separated",
    "\t": "tab-separated",
    "|": "bar-separated",
}
_ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}
_MAGIC = (
    (b"PK\x03\x04", "xlsx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "xls"),
    (b"%PDF", "pdf"),
    (b"\x89PNG", "image"),
    (b"\xff\xd8\xff", "image"),
    (b"GIF8", "image"),
)


def content_kind(raw: bytes) -> str:
    """What the bytes are, from their first few: "xlsx", "xls", "pdf", "image" or "unknown"."""
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            return kind
    return "unknown"


def not_a_table_message(path: Path, kind: str) -> str:
    """A plain message for a file that is not a table at all."""
    if kind == "xls":
        return (
            f"{path.name} is an old-style Excel .xls file or a password-protected workbook. "
            "Open it in Excel and save it as .xlsx (without a password) or CSV, then check that."
        )
    what = {"pdf": "a PDF", "image": "an image"}.get(kind, "not a spreadsheet")
    return f"{path.name} is {what}, not a CSV or .xlsx population list"


def decode(path: Path, raw: bytes, encoding: str | None) -> tuple[str, str]:
    """The text and the encoding used: the one asked for, else BOM, UTF-8, then Windows-1252."""
    if encoding is not None:
        try:
            return raw.decode(encoding), encoding
        except LookupError:
            raise UserFacingError(f"{encoding!r} is not a text encoding this app knows") from None
        except UnicodeDecodeError as exc:
            raise UserFacingError(
                f"{path.name} is not {encoding} text (byte {exc.start + 1} does not fit). "
                "Leave the encoding to be detected, or choose another."
            ) from None
        except (UnicodeError, ValueError, TypeError):  # codecs that are not for text files
            raise UserFacingError(
                f"{path.name} cannot be read as {encoding} text. "
                "Leave the encoding to be detected, or choose another."
            ) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig", "cp1252"]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "cp1252", "latin-1"]
    for candidate in candidates:
        try:
            return raw.decode(candidate), candidate
        except UnicodeDecodeError:
            continue
    raise UserFacingError(f"{path.name} is not text in any encoding this app can read")


def looks_binary(text: str) -> bool:
    """True when the text holds NUL bytes or many control characters, as binary files do."""
    head = text[:65536]
    if "\x00" in head:
        return True
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in "\t\r\n\x0c")
    return controls > max(8, len(head) // 100)


def sniff_delimiter(text: str) -> str:
    """The separator that splits the first lines into the most columns, most consistently."""
    sample = "\n".join(text[:_SNIFF_CHARACTERS].splitlines()[:50])
    best, best_score = ",", (0.0, 0)
    for delimiter in _CANDIDATE_DELIMITERS:
        try:
            widths = [
                len(row)
                for row in csv.reader(io.StringIO(sample), delimiter=delimiter)
                if any(cell.strip() for cell in row)
            ]
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = (count / len(widths), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def delimiter_label(delimiter: str | None) -> str:
    """How a separator reads: "semicolon-separated"."""
    if delimiter is None:
        return "separator unknown"
    return _DELIMITER_LABELS.get(delimiter, f"separated by {delimiter!r}")


def encoding_label(encoding: str | None) -> str:
    """How an encoding reads: "UTF-8 with BOM"."""
    if encoding is None:
        return "encoding unknown"
    return _ENCODING_LABELS.get(encoding.casefold(), encoding)
