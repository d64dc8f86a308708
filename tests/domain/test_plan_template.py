"""Tests for the plan template loader and for the bundled Phase One template against the guide."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from inspection_desktop.domain.plan.template import (
    ItemKind,
    PlanTemplate,
    PlanTemplateError,
    TemplateItem,
    available_templates,
    default_template,
    load_plan_template,
)
from inspection_desktop.domain.roles import Side, default_roles
from inspection_desktop.errors import UserFacingError

# The guide text lives beside the project, not in it; tests that read it skip where it is absent.
# The source guide lives in shared/ beside the checkout (also in CI); skip where it is absent.
GUIDE = Path(__file__).resolve().parents[3] / "shared" / "guide" / "phase-one-week-by-week.txt"
needs_guide = pytest.mark.skipif(not GUIDE.is_file(), reason="the guide text is not here")
SERVICE_NAME = "children and young people in need of care and protection"

WEEKS_WITH_ACTIVITY = (1, 2, 3, 4, 6, 7, 8, 9, 10, 11)

# Facts read from the guide, line by line: (item key, week, kind, lead, owner role).
GUIDE_FACTS = [
    ("w1-notification-letter", 1, ItemKind.MILESTONE, Side.CARE_INSPECTORATE, "cpp_chair"),
    ("w1-name-inspection-coordinator", 1, ItemKind.TASK, Side.PARTNERSHIP, "cpp_chair"),
    (
        "w1-name-participation-coordinator",
        1,
        ItemKind.TASK,
        Side.PARTNERSHIP,
        "inspection_coordinator",
    ),
    ("w2-start-inspection-material", 2, ItemKind.TASK, Side.PARTNERSHIP, "inspection_coordinator"),
    (
        "w2-start-participation-preparation",
        2,
        ItemKind.TASK,
        Side.PARTNERSHIP,
        "participation_coordinator",
    ),
    (
        "w2-strategic-support-officer-contact",
        2,
        ItemKind.CI_WORK,
        Side.CARE_INSPECTORATE,
        "inspection_coordinator",
    ),
    (
        "w2-participation-engagement-meeting",
        2,
        ItemKind.MEETING,
        Side.CARE_INSPECTORATE,
        "participation_coordinator",
    ),
    ("w3-documents-sent", 3, ItemKind.CI_WORK, Side.CARE_INSPECTORATE, "inspection_coordinator"),
    (
        "w3-staff-survey-preparation",
        3,
        ItemKind.MILESTONE,
        Side.CARE_INSPECTORATE,
        "inspection_coordinator",
    ),
    (
        "w4-coordinators-meeting",
        4,
        ItemKind.MEETING,
        Side.CARE_INSPECTORATE,
        "inspection_coordinator",
    ),
    (
        "w4-self-evaluation-session",
        4,
        ItemKind.MEETING,
        Side.CARE_INSPECTORATE,
        "inspection_coordinator",
    ),
    (
        "w4-participation-meeting",
        4,
        ItemKind.MEETING,
        Side.CARE_INSPECTORATE,
        "participation_coordinator",
    ),
    (
        "w4-staff-survey-issued",
        4,
        ItemKind.CI_WORK,
        Side.CARE_INSPECTORATE,
        "inspection_coordinator",
    ),
    ("w6-agree-survey-method", 6, ItemKind.TASK, Side.PARTNERSHIP, "participation_coordinator"),
    ("w6-surveys-open", 6, ItemKind.CI_WORK, Side.CARE_INSPECTORATE, "participation_coordinator"),
    ("w7-return-pir", 7, ItemKind.DEADLINE, Side.PARTNERSHIP, "inspection_coordinator"),
    ("w8-return-self-evaluation", 8, ItemKind.DEADLINE, Side.PARTNERSHIP, "inspection_coordinator"),
    ("w8-partner-information", 8, ItemKind.CI_WORK, Side.CARE_INSPECTORATE, "inspection_lead"),
    (
        "w8-staff-survey-closes",
        8,
        ItemKind.DEADLINE,
        Side.CARE_INSPECTORATE,
        "inspection_coordinator",
    ),
    ("w9-case-file-sample", 9, ItemKind.CI_WORK, Side.CARE_INSPECTORATE, "inspection_coordinator"),
    ("w9-identify-sibling-groups", 9, ItemKind.TASK, Side.PARTNERSHIP, "inspection_coordinator"),
    ("w10-offsite-analysis", 10, ItemKind.CI_WORK, Side.CARE_INSPECTORATE, "inspection_lead"),
    (
        "w10-volunteer-preparation",
        10,
        ItemKind.CI_WORK,
        Side.CARE_INSPECTORATE,
        "participation_lead",
    ),
    ("w11-initial-meeting", 11, ItemKind.MEETING, Side.CARE_INSPECTORATE, "inspection_coordinator"),
    (
        "w11-file-reader-training",
        11,
        ItemKind.MEETING,
        Side.CARE_INSPECTORATE,
        "inspection_coordinator",
    ),
    ("w11-volunteers-briefing", 11, ItemKind.CI_WORK, Side.CARE_INSPECTORATE, "participation_lead"),
    (
        "w11-agree-fieldwork-timetable",
        11,
        ItemKind.TASK,
        Side.CARE_INSPECTORATE,
        "inspection_coordinator",
    ),
]

WEEK_FOUR_AGENDA = [
    "The methodology and focus of each phase",
    "Key dates and deadlines",
    "The pre-inspection return",
    "Dates for inspection planning meetings",
    "Self-evaluation and supporting evidence",
    "Range of possible activities for on-site weeks",
    "The level of feedback that the Care Inspectorate will provide at partnership meetings "
    "during each phase",
    "ICT access and login process for case file reading",
    "File reading base/logistics",
    "Local file readers training",
]

IMPLIED_TASKS = ["w4-distribute-leaflets", "w4-social-media-contacts", "w4-name-local-file-readers"]


def item(key: str) -> TemplateItem:
    """The bundled template's item with this key."""
    return {each.key: each for each in default_template().items}[key]


