"""Bodies known by their initials ("a spokesman for the HSE", "the NTA said", "said the IMF"),
offices known by theirs ("the SP said" is the superintendent named before), a description after
"according to X" before a quote, and "Minister of State for Railways X said:"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_spokesperson_for_a_body_by_its_initials(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The National Transport Authority (NTA) has published its draft timetable.",
        "“We are reviewing every route,” a spokesman for the NTA said.",
        "A spokeswoman for the HSE said the clinic would reopen in March.",
    )
    assert one(quotes, "We are reviewing every route,").speaker == "National Transport Authority"
    assert report_opening(quotes, "the clinic would reopen").speaker == "HSE"


def test_a_body_by_its_initials_in_either_order(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Markets fell sharply on Tuesday.",
        "“The outlook has darkened,” said the IMF.",
        "“We are watching closely,” NASA said.",
    )
    assert one(quotes, "The outlook has darkened,").speaker == "IMF"
    assert one(quotes, "We are watching closely,").speaker == "NASA"


def test_an_office_by_its_initials_is_the_person_who_holds_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Superintendent of Police Rohini Kulkarni said the men sold the goats at weekly markets.",
        "“Farmers here depend on their livestock,” the SP said.",
    )
    assert one(quotes, "Farmers here depend on their livestock,").speaker == "Rohini Kulkarni"


def test_a_description_after_according_to_is_no_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The clinic closed without warning in June.",
        "According to Peter Hale, a nurse at the clinic, “We were never told about the closure.”",
        "According to the Harwick Academy sales manual, its recruiters were told, “You sell "
        "feelings.”",
    )
    assert one(quotes, "We were never told about the closure.").speaker == "Peter Hale"
    assert not [q for q in quotes if q.text.startswith("a nurse")]
    assert report_opening(quotes, "its recruiters were told").speaker is not None


def test_a_minister_of_state_before_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The line was delayed by two years.",
        "Minister of State for Railways Arjun Mehta said: “The line will open next year.”",
        "Minister of State for Public Health Colm Fitzsimons said: “The clinics will stay open.”",
    )
    assert one(quotes, "The line will open next year.").speaker == "Arjun Mehta"
    assert one(quotes, "The clinics will stay open.").speaker == "Colm Fitzsimons"
