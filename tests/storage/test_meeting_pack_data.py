def test_a_person_invited_in_two_roles_is_listed_once_with_both() -> None:
    """The attendee list has one line per person, whatever roles brought them."""
    from inspection_desktop.domain.meetings.meeting import Attendee
    from inspection_desktop.usecases.meetings.pack_data import merge_attendees

    merged = merge_attendees(
        [
            Attendee("Ailsa Grant", "Glenmorven Council", ("Inspection co-ordinator",)),
            Attendee("Moira Henderson", "Care Inspectorate", ("Inspection lead",)),
            Attendee("Ailsa Grant", "Glenmorven Council", ("Multi-agency co-ordinating team",)),
        ]
    )
    assert [(a.name, a.roles) for a in merged] == [
        ("Ailsa Grant", ("Inspection co-ordinator", "Multi-agency co-ordinating team")),
        ("Moira Henderson", ("Inspection lead",)),
    ]