def write_template(tmp_path: Path, items: str, weeks: int = 4) -> Path:
    """Write a small template file with the given [[item]] tables and return its path."""
    path = tmp_path / "test-plan.toml"
    path.write_text(
        f'[template]\nkey = "test"\nphase = 1\nname = "Test"\nsource = "Invented"\n'
        f"weeks = {weeks}\n\n{items}",
        encoding="utf-8",
    )
    return path


def task(key: str = "w1-task", week: int = 1, extra: str = "") -> str:
    """One minimal task item as TOML text."""
    return (
        f'[[item]]\nkey = "{key}"\nweek = {week}\ntitle = "Do a thing"\nkind = "task"\n'
        f'lead = "partnership"\nowner_role = "inspection_coordinator"\n{extra}\n'
    )


# --- the bundled template ---------------------------------------------------------------------


def test_bundled_template_loads() -> None:
    """The Phase One template reads without error and spans weeks 1 to 11."""
    template = default_template()
    assert (template.key, template.phase, template.weeks) == ("phase-one", 1, 11)
    assert template.name == "Phase One: preparation"
    assert len(template.items) >= 25


def test_bundled_template_is_listed() -> None:
    """The Phase One file is among the available templates."""
    assert "phase-one.toml" in [path.name for path in available_templates()]


@pytest.mark.parametrize("week", WEEKS_WITH_ACTIVITY)
def test_every_week_with_guide_activity_has_items(week: int) -> None:
    """Each week the guide describes has at least one item."""
    assert any(each.week == week for each in default_template().items)


def test_week_five_is_empty_as_in_the_guide() -> None:
    """The guide describes nothing in week 5, so the template invents nothing there."""
    assert not [each for each in default_template().items if each.week == 5]


@pytest.mark.parametrize(("key", "week", "kind", "lead", "owner"), GUIDE_FACTS)
def test_guide_fact_holds(key: str, week: int, kind: ItemKind, lead: Side, owner: str) -> None:
    """Each guide activity is an item in its week, of its kind, led and owned as the guide says."""
    found = item(key)
    assert (found.week, found.kind, found.lead, found.owner_role) == (week, kind, lead, owner)


def test_coordinators_meeting_has_the_guides_ten_agenda_items_in_order() -> None:
    """The week-4 co-ordinators' meeting agenda is exactly the guide's list, in order."""
    assert list(item("w4-coordinators-meeting").agenda) == WEEK_FOUR_AGENDA


