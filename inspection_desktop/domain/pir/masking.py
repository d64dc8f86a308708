"""Masked examples: enough of a value to show what was found, not enough to identify anyone."""

from __future__ import annotations

from inspection_desktop.domain.pir.kinds import IdentifierKind
from inspection_desktop.domain.pir.value_patterns import identifier_part

MASK = "•"
_WORD_MASKED = {IdentifierKind.NAME, IdentifierKind.ADDRESS, IdentifierKind.FREE_TEXT}


def _mask_word(word: str) -> str:
    return word[:1] + "".join(MASK if ch.isalnum() else ch for ch in word[1:])


def _mask_middle(text: str) -> str:
    alnum = sum(ch.isalnum() for ch in text)
    keep_start, keep_end = (2, 2) if alnum >= 8 else (1, 1) if alnum >= 5 else (1, 0)
    out: list[str] = []
    seen = 0
    for ch in text:
        if ch.isalnum():
            seen += 1
            keep = seen <= keep_start or seen > alnum - keep_end
            out.append(ch if keep else MASK)
        else:
            out.append(ch)
    return "".join(out)


def _mask_email(text: str) -> str:
    local, _, domain = text.partition("@")
    labels = domain.split(".")
    labels[0] = _mask_word(labels[0])
    return f"{local[:1]}{MASK * 3}@{'.'.join(labels)}"


def masked_example(value: str, kind: IdentifierKind) -> str:
    """Mask a value for display: "2709151259" becomes "27••••••59", "Aisha Khan" "A•••• K•••"."""
    text = identifier_part(" ".join(value.split()), kind.value)
    if kind is IdentifierKind.EMAIL and "@" in text:
        return _mask_email(text)
    if kind in _WORD_MASKED:
        words = text.split(" ")
        shown = " ".join(_mask_word(word) for word in words[:4])
        return shown + (" …" if len(words) > 4 else "")
    return _mask_middle(text)
