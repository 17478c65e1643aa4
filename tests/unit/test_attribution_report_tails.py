"""A report whose cue comes after it: the verb may take an audience the article describes, and an
aside after a dash comments on the report without being part of it."""

from __future__ import annotations

from attribution_helpers import Make, reported


def test_told_an_audience_the_article_describes(make_article: Make) -> None:
    got = reported(
        make_article,
        "The plan includes a special unit to guard the northern ports, Defence Minister Ada "
        "Okafor told a parliamentary panel on Wednesday.",
    )
    assert got == [("The plan includes a special unit to guard the northern ports", "Ada Okafor")]


def test_an_aside_after_a_dash_is_no_part_of_the_report(make_article: Make) -> None:
    got = reported(
        make_article,
        "The deficit will grow again this year, the Fiscal Council reported on Tuesday — a "
        "development that unsettles every party's spending plans.",
        "Such a move could alienate the party's base, Okafor's allies believe — voters she needs.",
    )
    assert got == [
        ("The deficit will grow again this year", "Fiscal Council"),
        ("Such a move could alienate the party's base", "Okafor's allies"),
    ]


def test_a_dash_without_a_space_before_it_is_no_aside(make_article: Make) -> None:
    got = reported(
        make_article,
        "More stories: Flooding Closes Schools— Debris From The Storm Found— "
        "Okafor Says Ports Open.",
    )
    assert all(not content.startswith("More stories") for content, _ in got)


def test_a_clause_after_a_semicolon_reports_on_its_own(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor proposed a levy of two percent on every cargo; Tomas Ruiz wants a flat fee "
        "that would leave small boats alone.",
        "The plan would cost too much; it would also take years, Okafor said.",
    )
    assert got == [
        ("a levy of two percent on every cargo", "Ada Okafor"),
        ("a flat fee that would leave small boats alone.", "Tomas Ruiz"),
        ("The plan would cost too much; it would also take years", "Ada Okafor"),
    ]


def test_a_group_that_hopes_fears_or_expects(make_article: Make) -> None:
    got = reported(
        make_article,
        "Harbour officials expect the levy to raise about $64 million a year.",
        "Some critics fear the new approach will leave small ports with fewer protections.",
    )
    assert got == [
        ("the levy to raise about $64 million a year.", "Harbour officials"),
        ("the new approach will leave small ports with fewer protections.", "Some critics"),
    ]


def test_a_possessive_is_no_subject(make_article: Make) -> None:
    got = reported(
        make_article,
        "Okafor’s support for the levy was first noted when she spoke at the port in March.",
        "Tomas Ruiz's comments came after the council unveiled a new name for the tram line.",
    )
    assert got == []


def test_the_source_after_an_inverted_verb(make_article: Make) -> None:
    got = reported(
        make_article,
        "A quieter Okafor may not be such a bad thing, say some Democrats, who once worked "
        "with her.",
        "Defending the docks is squarely within her remit, said a handful of Democrats who point "
        "to her record.",
    )
    assert got == [
        ("A quieter Okafor may not be such a bad thing", "Democrats"),
        ("Defending the docks is squarely within her remit", "a handful of Democrats"),
    ]


def test_a_wire_dateline_and_a_capital_even(make_article: Make) -> None:
    got = reported(
        make_article,
        "Dec 29 (Reuters) - Harbour commissioner Ada Okafor on Tuesday said that the levy would "
        "pass by the spring.",
        "Even Okafor, a stalwart of the old council, said it would be easier to raise the fares.",
        "(She says the crowd would have made her cry.) The leaders who praised her included Ruiz.",
    )
    assert got == [
        ("the levy would pass by the spring.", "Ada Okafor"),
        ("it would be easier to raise the fares.", "Ada Okafor"),
        ("the crowd would have made her cry.", "Ada Okafor"),
    ]


def test_a_body_known_by_its_initials(make_article: Make) -> None:
    got = reported(
        make_article,
        "The FBI has said it had no record of the two men in its databases.",
        "NATO says the alliance will send more ships to the strait next year.",
        "HARBOUR STRIKE ENDS AS UNION SAYS DEAL IS DONE AT LAST.",
    )
    assert got == [
        ("it had no record of the two men in its databases.", "FBI"),
        ("the alliance will send more ships to the strait next year.", "NATO"),
    ]


def test_a_dateline_before_a_second_verb(make_article: Make) -> None:
    got = reported(
        make_article,
        "KESTREL, Pa. (Wire) - Ada Okafor met the families on Thursday and said the port must "
        "close the old berth.",
    )
    assert got == [("the port must close the old berth.", "Ada Okafor")]


def test_the_first_verb_reports_first(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor complained about the tone of the council debate but defended Ruiz as a "
        "careful chairman.",
        "Tomas Ruiz wrote down the dates of the last three floods and promised to come back with "
        "a plan.",
    )
    assert got == [
        (
            "about the tone of the council debate but defended Ruiz as a careful chairman.",
            "Ada Okafor",
        ),
        ("to come back with a plan.", "Tomas Ruiz"),
    ]


def test_a_list_bullet_and_this_past_week(make_article: Make) -> None:
    got = reported(
        make_article,
        "~ Harbour commissioner Ada Okafor announced her engagement to the ferry captain "
        "Tomas Ruiz.",
        "Ines Varga, the council leader, this past week announced the creation of a website on "
        "the levy.",
    )
    assert [speaker for _, speaker in got] == ["Ada Okafor", "Ines Varga"]


def test_others_who_and_a_bracket_in_a_pair_of_names(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Hawkins and others who want to scrap the levy said the vote will make the choice "
        "starker.",
        "Sen. Ada Okafor (D-Kestrel) and Tomas Ruiz said the levy would pass next week.",
    )
    assert [speaker for _, speaker in got] == ["Ada Hawkins", "Ada Okafor and Tomas Ruiz"]


def test_a_long_relative_clause_between_the_subject_and_the_verb(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor, who stayed in the 2019 race for harbour commissioner until June despite her "
        "rival's insurmountable lead in the polls and the party's repeated calls for her to step "
        "aside, has said she will not quit the race this time.",
    )
    assert got == [("she will not quit the race this time.", "Ada Okafor")]


def test_a_source_in_the_middle_or_at_the_end_with_its_day(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor won the docklands ward, the Harbour Post declared on Thursday, two days "
        "after the polls closed.",
        "Tomas Ruiz told investigators in July he was advised to use a private account, the "
        "Evening Echo reported late Thursday.",
    )
    assert [speaker for _, speaker in got] == ["Harbour Post", "Evening Echo"]
    assert got[1][0].startswith("Tomas Ruiz told investigators")