@needs_guide
def test_week_four_agenda_items_appear_in_the_guide() -> None:
    """Every week-4 agenda item is the guide's own bullet text."""
    guide = GUIDE.read_text(encoding="utf-8").casefold()
    for entry in WEEK_FOUR_AGENDA:
        assert f"• {entry.casefold()}" in guide


def test_coordinators_meeting_attendees() -> None:
    """The week-4 meeting brings the inspection lead and depute to the co-ordinating team."""
    assert set(item("w4-coordinators-meeting").attendees) == {
        "inspection_lead",
        "depute_inspection_lead",
        "inspection_coordinator",
        "multi_agency_team",
    }


def test_staff_survey_open_four_weeks_from_week_four() -> None:
    """The staff survey is issued in week 4, open four weeks, and closes in week 8."""
    issued = item("w4-staff-survey-issued")
    assert (issued.week, issued.duration_weeks, issued.end_week) == (4, 4, 8)
    closes = item("w8-staff-survey-closes")
    assert (closes.week, closes.kind) == (8, ItemKind.DEADLINE)


def test_pir_deadline_explains_the_data_rule() -> None:
    """The week-7 PIR deadline gives the adequate, relevant, limited rule and bars identifiers."""
    pir = item("w7-return-pir")
    assert (pir.week, pir.kind) == (7, ItemKind.DEADLINE)
    text = pir.description.casefold()
    for word in ("adequate", "relevant", "limited", "no personal identifiers"):
        assert word in text


def test_notification_letter_names_all_five_recipients() -> None:
    """The week-1 letter item names every recipient the guide lists."""
    text = item("w1-notification-letter").description
    for recipient in (
        "Chair of the Community Planning Partnership",
        "Chief Executive of the local authority",
        "Chief Executive of the NHS board",
        "Chief Constable of Police Scotland",
        "Principal Reporter / Chief Executive of SCRA",
    ):
        assert recipient in text


def test_participation_meeting_attendees_match_week_two() -> None:
    """The participation and engagement meeting lists the people the guide expects there."""
    assert set(item("w2-participation-engagement-meeting").attendees) == {
        "participation_lead",
        "young_inspection_volunteer",
        "participation_coordinator",
        "representative_young_person",
        "inspection_coordinator",
    }


def test_participation_lead_meeting_has_the_three_topics() -> None:
    """The week-4 participation meeting covers involvement, leaflets and social media contacts."""
    agenda = item("w4-participation-meeting").agenda
    assert len(agenda) == 3
    assert ["involvement" in agenda[0], "leaflets" in agenda[1], "social media" in agenda[2]] == [
        True,
        True,
        True,
    ]


def test_initial_meeting_attendees_and_agenda() -> None:
    """The week-11 initial meeting has the chief officers and discusses the self-evaluation."""
    meeting = item("w11-initial-meeting")
    assert set(meeting.attendees) == {
        "inspection_lead",
        "depute_inspection_lead",
        "chief_officer",
        "partnership_representative",
        "senior_officer_child_protection",
        "senior_officer_corporate_parenting",
    }
    assert meeting.agenda == ("The partnership's joint self-evaluation",)


def test_file_reader_training_in_week_eleven_without_invented_agenda() -> None:
    """Local file reader training is in week 11, for the readers, with no invented agenda."""
    training = item("w11-file-reader-training")
    assert training.week == 11
    assert "local_file_reader" in training.attendees
    assert training.agenda == ()


def test_sibling_groups_in_week_nine() -> None:
    """The partnership identifies sibling groups after the sample is confirmed, both in week 9."""
    assert item("w9-case-file-sample").week == item("w9-identify-sibling-groups").week == 9


def test_documents_item_warns_the_list_is_missing() -> None:
    """The week-3 documents item says the guide does not list the documents."""
    assert "list of documents is empty" in item("w3-documents-sent").notes


@pytest.mark.parametrize("key", IMPLIED_TASKS)
def test_implied_tasks_say_so(key: str) -> None:
    """Partnership tasks the guide only implies are marked as implied in their notes."""
    assert item(key).notes.startswith("Implied by the guide")


def test_only_marked_tasks_are_implied() -> None:
    """Every item not read straight from the guide is in the implied list, and vice versa."""
    implied = {each.key for each in default_template().items if "implied by" in each.notes.lower()}
    assert implied == set(IMPLIED_TASKS)


