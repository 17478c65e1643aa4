"""Session forty-four, second round: the copy of round 31's blind suites (the books pages, the
student press, aviation, the Israeli and Palestinian press, the US crime desk, the drinks trade):
trades before names, a student's year as a role, "The speaker, X," after a bare quote, a
column's section label as its byline, and the writer who stood up and asked."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_master_of_wine_and_a_trade_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Master of Wine Penelope Ashworth-Lyle argued that the en primeur system was broken.",
        "Cooper Tobias Laidlaw, who rebuilds 9,000 casks a year, said demand had gone “mad”.",
        "Brewers Owen Pritchard and Rhys Bevan founded the brewery in 2016.",
        "“Rhys says no to everything,” Pritchard said.",
    )
    speaker = report_opening(quotes, "the en primeur system was broken").speaker
    assert speaker == "Penelope Ashworth-Lyle"
    assert one(quotes, "mad").speaker == "Tobias Laidlaw"
    assert one(quotes, "Rhys says no to everything,").speaker == "Owen Pritchard"


def test_according_to_a_statement_which_blamed(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Champagne Duclos-Mérault will raise its prices by 6 per cent from January, according to "
        "a statement from the house, which blamed the rising cost of grapes.",
    )
    speaker = report_opening(quotes, "Champagne Duclos-Mérault will raise").speaker
    assert speaker == "Champagne Duclos-Mérault"


def test_according_to_its_author_a_name_and_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The thriller has been praised by nurses. According to its author, Corinne Vallance, a "
        "former registrar: “I refused to make the hospital the villain.”",
    )
    assert one(quotes, "I refused to make the hospital the villain.").speaker == "Corinne Vallance"


def test_the_bookseller_and_the_agent_are_roles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The bookseller Idris Penhallow introduced the evening, and her agent, Cormac Delaney, "
        "read the last chapter.",
        "‘Every bookshop has a ghost and a cat,’ said the bookseller.",
        "“She chose to be loved,” the agent recalled.",
    )
    assert one(quotes, "Every bookshop has a ghost and a cat,").speaker == "Idris Penhallow"
    assert one(quotes, "She chose to be loved,").speaker == "Cormac Delaney"


def test_the_speaker_named_after_a_bare_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“You can’t put a price on a pilot who has been there before.”",
        "The speaker, Capt. Evander Nkemelu, has flown into the short runway 900 times.",
    )
    speaker = one(quotes, "You can’t put a price on a pilot who has been there before.").speaker
    assert speaker == "Evander Nkemelu"


def test_a_students_year_is_a_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Senator Dana Whitcombe wrote the bill. Whitcombe, a junior majoring in public health, "
        "expects it to cost $40,000 a year.",
        "“We’re going to find the money,” the junior said.",
    )
    assert one(quotes, "We’re going to find the money,").speaker == "Dana Whitcombe"


def test_junior_before_a_noun_is_no_students_year(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Junior Doctors Association of South Africa warned that hundreds of graduates had "
        "not been placed.",
        "Its president, Pieter Louw, said the department had been told in March.",
    )
    speaker = report_opening(quotes, "hundreds of graduates had not been placed").speaker
    assert speaker == "Junior Doctors Association of South Africa"


def test_a_columns_section_label_names_the_writer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "COMMENT | Niamh Corrigan, third-year history",
        "When I sat in front of the appeals committee, I told them: “Read the doctor’s letter.”",
    )
    draft = one(quotes, "Read the doctor’s letter.")
    assert draft.speaker == "Niamh Corrigan"
    assert "“I told”" in draft.reason


def test_the_writer_stood_up_and_asked(make_article: Make) -> None:
    quotes = found(
        make_article,
        "OPINION | By Tomasz Wierzbicki, second-year politics",
        "At the open forum in March I stood up and asked: “Who will teach the modules?”",
    )
    assert one(quotes, "Who will teach the modules?").speaker == "Tomasz Wierzbicki"
