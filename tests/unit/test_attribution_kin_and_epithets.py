"""Shapes found by blind probe suites mix78 and mix79 (environment and farming in five countries;
everyday news with scraped pages): a relative brought in by first name is not "the one person
named just before" a description, places ending in "Flat" or "Springs" and "the First World War"
are no one's name, "the Kilbrannock TD", a tabloid's "Dad-of-two" and Kenya's "Mzee" before a
name; "The judge said the man …" (a role subject never runs on past its verb)."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_description_after_a_person_and_their_relative(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A grandad who scooped £1.2million on a scratchcard will spend it on a caravan.",
        "Derek Fothergill, 71, bought the ticket while popping out for milk for his wife, Janet.",
        "“I had to sit down,” the retired plumber said.",
    )
    assert one(quotes, "I had to sit down,").speaker == "Derek Fothergill"
    quotes = found(
        make_article,
        "A retired postie has found a First World War medal buried in his garden.",
        "Keith Arnott, 68, was digging out a hedge with his wife, Pauline, when his spade struck "
        "the tin box.",
        "“I never looked twice,” the former postman said.",
    )
    assert one(quotes, "I never looked twice,").speaker == "Keith Arnott"


def test_a_husband_named_near_a_place_called_flat(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lydia Walker ran 1400 hives near Tōtara Flat until last year. She now runs 300, and "
        "her husband, Brent, has gone back to driving trucks.",
        "“There are more hives than there are flowers,” the beekeeper said.",
    )
    assert one(quotes, "There are more hives than there are flowers,").speaker == "Lydia Walker"


def test_a_member_of_parliament_by_constituency(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Independent TD Mick Furlong has attacked Housing Minister Aoife Cassidy.",
        "“This is a disgrace,” the Kilbrannock TD said.",
    )
    assert one(quotes, "This is a disgrace,").speaker == "Mick Furlong"


def test_a_tabloid_epithet_and_an_elders_title_are_no_part_of_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dad-of-two Jason Reid said damp had spread through the house. He said the family had "
        "been forced to sleep in the living room.",
        "Mzee Jeremiah Gachoki, 70, has farmed coffee since 1974. “Coffee educated all my "
        "children,” the 70-year-old said.",
    )
    assert report_opening(quotes, "the family had been forced").speaker == "Jason Reid"
    assert one(quotes, "Coffee educated all my children,").speaker == "Jeremiah Gachoki"


def test_a_role_said_the_noun_is_a_report_not_a_longer_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A Ballymount man was spared a custodial sentence by Judge Eileen Moran.",
        "The judge said the man had shown genuine remorse and had paid compensation.",
        "Superintendent Lydia Marsh announced two extra school days on Tuesday.",
        "The superintendent said the board had considered holding classes on Presidents Day.",
    )
    assert report_opening(quotes, "the man had shown genuine remorse").speaker == "Eileen Moran"
    assert report_opening(quotes, "the board had considered").speaker == "Lydia Marsh"


def test_the_doctor_is_the_one_titled_dr_named_last(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr. Harish Negi, a physician at the district hospital in Pauri, said most patients were "
        "farm workers. Board President Kevin Yates also spoke.",
        "“If it is caught early, antibiotics cure it,” the doctor said.",
    )
    assert one(quotes, "If it is caught early, antibiotics cure it,").speaker == "Harish Negi"


def test_a_firm_someone_started_or_that_has_its_forecourts_is_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Drayton Fuels is to install rapid chargers at 140 of its forecourts by next year.",
        "“Drivers want a coffee while they charge,” the company said.",
        "Valeria Montes started Cantera Tiles in her garage in 2015.",
        "“I never wanted to sell,” the founder said.",
    )
    assert one(quotes, "Drivers want a coffee while they charge,").speaker == "Drayton Fuels"
    assert one(quotes, "I never wanted to sell,").speaker == "Valeria Montes"
