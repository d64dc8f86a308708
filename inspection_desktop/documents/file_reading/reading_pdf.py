"""The printed reading timetable (per day and room) and a sheet per reader, both marked
OFFICIAL-SENSITIVE on every page."""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.documents.common.pdf_finishing import finish_pdf
from inspection_desktop.documents.common.pdf_pages import (
    LATER,
    MeetingDocTemplate,
    RunningHeads,
    section_heading,
)
from inspection_desktop.domain.file_reading.sample import AgencySystem, systems_read
from inspection_desktop.usecases.file_reading.placements import (
    FileReadingPicture,
    PlacedRecord,
    SessionInfo,
)
from inspection_desktop.usecases.file_reading.readers import FileReader

MARKING = "OFFICIAL-SENSITIVE"
_NOTE = (
    "Case-record references only. Record no names or identifying details while reading; "
    "refer to staff by designation. A concern goes on a concern form to the inspection lead."
)


class MarkedDocTemplate(MeetingDocTemplate):
    """The app's A4 pages with the protective marking at the top and foot of every page."""

    def __init__(self, buffer: io.BytesIO, heads: RunningHeads, marking: str = MARKING) -> None:
        super().__init__(buffer, heads)
        self.marking = marking

    def _draw_cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        super()._draw_cover_page(canvas, doc)
        self._draw_marking(canvas, on_band=True)

    def _draw_later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        super()._draw_later_page(canvas, doc)
        self._draw_marking(canvas, on_band=False)

    def _draw_marking(self, canvas: Canvas, *, on_band: bool) -> None:
        canvas.saveState()
        canvas.setFont(ps.FONT_BOLD, 9)
        centre = ps.PAGE_WIDTH / 2
        canvas.setFillColor(white if on_band else ps.WARNING)
        canvas.drawCentredString(centre, ps.PAGE_HEIGHT - 6.2 * mm, self.marking)
        canvas.setFillColor(ps.WARNING)
        canvas.drawCentredString(centre, 5 * mm, self.marking)
        canvas.restoreState()


def _render(story: list[Flowable], heads: RunningHeads, title: str) -> bytes:
    buffer = io.BytesIO()
    doc = MarkedDocTemplate(buffer, heads)
    doc.build(story)
    return finish_pdf(
        buffer.getvalue(), doc.record.sections, title=title, author=heads.partnership_name
    )


def _heads(partnership: str, title: str, today: dt.date) -> RunningHeads:
    return RunningHeads(partnership, title, f"{MARKING} · Prepared {ps.long_date(today)}")


def _title(partnership: str, title: str, subtitle: str) -> list[Flowable]:
    s = ps.styles()
    return [
        NextPageTemplate(LATER),
        ps.para(f"File reading · {partnership}", s.kicker),
        section_heading(title, outline_title=title, style=s.title),
        ps.para(subtitle, s.subtitle),
        ps.para(_NOTE, s.muted),
        Spacer(0, 5 * mm),
    ]


def _record_text(placed: PlacedRecord) -> str:
    row = placed.row
    parts = [row.reference]
    if row.sibling_group:
        parts.append(f"siblings {row.sibling_group}")
    if row.child_protection:
        parts.append("CP: all agencies")
    return " · ".join(parts)


def _hours(session: SessionInfo) -> str:
    return f"{session.opens:%H:%M} to {session.closes:%H:%M}"


# The timetable -------------------------------------------------------------------------------


def render_timetable(view: FileReadingPicture, partnership: str, today: dt.date) -> bytes:
    """The reading timetable: for each day and room, each pair with the records they read."""
    s = ps.styles()
    title = "Case-file reading timetable"
    days = sorted({session.day for session in view.sessions.values()})
    span = f"{ps.long_date(days[0])} to {ps.long_date(days[-1])}" if days else "No reading days"
    placed = sum(1 for record in view.records if record.session is not None)
    subtitle = f"{span} · {placed} of {len(view.records)} records placed"
    story = _title(partnership, title, subtitle)
    by_session: dict[str, dict[int, list[PlacedRecord]]] = defaultdict(lambda: defaultdict(list))
    for record in view.records:
        if record.session is not None and record.pair is not None:
            by_session[record.session.key][record.pair.id].append(record)
    pair_names = {pair.id: pair.name for pair in view.pairs}
    widths = (52 * mm, ps.FRAME_WIDTH - 52 * mm - 20 * mm, 20 * mm)
    for day in days:
        story.append(CondPageBreak(60 * mm))
        story.append(section_heading(ps.long_date_with_day(day), level=0))
        sessions = [session for session in view.sessions.values() if session.day == day]
        for session in sessions:
            pairs = by_session.get(session.key, {})
            heading = section_heading(
                f"{session.room}, {session.base}", level=1, outline_title=session.room
            )
            readers = sum(
                len(view_pair.contact_ids) for view_pair in view.pairs if view_pair.id in pairs
            )
            detail = ps.para(
                f"{_hours(session)} · {readers} of {session.desks} desks in use",
                s.muted,
            )
            if not pairs:
                story.append(KeepTogether([heading, detail, ps.para("No reading here.", s.body)]))
                story.append(Spacer(0, 3 * mm))
                continue
            rows = [
                [
                    pair_names.get(pair_id, ""),
                    "; ".join(_record_text(r) for r in records),
                    str(len(records)),
                ]
                for pair_id, records in sorted(
                    pairs.items(), key=lambda i: pair_names.get(i[0], "")
                )
            ]
            table = ps.data_table(("Readers", "Records", "Count"), rows, widths)
            story.append(KeepTogether([heading, detail, Spacer(0, 2 * mm), table]))
            story.append(Spacer(0, 3 * mm))
    unplaced = [record for record in view.records if record.session is None]
    if unplaced:
        story.append(CondPageBreak(50 * mm))
        story.append(section_heading("Not yet placed", level=0))
        rows = [[r.row.reference, r.reason or "Not allocated yet."] for r in unplaced]
        story.append(ps.data_table(("Record", "Why"), rows, (40 * mm, ps.FRAME_WIDTH - 40 * mm)))
    if not days:
        story.append(ps.para("Add a reading base with its days and rooms first.", s.body))
    return _render(story, _heads(partnership, title, today), title)