def test_every_item_is_accounted_for() -> None:
    """Each item is either a guide fact checked above or a marked implied task."""
    checked = {fact[0] for fact in GUIDE_FACTS} | set(IMPLIED_TASKS)
    assert {each.key for each in default_template().items} == checked


def test_keys_are_prefixed_with_their_week() -> None:
    """Item keys start with the week they sit in, so they read sensibly in exports."""
    for each in default_template().items:
        assert each.key.startswith(f"w{each.week}-"), each.key


def test_titles_are_short_and_descriptions_brief() -> None:
    """Titles fit in 60 characters and descriptions are one to three sentences."""
    for each in default_template().items:
        assert len(each.title) <= 60, each.key
        sentences = re.split(r"(?<=[.!?])\s+", each.description.strip())
        assert 1 <= len(sentences) <= 3, each.key


@needs_guide
def test_descriptions_do_not_copy_the_guide() -> None:
    """No description repeats ten words running from the guide (the service's name aside)."""

    def words(text: str) -> list[str]:
        text = text.casefold().replace("’", "'").replace(SERVICE_NAME, "")
        return re.findall(r"[a-z0-9']+", text)

    guide = words(GUIDE.read_text(encoding="utf-8"))
    runs = {tuple(guide[i : i + 10]) for i in range(len(guide) - 9)}
    for each in default_template().items:
        mine = words(each.description)
        copied = [" ".join(mine[i : i + 10]) for i in range(len(mine) - 9)]
        assert not [run for run in copied if tuple(run.split()) in runs], each.key


def test_roles_needed_by_week() -> None:
    """The co-ordinator is needed from week 1 and local file readers from week 11."""
    needed = default_template().roles_needed_by_week()
    assert needed["inspection_coordinator"] == 1
    assert needed["local_file_reader"] == 11
    assert needed["participation_coordinator"] == 2


def test_every_role_used_is_in_the_catalogue() -> None:
    """Owners and attendees are all role keys from the role catalogue."""
    roles = default_roles()
    assert all(key in roles for key in default_template().roles_needed_by_week())


def test_kind_labels() -> None:
    """Each kind has a label in the co-ordinator's words."""
    assert [kind.label for kind in ItemKind] == [
        "Task",
        "Meeting",
        "Deadline",
        "Milestone",
        "Care Inspectorate work",
    ]


def test_end_week_without_duration_is_the_start_week() -> None:
    """An item with no duration ends in the week it starts."""
    assert item("w7-return-pir").end_week == 7


# --- validation -------------------------------------------------------------------------------


def test_small_valid_template_loads(tmp_path: Path) -> None:
    """A minimal hand-written template loads, with items ordered by week."""
    template = load_plan_template(
        write_template(tmp_path, task("w2-later", 2) + task("w1-first", 1))
    )
    assert isinstance(template, PlanTemplate)
    assert [each.key for each in template.items] == ["w1-first", "w2-later"]


def test_error_is_user_facing(tmp_path: Path) -> None:
    """Template errors are the kind the user is shown, not a traceback."""
    with pytest.raises(UserFacingError):
        load_plan_template(write_template(tmp_path, task(week=9)))


def test_unknown_owner_role_is_rejected(tmp_path: Path) -> None:
    """An owner role missing from the catalogue names the file, the item and the role."""
    path = write_template(tmp_path, task().replace("inspection_coordinator", "head_of_biscuits"))
    with pytest.raises(PlanTemplateError, match=r"test-plan\.toml.*'w1-task'.*'head_of_biscuits'"):
        load_plan_template(path)


def test_unknown_attendee_is_rejected(tmp_path: Path) -> None:
    """A meeting attendee missing from the catalogue is named in the error."""
    meeting = task(extra='attendees = ["inspection_lead", "tea_maker"]').replace("task", "meeting")
    with pytest.raises(PlanTemplateError, match="attendee 'tea_maker' is not a known role"):
        load_plan_template(write_template(tmp_path, meeting))


def test_duplicate_key_is_rejected(tmp_path: Path) -> None:
    """Two items with one key are an error naming the key."""
    path = write_template(tmp_path, task("w1-same") + task("w1-same", 2))
    with pytest.raises(PlanTemplateError, match="'w1-same': the key is used by more than one"):
        load_plan_template(path)


