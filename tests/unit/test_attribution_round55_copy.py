"""Session fifty-four, second round: told whom and two clauses, resolutions, East African and
Philippine offices and ranks, and a role that is no colon lead's verb."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_told_whom_then_two_clauses_is_one_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sir Rowan Pike, chief executive of Northline Rail, told MPs the programme was two years "
        "behind schedule and that the cost of the tunnels had risen by a third.",
    )
    report = one(
        quotes,
        "the programme was two years behind schedule and that the cost of the tunnels had risen "
        "by a third.",
    )
    assert report.speaker == "Rowan Pike"


def test_a_council_s_resolution_is_its_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Malekula Council of Chiefs has resolved that no land may be leased to foreign "
        "investors for more than 30 years.",
    )
    assert one(
        quotes, "no land may be leased to foreign investors for more than 30 years."
    ).speaker == ("Malekula Council of Chiefs")


def test_a_commissioner_for_a_field_in_lower_case(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Kenya Ports Authority (KPA) has said it will auction unclaimed cargo.",
        "“Owners have been notified twice,” KPA assistant commissioner for customs Peter Otieno "
        "Wafula said.",
    )
    assert one(quotes, "Owners have been notified twice,").speaker == "Peter Otieno Wafula"


def test_philippine_police_ranks(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Strikers may protest, but they cannot block the roads,” according to Metro Police "
        "Office chief PBGen. Ramon Dizon.",
        "“We followed every protocol,” said PCol. Liza Manalo.",
    )
    assert one(quotes, "Strikers may protest, but they cannot block the roads,").speaker == (
        "Ramon Dizon"
    )
    assert one(quotes, "We followed every protocol,").speaker == "Liza Manalo"


def test_a_role_before_the_name_is_no_verb_of_a_colon_lead(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Speaking to investors on Wednesday, Halloway Games chief executive Tomasz Brandt laid "
        "out the plan: “We will release fewer games.”",
    )
    assert one(quotes, "We will release fewer games.").speaker == "Tomasz Brandt"


def test_a_named_head_of_a_body_then_a_colon_lead(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr. Imelda Bautista, chief of the Samar Provincial Medical Center, had a simple message "
        "for parents on Monday: “Bring your children in for their shots now.”",
    )
    assert one(quotes, "Bring your children in for their shots now.").speaker == "Imelda Bautista"


def test_a_village_s_name_is_no_woman(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Barangay chairperson Lorna Dimaculangan said residents of Barangay Malinta had lived with "
        "the stench for a decade.",
        "“Nobody listens until someone dies,” she said.",
    )
    assert one(quotes, "Nobody listens until someone dies,").speaker == "Lorna Dimaculangan"
