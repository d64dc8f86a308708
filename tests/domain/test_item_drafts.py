"""The rules on a checklist item the co-ordinator writes."""

from __future__ import annotations

from inspection_desktop.domain.plan.item_drafts import ItemDraft, draft_problems, tidy_draft
from inspection_desktop.domain.roles import default_roles


def test_a_titled_draft_in_a_real_week_has_no_problems() -> None:
    """The least an item needs: a title and a week."""
    assert draft_problems(ItemDraft("Book the file-reading base", 5), default_roles()) == []


def test_a_blank_title_and_an_impossible_week_are_both_named() -> None:
    """Every problem is listed at once, in the co-ordinator's words."""
    problems = draft_problems(tidy_draft(ItemDraft("   ", 0)), default_roles())
    assert problems == ["Give the item a title.", "The week must be from 1 to 60."]


def test_an_unknown_owner_role_is_refused() -> None:
    """The owner must be a role the app knows."""
    problems = draft_problems(ItemDraft("Item", 2, owner_role="wizard"), default_roles())
    assert problems == ["Unknown owner role 'wizard'."]