# Reader sheets -------------------------------------------------------------------------------


def render_reader_sheets(
    view: FileReadingPicture, partnership: str, today: dt.date, only: Sequence[int] = ()
) -> bytes:
    """A sheet per reader (``only``: these contact ids): their pair, sessions and records,
    the room and base address, access, the on-site contact and the ICT login process."""
    title = "Reader sheets"
    readers = [r for r in view.readers if not only or r.contact_id in only]
    story: list[Flowable] = [NextPageTemplate(LATER)]
    for index, reader in enumerate(readers):
        if index:
            story.append(PageBreak())
        story.extend(_reader_sheet(view, reader, partnership))
    if not readers:
        story.extend(_title(partnership, title, "There are no readers yet."))
    return _render(story, _heads(partnership, title, today), title)


def _reader_sheet(view: FileReadingPicture, reader: FileReader, partnership: str) -> list[Flowable]:
    s = ps.styles()
    pair = next((p for p in view.pairs if reader.contact_id in p.contact_ids), None)
    partners = [name for name in pair.names if name != reader.name] if pair else []
    records = [
        r for r in view.records if pair is not None and r.pair is not None and r.pair.id == pair.id
    ]
    logins = "; ".join(
        f"{system.label}: {reader.details.login(system).label.lower()}" for system in reader.systems
    )
    agency = (reader.agency, reader.details.service, reader.details.team)
    story: list[Flowable] = [
        ps.para(f"Reader sheet · {partnership}", s.kicker),
        section_heading(reader.name, level=0, style=s.title),
        ps.para(_NOTE, s.muted),
        Spacer(0, 3 * mm),
        _details(
            [
                ("Reading as", reader.side.label),
                ("Agency", " · ".join(x for x in agency if x)),
                ("Reading with", ", ".join(partners) or "Not yet paired"),
                ("Logins", logins or "None needed"),
            ]
        ),
    ]
    if reader.gaps:
        story.append(section_heading("Still to do before reading", level=1, outline_title="To do"))
        rows = [
            [gap.what, ps.long_date(gap.needed_by) if gap.needed_by else "As soon as possible"]
            for gap in reader.gaps
        ]
        story.append(
            ps.data_table(("What", "Needed by"), rows, (ps.FRAME_WIDTH - 50 * mm, 50 * mm))
        )
    sessions: dict[str, list[PlacedRecord]] = defaultdict(list)
    for record in records:
        if record.session is not None:
            sessions[record.session.key].append(record)
    if sessions:
        story.append(section_heading("Sessions and records", level=1, outline_title="Sessions"))
        rows = []
        for key, placed in sorted(sessions.items(), key=lambda i: view.sessions[i[0]].day):
            session = view.sessions[key]
            agencies = [
                system.label
                for system in AgencySystem
                if any(system in systems_read(r.row.child_protection) for r in placed)
            ]
            rows.append(
                [
                    f"{session.day:%a} {session.day.day} {session.day:%b %Y}\n{_hours(session)}",
                    session.room,
                    "\n".join(_record_text(r) for r in placed),
                    "All five" if len(agencies) == len(AgencySystem) else ", ".join(agencies),
                ]
            )
        widths = (34 * mm, 34 * mm, ps.FRAME_WIDTH - 92 * mm, 24 * mm)
        story.append(ps.data_table(("Day", "Room", "Records", "Agencies"), rows, widths))
    else:
        story.append(ps.para("No records have been allocated to this reader yet.", s.body))
    bases = {view.sessions[key].base_id for key in sessions} or {b.id for b in view.bases[:1]}
    for base in (b for b in view.bases if b.id in bases):
        draft = base.draft
        story.append(section_heading(f"Base: {draft.venue}", level=1, outline_title="Base"))
        contact = " · ".join(x for x in (draft.contact_name, draft.contact_phone) if x)
        story.append(
            _details(
                [
                    ("Address", ", ".join(draft.address.splitlines()) or "To be confirmed"),
                    ("Access", draft.access or "To be confirmed"),
                    ("Printers", draft.printers or "None noted"),
                    ("On-site contact", contact or "To be confirmed"),
                ],
                small=True,
            )
        )
        story.append(section_heading("ICT: how to log in", level=1, outline_title="ICT"))
        ict = draft.ict_process or "The login process is to be confirmed."
        story.append(ps.para(ict, s.small))
    return story


def _details(rows: list[tuple[str, str]], small: bool = False) -> Table:
    s = ps.styles()
    value_style = s.small if small else s.body
    data: list[list[Any]] = [
        [ps.para(label, s.cover_label), ps.para(value, value_style)] for label, value in rows
    ]
    table = Table(data, colWidths=[34 * mm, ps.FRAME_WIDTH - 34 * mm], hAlign="LEFT")
    table.setStyle(
        ps.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table
