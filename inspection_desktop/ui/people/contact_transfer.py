"""Moving contacts in and out of the register from the window: CSV import, CSV and vCard export."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from inspection_desktop.domain.roles import RoleCatalogue
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.people.contact_rows import ContactRow, ImportResult
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.people.contact_import_dialog import ask_contact_import
from inspection_desktop.usecases.people import register
from inspection_desktop.usecases.services import Services

CSV_FILTER = "CSV files (*.csv)"
VCARD_FILTER = "vCard files (*.vcf)"


def import_contacts(parent: QWidget, services: Services, inspection_id: int) -> ImportResult | None:
    """Ask for a file, preview it, store the confirmed rows (all or none) and say what happened."""
    contacts = services.contacts
    holders = contacts.single_role_holders(inspection_id)
    preview = ask_contact_import(parent, contacts.roles, holders)
    if preview is None:
        return None
    try:
        result, _change = register.import_contacts(services, inspection_id, preview)
    except UserFacingError as error:
        dialogs.show_error(parent, "Contacts not imported", f"Nothing was imported. {error}")
        return None
    dialogs.show_info(parent, "Contacts imported", f"{result.summary}.")
    return result


def export_contacts(
    parent: QWidget,
    everyone: Sequence[ContactRow],
    selected: Sequence[ContactRow],
    roles: RoleCatalogue,
    as_vcards: bool,
) -> Path | None:
    """Export all contacts, or the selected ones if the user says so; the file written, if any."""
    from inspection_desktop.documents.people.contacts_csv import write_contacts_csv
    from inspection_desktop.documents.people.vcard import write_vcards

    what = "vCards" if as_vcards else "contacts as CSV"
    rows = _which_contacts(parent, what, everyone, selected)
    if rows is None:
        return None
    suggested = Path.home() / ("contacts.vcf" if as_vcards else "contacts.csv")
    file_filter = VCARD_FILTER if as_vcards else CSV_FILTER
    path = dialogs.ask_save_file(parent, f"Export {what}", suggested, file_filter)
    if path is None:
        return None
    write = write_vcards if as_vcards else write_contacts_csv
    try:
        write([row.draft() for row in rows], path, roles)
    except UserFacingError as error:
        dialogs.show_error(parent, "Contacts not exported", str(error))
        return None
    noun = "contact" if len(rows) == 1 else "contacts"
    dialogs.show_info(parent, "Contacts exported", f"{len(rows)} {noun} written to {path}.")
    return path


def _which_contacts(
    parent: QWidget, what: str, everyone: Sequence[ContactRow], selected: Sequence[ContactRow]
) -> Sequence[ContactRow] | None:
    if not selected or len(selected) == len(everyone):
        return everyone
    choices = [f"All {len(everyone)} contacts", f"The {len(selected)} selected"]
    chosen = dialogs.ask_choice(parent, f"Export {what}", "Export:", choices)
    if chosen is None:
        return None
    return everyone if chosen == 0 else selected
