"""The letters store: letterhead per inspection, own templates with versions, the record."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import event

from inspection_desktop.domain.letters.merge import Letterhead
from inspection_desktop.domain.letters.templates import SentLetter, shipped_templates
from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.services import Services


@pytest.fixture
def inspection_id(services: Services) -> int:
    """A fresh inspection."""
    return services.inspections.create_inspection("Glenmorven", dt.date(2026, 10, 26)).id


def test_the_letterhead_is_kept_per_inspection(services: Services, inspection_id: int) -> None:
    """What is saved reads back; saving returns what it replaced."""
    head = Letterhead(
        Path("/tmp/logo.png"), "Council Offices\nGM1 2AB", "Ailsa  Grant", "Co-ordinator"
    )
    assert services.letters.save_letterhead(inspection_id, head) == Letterhead()
    saved = services.letters.letterhead(inspection_id)
    assert saved.signatory_name == "Ailsa Grant"
    assert saved.logo_path == Path("/tmp/logo.png") and saved.address == "Council Offices\nGM1 2AB"


def test_an_edit_of_an_own_template_is_its_next_version(
    services: Services, inspection_id: int
) -> None:
    """A copy starts at version 1; saving an edit makes it version 2; the shipped one stays."""
    shipped = shipped_templates()[0]
    copy = services.letters.add_template(inspection_id, shipped.copy_named("own-x", "Mine"))
    assert copy.version == 1 and copy.own_id is not None and copy.based_on == shipped.key
    services.letters.update_template(copy.own_id, copy)
    (again,) = services.letters.own_templates(inspection_id)
    assert again.version == 2
    assert shipped_templates()[0].version == shipped.version


def test_two_own_templates_cannot_share_a_key(services: Services, inspection_id: int) -> None:
    """A second template under a taken key is refused in plain words."""
    template = shipped_templates()[0].copy_named("own-x", "Mine")
    services.letters.add_template(inspection_id, template)
    with pytest.raises(UserFacingError, match="already a template"):
        services.letters.add_template(inspection_id, template)


def test_a_run_is_recorded_in_one_statement(services: Services, inspection_id: int) -> None:
    """Fifty letters go into the record with one INSERT, and read back newest first."""
    statements: list[str] = []
    engine = services.database.engine

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    when = dt.datetime(2026, 11, 28, 10, 0, tzinfo=dt.UTC)
    letters = [
        SentLetter("training", "Training", 1, f"Reader {n}", when, "pdf", run_id="r1")
        for n in range(50)
    ]
    event.listen(engine, "before_cursor_execute", count)
    try:
        services.letters.record_sent(inspection_id, letters)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len([s for s in statements if s.lstrip().upper().startswith("INSERT")]) == 1
    assert len(services.letters.sent(inspection_id)) == 50
