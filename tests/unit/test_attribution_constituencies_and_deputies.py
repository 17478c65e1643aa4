"""English constituencies, US county offices, and Malay and Filipino names (blind suites
mix110-mix112): a seat or body whose name holds "and" before an appositive name ("The MP for
Swaledale and Wensley North, X, said:"), "He" after a sentence whose subject is a role and a
name, "Undersheriff X", "Road and Bridge Supervisor X", "Deputies said" for the sheriff's office,
"Sta. Filomena …", "the younger Teoh" of a surname written first, "… Ahmad Zahari bin Hussin"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_name_holding_and_before_the_appositive(make_article: Make) -> None:
    quotes = found(
        make_article,
        'The MP for Swaledale and Wensley North, Anthony Peverell, said in a statement: "Rural '
        'post offices are not a luxury."',
        "The mayor of the Humber and East Yorkshire Combined Authority, Joanne Pettifer, said: "
        '"I have written to the Secretary of State."',
    )
    assert one(quotes, "Rural post offices are not a luxury.").speaker == "Anthony Peverell"
    assert one(quotes, "I have written to the Secretary of State.").speaker == "Joanne Pettifer"


def test_he_is_the_subject_named_after_a_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Cleckbridge Town's director of football, Eamon Kilbride, defended the timing of Roy "
        "Attwood's dismissal on Tuesday. He told reporters that the board had been unanimous.",
    )
    assert report_opening(quotes, "the board had been unanimous").speaker == "Eamon Kilbride"


def test_county_offices(make_article: Make) -> None:
    quotes = found(
        make_article,
        'Undersheriff Marla Kinnear called it "a textbook case of why you tell somebody where '
        "you're going\" on Monday.",
        "Road and Bridge Supervisor Merle Hostetler told commissioners that his crews had cleared "
        "600 piles.",
    )
    said = one(quotes, "a textbook case of why you tell somebody where you're going")
    assert said.speaker == "Marla Kinnear"
    assert report_opening(quotes, "his crews had cleared").speaker == "Merle Hostetler"


def test_deputies_speak_for_the_sheriffs_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Garvin County Sheriff's Office found the boy on Sunday. Deputies said the teen "
        "followed a creek downhill after dark.",
    )
    report = report_opening(quotes, "the teen followed a creek")
    assert report.speaker == "Garvin County Sheriff's Office"


def test_a_saints_abbreviation_opens_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dengue cases rose again. The Sta. Filomena Provincial Health Office said hospitals had "
        "set up fast lanes for patients.",
    )
    report = report_opening(quotes, "hospitals had set up fast lanes")
    assert report.speaker == "Sta. Filomena Provincial Health Office"


def test_the_younger_of_a_surname_written_first(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Incumbent assemblyman Teoh Kim Swee, 69, wants to defend the seat, while his niece, Teoh "
        "Pei Shan, 34, a lawyer, has been touted as his successor.",
        "“The voters here are young,” the younger Teoh said in an interview.",
    )
    assert one(quotes, "The voters here are young,").speaker == "Teoh Pei Shan"


def test_a_patronymic_past_a_long_run_of_titles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Second Finance Minister Datuk Seri Ahmad Zahari bin Hussin said yesterday that the "
        "government had no plans to peg the ringgit.",
    )
    report = report_opening(quotes, "the government had no plans")
    assert report.speaker == "Ahmad Zahari bin Hussin"


def test_an_office_by_its_initials_is_the_one_person_near(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Smt Padmaja Venugopal of the Lok Samta Party won the by-election on Sunday. She is the "
        "first woman to represent the constituency.",
        '"This is a vote against arrogance," the MLA-elect said, garlanded by party workers.',
    )
    said = one(quotes, "This is a vote against arrogance,")
    assert said.speaker == "Padmaja Venugopal"


def test_a_surname_after_an_opening_phrase_with_no_comma(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Neville Darcourt, a retired magistrate, sits on the board of governors.",
        "At last week's meeting Darcourt argued that the ban exposed the school to complaints.",
    )
    report = report_opening(quotes, "the ban exposed the school")
    assert report.speaker == "Neville Darcourt"
