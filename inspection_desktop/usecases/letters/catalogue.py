"""The templates a co-ordinator can choose from, and their own copies and edits of them."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from inspection_desktop.domain.letters.fields import used_fields
from inspection_desktop.domain.letters.templates import LetterTemplate, shipped_templates
from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.letters import LETTERS

if TYPE_CHECKING:
    from inspection_desktop.usecases.services import Services


def templates(services: Services, inspection_id: int) -> list[LetterTemplate]:
    """The shipped templates, then the co-ordinator's own."""
    return [*shipped_templates(), *services.letters.own_templates(inspection_id)]


def find_template(services: Services, inspection_id: int, key: str) -> LetterTemplate:
    """A template by its key (own templates first, so a copy can stand in for its original)."""
    own = {t.key: t for t in services.letters.own_templates(inspection_id)}
    shipped = {t.key: t for t in shipped_templates()}
    found = own.get(key) or shipped.get(key)
    if found is None:
        known = ", ".join(sorted({*own, *shipped}))
        raise UserFacingError(f'There is no letter template "{key}". The templates are: {known}.')
    return found


def _key_for(title: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:40] or "letter"
    key, number = f"own-{base}", 2
    while key in taken:
        key, number = f"own-{base}-{number}", number + 1
    return key


def copy_template(
    services: Services, inspection_id: int, template: LetterTemplate, title: str = ""
) -> tuple[LetterTemplate, Change]:
    """Copy a template as the co-ordinator's own, to edit; the original stays untouched."""
    taken = {t.key for t in templates(services, inspection_id)}
    name = " ".join(title.split()) or f"{template.title} (own copy)"
    copy = services.letters.add_template(
        inspection_id, template.copy_named(_key_for(name, taken), name)
    )
    return copy, _removal(services, inspection_id, copy, f"copy the letter “{template.title}”")


def _removal(
    services: Services, inspection_id: int, template: LetterTemplate, description: str
) -> Change:
    assert template.own_id is not None
    own_id = template.own_id

    def undo() -> Change:
        removed = services.letters.delete_template(own_id)
        return _restoration(services, inspection_id, removed, description)

    return Change(description, frozenset({LETTERS}), undo=undo)


def _restoration(
    services: Services, inspection_id: int, template: LetterTemplate, description: str
) -> Change:
    def redo() -> Change:
        again = services.letters.add_template(inspection_id, replace(template, own_id=None))
        return _removal(services, inspection_id, again, description)

    return Change(description, frozenset({LETTERS}), undo=redo)


def check_template_text(template: LetterTemplate) -> None:
    """Raise a plain message if the subject, body or sign-off has a mistake in its fields."""
    used_fields(template.subject, template.body, template.sign_off)
    if not template.title.strip():
        raise UserFacingError("Give the template a title.")
    if not template.body.strip():
        raise UserFacingError("The letter has no body text.")


def save_template(services: Services, template: LetterTemplate) -> Change:
    """Save an edit of an own template as its next version (undoable)."""
    if template.own_id is None:
        raise UserFacingError(
            "The templates that come with the app are not edited in place: copy it first."
        )
    check_template_text(template)
    own_id = template.own_id
    before = services.letters.update_template(own_id, template)
    return _put_back(services, own_id, before, f"edit the letter “{template.title}”")


def _put_back(services: Services, own_id: int, state: LetterTemplate, description: str) -> Change:
    def undo() -> Change:
        replaced = services.letters.restore_template(own_id, state)
        return _put_back(services, own_id, replaced, description)

    return Change(description, frozenset({LETTERS}), undo=undo)


def delete_template(services: Services, inspection_id: int, template: LetterTemplate) -> Change:
    """Remove an own template (undoable); shipped ones cannot be removed."""
    if template.own_id is None:
        raise UserFacingError("The templates that come with the app cannot be removed.")
    removed = services.letters.delete_template(template.own_id)
    return _restoration(services, inspection_id, removed, f"remove the letter “{template.title}”")
