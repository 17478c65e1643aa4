"""More shapes from blind suites mix92 and mix93: a member for a seat with the name in
apposition, "As the committee's convener, X, put it:", a lawsuit filed by a named group, a second
speaker with a relative clause ("while Councilman X, who supported it, warned that …") and a
manner before a colon ("was blunt during Tuesday's debate:")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_member_for_a_seat_with_the_name_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Overcrowding at the hospital was raised in the Dáil again this afternoon.",
        '"Eleven hours on a chair, Minister," the Independent TD for Carrowmore West, Bríd '
        "Hanlon, said during Leaders' Questions.",
    )
    assert one(quotes, "Eleven hours on a chair, Minister,").speaker == "Bríd Hanlon"


def test_as_an_owners_role_and_name_put_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The inquiry has heard from a succession of civil servants.",
        "As the committee's convener, Elspeth Gairloch, put it at the close of the session: "
        "“Everybody assumed somebody else had looked at the books.”",
    )
    said = one(quotes, "Everybody assumed somebody else had looked at the books.")
    assert said.speaker == "Elspeth Gairloch"


def test_a_lawsuit_filed_by_a_named_group(make_article: Make) -> None:
    quotes = found(
        make_article,
        "An environmental group has sued a poultry plant in federal court.",
        "A lawsuit filed Tuesday by the Sawyer Creek Watershed Alliance alleges that the plant "
        "had discharged ammonia into the creek on at least 46 days.",
    )
    report = report_opening(quotes, "the plant had discharged ammonia")
    assert report.speaker == "Sawyer Creek Watershed Alliance"


def test_a_second_speaker_with_a_relative_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The council rejected the warehouse on Monday.",
        'Councilwoman Teresa Banuelos said the project was "the wrong building in the wrong '
        'place," while Councilman Doug Pryor, who supported it, warned that the city was '
        '"leaving 300 jobs on the table."',
    )
    assert one(quotes, "leaving 300 jobs on the table.").speaker == "Doug Pryor"
    assert one(quotes, "the wrong building in the wrong place,").speaker == "Teresa Banuelos"


def test_a_manner_during_a_debate_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Councillors approved a pilot allowing backyard hens.",
        "Coun. Priya Raghunathan, who brought the motion forward, was blunt during Tuesday's "
        "debate: “People here have kept chickens for 150 years.”",
    )
    said = one(quotes, "People here have kept chickens for 150 years.")
    assert said.speaker == "Priya Raghunathan"