def test_week_out_of_range_is_rejected(tmp_path: Path) -> None:
    """A week beyond the template's span is an error naming the week and the span."""
    with pytest.raises(PlanTemplateError, match="week 9 is outside the template's 4 weeks"):
        load_plan_template(write_template(tmp_path, task(week=9)))


def test_week_zero_is_rejected(tmp_path: Path) -> None:
    """Weeks count from 1."""
    with pytest.raises(PlanTemplateError, match="'week' must be a whole number of at least 1"):
        load_plan_template(write_template(tmp_path, task(week=0)))


def test_duration_past_the_end_is_rejected(tmp_path: Path) -> None:
    """An item that would run past the last week is an error."""
    path = write_template(tmp_path, task(week=3, extra="duration_weeks = 2"))
    with pytest.raises(PlanTemplateError, match="runs to week 5, beyond the template's 4 weeks"):
        load_plan_template(path)


def test_malformed_toml_gives_the_line(tmp_path: Path) -> None:
    """Broken TOML is reported with the file and the line it breaks on."""
    path = write_template(tmp_path, task() + 'title = "unfinished\n')
    with pytest.raises(PlanTemplateError, match=r"test-plan\.toml is not valid TOML.*line \d+"):
        load_plan_template(path)


def test_missing_file_is_reported(tmp_path: Path) -> None:
    """A template file that is not there gives a plain message."""
    with pytest.raises(PlanTemplateError, match="could not be read"):
        load_plan_template(tmp_path / "nowhere.toml")


def test_unknown_kind_lists_the_choices(tmp_path: Path) -> None:
    """A kind that is not one of the five names the allowed kinds."""
    path = write_template(tmp_path, task().replace('"task"', '"chore"'))
    with pytest.raises(PlanTemplateError, match="'kind' is 'chore'; use one of task, meeting"):
        load_plan_template(path)


def test_agenda_only_on_meetings(tmp_path: Path) -> None:
    """A task with an agenda is an error."""
    path = write_template(tmp_path, task(extra='agenda = ["Biscuits"]'))
    with pytest.raises(PlanTemplateError, match="only meetings can have attendees or an agenda"):
        load_plan_template(path)


def test_empty_title_is_rejected(tmp_path: Path) -> None:
    """Every item needs a title."""
    path = write_template(tmp_path, task().replace('"Do a thing"', '"  "'))
    with pytest.raises(PlanTemplateError, match="'title' is missing or empty"):
        load_plan_template(path)


def test_misspelt_field_is_rejected(tmp_path: Path) -> None:
    """A field the schema does not know (a typo) is reported rather than ignored."""
    meeting = task(extra='atendees = ["inspection_lead"]').replace('"task"', '"meeting"')
    with pytest.raises(PlanTemplateError, match=r"unknown field.*atendees"):
        load_plan_template(write_template(tmp_path, meeting))


def test_the_registry_finds_each_bundled_template_by_its_key() -> None:
    """Every template file is in the registry under its key; the default is Phase One."""
    from inspection_desktop.domain.plan.template import bundled_templates

    registry = bundled_templates()
    assert registry.default.key == default_template().key
    assert registry.get(default_template().key) is registry.default


def test_an_unknown_template_key_says_what_to_do() -> None:
    """A key this release lacks is refused with a plain message, not a KeyError."""
    from inspection_desktop.domain.plan.template import PlanTemplateError, bundled_templates

    with pytest.raises(PlanTemplateError, match="does not have"):
        bundled_templates().get("phase-two-2031")


def test_an_inspection_uses_the_template_it_was_made_with(tmp_path: Path) -> None:
    """A second template file is chosen per inspection by its stored key, without code."""
    from inspection_desktop.composition import open_services
    from inspection_desktop.domain.plan.template import TemplateRegistry
    from inspection_desktop.storage.plan.inspection_service import InspectionService

    source = default_template()
    short = load_plan_template(write_template(tmp_path, task("w1-a", 1) + task("w2-b", 2)))
    services = open_services(tmp_path / "db.sqlite3")
    inspections = InspectionService(
        services.database, TemplateRegistry([source, short], source.key)
    )
    made = inspections.create_inspection("Test CPP", dt.date(2026, 10, 5), template_key=short.key)
    assert made.template_key == short.key and made.weeks == short.weeks
    assert len(inspections.plan_rows(made.id)) == len(short.items)
    assert inspections.template_of(made.id) is short
    services.close()
