"""A letter as the preview shows it: the same words and blocks as on paper, in simple HTML."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from inspection_desktop.domain.letters.fields import MissingField, heading_and_rest
from inspection_desktop.domain.letters.merge import Letter, LetterRun


def _lines(lines: Sequence[str]) -> str:
    return "<br>".join(escape(line) for line in lines)


def _paragraph(paragraph: str) -> str:
    heading, rest = heading_and_rest(paragraph)
    lead = f"<b>{escape(heading)}</b><br>" if heading else ""
    return f"<p>{lead}{_lines(rest.splitlines())}</p>"


def letter_html(letter: Letter, run: LetterRun) -> str:
    """The letter, top to bottom, with the marking above and below."""
    head = run.letterhead
    sender = [run.partnership, *[line for line in head.address.splitlines() if line.strip()]]
    marking = f'<p align="center" style="color:#A4262C"><b>{escape(run.marking)}</b></p>'
    address = _lines(letter.address_lines) or "<i>(no address)</i>"
    body = "".join(_paragraph(p) for p in letter.paragraphs)
    signature = f"<b>{escape(head.signatory_name)}</b><br>" + _lines(
        [line for line in (head.signatory_post, run.partnership) if line]
    )
    return (
        f"{marking}"
        f'<table width="100%"><tr><td valign="bottom">{address}</td>'
        f'<td align="right" style="color:#5F6B76">{_lines(sender)}</td></tr></table>'
        f"<p>{escape(letter.date_line)}</p><p>{escape(letter.greeting)}</p>"
        f"<p><b>{escape(letter.subject)}</b></p>{body}"
        f"<p>{escape(letter.sign_off)}</p><p><br>{signature}</p>{marking}"
    )


def problems_html(problems: Sequence[MissingField]) -> str:
    """What must be filled in before the letters can be produced: each field once, with whom."""
    by_field: dict[str, list[MissingField]] = {}
    for problem in problems:
        by_field.setdefault(problem.field, []).append(problem)
    items = []
    for field, gaps in by_field.items():
        names = [gap.recipient or "someone with no name" for gap in gaps]
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        if len(names) > 8:
            who = f"{', '.join(names[:8])} and {len(names) - 8} more"
        hint = f" ({gaps[0].hint})" if gaps[0].hint else ""
        items.append(f"<li>“{escape(field)}” has no value for {escape(who)}{escape(hint)}.</li>")
    return (
        '<p style="color:#A4262C"><b>Before these letters can be produced:</b></p>'
        f"<ul>{''.join(items)}</ul>"
    )
