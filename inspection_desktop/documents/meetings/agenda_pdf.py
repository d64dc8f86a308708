"""The printed agenda: meeting details and the items with running times, alone or inside a pack."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.documents.common.pdf_finishing import render_meeting_document
from inspection_desktop.documents.common.pdf_pages import (
    LATER,
    RunningHeads,
    section_heading,
)
from inspection_desktop.domain.marking import clean_marking, marking_for
from inspection_desktop.domain.meetings.meeting import (
    AgendaItem,
    Meeting,
    PackContext,
    running_times,
)
from inspection_desktop.errors import UserFacingError

_AGENDA_WIDTHS = (11 * mm, 26 * mm, 81 * mm, 36 * mm, 16 * mm)


def render_agenda(meeting: Meeting, context: PackContext, *, cover: bool = False) -> bytes:
    """Render the agenda alone as an A4 PDF and return its bytes (with a cover page if asked)."""
    heads = running_heads(meeting, context)
    story: list[Flowable] = [
        NextPageTemplate(LATER),
        *cover_page(meeting, context, "Agenda", cover),
        *title_block(meeting, context),
        Spacer(0, 4 * mm),
        *agenda_flowables(meeting),
    ]
    return render_meeting_document(
        story, heads, title=f"Agenda: {meeting.title}", author=context.partnership_name
    )


def running_heads(
    meeting: Meeting,
    context: PackContext,
    recipient: str | None = None,
    *,
    confidential: bool | None = None,
) -> RunningHeads:
    """Header and footer text for a meeting's documents, with its protective marking.

    Without a chosen marking, a document with confidential items or papers inside is
    OFFICIAL-SENSITIVE and any other OFFICIAL.
    """
    note = f"Prepared {ps.long_date(context.generated_on)}"
    if recipient:
        note += f" · Copy for {recipient}"
    note += f" · {context.inspection_title}"
    secret = meeting.has_confidential() if confidential is None else confidential
    marking = (
        clean_marking(context.marking) if context.marking else marking_for(confidential=secret)
    )
    return RunningHeads(context.partnership_name, meeting.title, note, marking)


def cover_page(meeting: Meeting, context: PackContext, kind: str, wanted: bool) -> list[Flowable]:
    """A cover page (partnership, meeting, date, venue and logo) before the document, if wanted."""
    if not wanted:
        return []
    from inspection_desktop.documents.meetings.pack_sections import cover_flowables

    return [*cover_flowables(meeting, context, None, 0, kind=kind), PageBreak()]


def meeting_when(meeting: Meeting) -> tuple[str, str]:
    """The meeting's date and time as printed, or "To be arranged"."""
    if meeting.starts is None:
        return ("To be arranged", "To be arranged")
    day = ps.long_date_with_day(meeting.starts.date())
    ends = meeting.ends
    hours = ps.clock(meeting.starts)
    if ends is not None and ends != meeting.starts:
        hours += f" to {ps.clock(ends)}"
    return (day, hours)


def details_table(meeting: Meeting) -> Table:
    """Date, time, venue and inspection week as a label/value block."""
    s = ps.styles()
    day, hours = meeting_when(meeting)
    rows = [("Date", day), ("Time", hours), ("Venue", meeting.venue or "To be confirmed")]
    if meeting.week is not None:
        rows.append(("Inspection week", f"Week {meeting.week}"))
    data = [[ps.para(label, s.cover_label), ps.para(value, s.body)] for label, value in rows]
    table = Table(data, colWidths=[32 * mm, ps.FRAME_WIDTH - 32 * mm], hAlign="LEFT")
    table.setStyle(
        ps.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def logo_image(context: PackContext, max_width: float, max_height: float) -> Image | None:
    """The partnership's logo scaled to fit the box, or None when no logo is set."""
    if context.logo_path is None:
        return None
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(str(context.logo_path)).getSize()
    except Exception as exc:  # reportlab and PIL raise many kinds for a bad image
        raise UserFacingError(
            f"The partnership logo {context.logo_path} could not be read as an image. "
            "Choose a PNG or JPEG file, or clear the logo."
        ) from exc
    scale = min(max_width / width, max_height / height)
    return Image(str(context.logo_path), width=width * scale, height=height * scale, hAlign="RIGHT")


def title_block(meeting: Meeting, context: PackContext, kind: str = "Agenda") -> list[Flowable]:
    """The top of a first page: partnership, meeting title (bookmarked), logo, details, purpose."""
    s = ps.styles()
    kicker = f"{kind} · {context.partnership_name}"
    heading: list[Flowable] = [
        ps.para(kicker, s.kicker),
        section_heading(meeting.title, outline_title=kind, style=s.title),
    ]
    logo = logo_image(context, 40 * mm, 18 * mm)
    block: list[Flowable] = heading
    if logo is not None:
        # Beside the title, so a logo costs none of the height the agenda needs.
        beside = Table([[heading, logo]], colWidths=[ps.FRAME_WIDTH - 44 * mm, 44 * mm])
        beside.setStyle(
            ps.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        block = [beside]
    block += [Spacer(0, 2 * mm), details_table(meeting)]
    if meeting.purpose:
        block += [Spacer(0, 3 * mm), ps.para(meeting.purpose, s.body)]
    return block


def agenda_flowables(meeting: Meeting, *, include_confidential: bool = True) -> list[Flowable]:
    """The agenda items with times, presenters and papers; the header row repeats across pages."""
    s = ps.styles()
    if not meeting.agenda:
        return [ps.para("No agenda items have been added yet.", s.muted)]
    times = running_times(meeting.starts, meeting.agenda) if meeting.starts else None
    rows: list[Sequence[Flowable | str]] = []
    for number, item in enumerate(meeting.agenda, start=1):
        when = f"{ps.clock(times[number - 1][0])}–{ps.clock(times[number - 1][1])}" if times else ""
        rows.append(
            [
                Paragraph(str(number), s.cell_bold),
                when,
                _item_cell(item, include_confidential),
                item.presenter,
                str(item.minutes),
            ]
        )
    close_at = ps.clock(times[-1][1]) if times else ""
    rows.append(["", close_at, Paragraph("Close", s.cell_bold), "", str(meeting.agenda_minutes)])
    return [ps.data_table(["No.", "Time", "Item", "Lead", "Mins"], rows, _AGENDA_WIDTHS)]


def _item_cell(item: AgendaItem, include_confidential: bool) -> list[Flowable]:
    """An agenda item's title in bold, its notes below, and the papers that go with it."""
    s = ps.styles()
    if item.confidential and not include_confidential:
        return [Paragraph("<i>Confidential item, not in this copy</i>", s.cell_bold)]
    cell: list[Flowable] = [ps.para(item.title, s.cell_bold)]
    if item.notes:
        cell.append(ps.para(item.notes, s.cell_muted))
    for paper in item.papers:
        if paper.confidential and not include_confidential:
            cell.append(Paragraph("Paper: <i>confidential, not in this copy</i>", s.cell_muted))
            continue
        secret = paper.confidential or item.confidential
        marker = " (confidential)" if secret else ""
        cell.append(Paragraph(f"Paper: <i>{ps.markup(paper.title)}</i>{marker}", s.cell_muted))
    return cell
