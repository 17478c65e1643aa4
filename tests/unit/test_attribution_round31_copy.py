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


def test_a_titled_man_named_banks_of_a_county_is_a_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "At a news conference Monday, Sheriff Aurelio Banks of Yancey County described the rescue.",
        "“She was cold, but she was talking to us,” Banks said.",
    )
    assert one(quotes, "She was cold, but she was talking to us,").speaker == "Aurelio Banks"


def test_a_name_after_abu_keeps_its_word(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Agriculture Minister Suha Abu Eid said the ministry had documented each incident.",
    )
    speaker = report_opening(quotes, "the ministry had documented each incident").speaker
    assert speaker == "Suha Abu Eid"


def test_a_reservists_rank_in_brackets(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“You see your friend on the ground and you run,” said Sgt. Maj. (res.) Nizar Kheir, 31.",
    )
    assert one(quotes, "You see your friend on the ground and you run,").speaker == "Nizar Kheir"


def test_an_office_ending_in_adviser_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We are talking about weeks, not months,” said the official, Deputy National Security "
        "Adviser Tal Biton.",
    )
    assert one(quotes, "We are talking about weeks, not months,").speaker == "Tal Biton"


def test_his_deputy_of_a_deputy_minister(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Interior Minister Yehuda Marciano and Deputy Interior Minister Sapir Levy-Nahum visited "
        "the town on Thursday.",
        "“The state will not abandon this town,” the minister said. His deputy said an emergency "
        "grant would be approved within 48 hours.",
    )
    assert report_opening(quotes, "an emergency grant would be").speaker == "Sapir Levy-Nahum"


def test_the_elder_of_a_retired_father(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Officer Jonah Pruitt graduated on Friday, 31 years after his father, retired Sgt. Walter "
        "Pruitt, walked the same stage.",
        "“The job will break his heart a few times,” the elder Pruitt said.",
    )
    assert one(quotes, "The job will break his heart a few times,").speaker == "Walter Pruitt"


def test_calling_it_opens_the_sentence_before_its_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Calling the past year “the most complex period of my service,” Maj. Gen. Ronen Golani "
        "handed over command on Tuesday.",
    )
    assert one(quotes, "the most complex period of my service,").speaker == "Ronen Golani"


def test_according_to_an_office_then_the_claims_own_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "According to the Cole County Sheriff’s Office, Derek Stanfill, 44, is accused of taking "
        "about $18,000 from the concession fund.",
        "According to the Commissioner for Tourism, Mrs. Eno Bassey-Udo, the ministry will soon "
        "unveil a master plan.",
    )
    speaker = report_opening(quotes, "Derek Stanfill, 44, is accused").speaker
    assert speaker == "Cole County Sheriff’s Office"
    reports = [q for q in quotes if "the ministry will soon unveil" in q.text]
    assert [q.speaker for q in reports] == ["Eno Bassey-Udo"]
