"""Where reported content starts: after the verb and its setting ("said on NBC on Sunday that"),
but an infinitive or the object of a stance is the content itself."""

from __future__ import annotations

from attribution_helpers import Make, reported


def test_an_infinitive_is_the_content_not_where_it_was_said(make_article: Make) -> None:
    got = reported(
        make_article,
        "Bernie Sanders has pledged to stay in the Democratic primary through that contest.",
        "Bernie Sanders said to reporters on Tuesday that the plan would never work.",
        "Bernie Sanders suggested to me that the plan would never work at all.",
    )
    assert got == [
        ("to stay in the Democratic primary through that contest.", "Bernie Sanders"),
        ("the plan would never work.", "Bernie Sanders"),
        ("the plan would never work at all.", "Bernie Sanders"),
    ]


def test_what_a_stance_takes_aim_at_is_its_content(make_article: Make) -> None:
    got = reported(
        make_article,
        "On Monday, Joe Biden took aim at comments by Donald Trump that Japan might need the bomb.",
    )
    assert got == [("at comments by Donald Trump that Japan might need the bomb.", "Joe Biden")]


def test_no_response_is_no_report(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor did not respond to emailed questions about her investments in the firm.",
        "Ada Okafor responded that the figures were already out of date.",
    )
    assert got == [("the figures were already out of date.", "Ada Okafor")]


def test_a_named_subject_after_a_long_opening(make_article: Make) -> None:
    got = reported(
        make_article,
        "Lorna Batiste runs the union branch at the plant.",
        "After the fire, which gutted the east wing, and after two weeks of silence from the "
        "owners, Batiste insisted that the workers had warned them about the dust for years.",
    )
    assert got == [("the workers had warned them about the dust for years.", "Lorna Batiste")]


def test_an_appositive_after_a_comma_is_not_the_subject(make_article: Make) -> None:
    got = reported(
        make_article,
        "(Jim Prosser, Twitter’s spokesman, declined to comment on the details of the ruling.)",
    )
    assert all(speaker != "Twitter" for _, speaker in got)


def test_statements_someone_made_are_the_content(make_article: Make) -> None:
    got = reported(
        make_article,
        "Donald Trump has made several controversial statements on the matter this year.",
        "Donald Trump made a fortune in real estate in the city during the eighties.",
    )
    assert got == [("several controversial statements on the matter this year.", "Donald Trump")]


def test_a_group_that_points_something_out(make_article: Make) -> None:
    got = reported(
        make_article,
        "Denying the progress of the last decade carries risks for the party, as Clinton "
        "supporters point out.",
    )
    assert got == [
        (
            "Denying the progress of the last decade carries risks for the party",
            "Clinton supporters",
        )
    ]


def test_a_report_before_a_cue_that_goes_on_adding_a_quote(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ryan and Trump will meet sometime next week, Sean Spicer said, adding, “They need to "
        "sit down and have a good talk.”",
    )
    assert got == [("Ryan and Trump will meet sometime next week", "Sean Spicer")]


def test_a_case_made_or_a_concern_voiced_is_the_content(make_article: Make) -> None:
    got = reported(
        make_article,
        "Bernie Sanders is making an impassioned case to a gathering of black leaders that he "
        "can best address the problems.",
        "The journalist Ana Ruiz expressed particular concern over those who had defended him.",
    )
    assert got == [
        (
            "an impassioned case to a gathering of black leaders that he can best address the "
            "problems.",
            "Bernie Sanders",
        ),
        ("particular concern over those who had defended him.", "Ana Ruiz"),
    ]


def test_evidence_that_is_showing_something(make_article: Make) -> None:
    got = reported(
        make_article,
        "Early results of an entrance poll of Nevada caucus-goers are showing that about half "
        "want the next president to continue.",
    )
    assert got == [
        (
            "about half want the next president to continue.",
            "Early results of an entrance poll of Nevada caucus-goers",
        )
    ]


def test_what_someone_spoke_about_after_where_and_when(make_article: Make) -> None:
    got = reported(
        make_article,
        "Barack Obama spoke at the White House on Tuesday about rights denied to the victims.",
        "The Huffington Post spoke with Zephyr Teachout on the latest episode of its podcast.",
    )
    assert got == [("rights denied to the victims.", "Barack Obama")]


def test_a_report_in_a_clause_after_the_main_one(make_article: Make) -> None:
    got = reported(
        make_article,
        "CNN was quick to push back after Ted Cruz blamed the network for reporting that Ben "
        "Carson was suspending his campaign.",
        "The hook is off: while Jim Comey talked about the risk from foreign hackers, he did "
        "not mention any consequences.",
    )
    assert got == [
        (
            "the network for reporting that Ben Carson was suspending his campaign",
            "Ted Cruz",
        ),
        ("the risk from foreign hackers", "Jim Comey"),
    ]


def test_the_day_is_where_it_was_said_not_the_content(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Smith said Saturday that the plan was dead in the water now.",
        "Ada Smith, who has not commented publicly since March, replied that the claims were "
        "false and malicious.",
        "Donald Trump made the remarks at a rally in Ohio before thousands of supporters.",
        "The crowd fell silent when Tom Smith told reporters he would resign at the end of May.",
    )
    assert got == [
        ("the plan was dead in the water now.", "Ada Smith"),
        ("the claims were false and malicious.", "Ada Smith"),
        ("he would resign at the end of May", "Tom Smith"),
    ]


def test_a_sentence_in_brackets_reports_too(make_article: Make) -> None:
    got = reported(
        make_article,
        "News Corporation made a bid for the paper in 2015.",
        "(News Corporation denied the reports and no bid materialized.)",
    )
    assert got == [("the reports and no bid materialized.", "News Corporation")]


def test_a_report_that_runs_on_into_its_quote(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ana Marisol lives across the street.",
        "She said she heard one officer shout “Drop it!” several times before the shots.",
        "Harry Reid said both of them are “non-entities in the Senate,” but he gave the Texan a "
        "compliment: “You never have to guess where he is.”",
        "Hester did remember her, she told me. “Red wellies. Never took them off.”",
    )
    assert got == [
        ("she heard one officer shout “Drop it!” several times before the shots.", "Ana Marisol"),
        (
            "both of them are “non-entities in the Senate,” but he gave the Texan a compliment",
            "Harry Reid",
        ),
    ]


def test_a_second_verb_after_a_comma_and_and(make_article: Make) -> None:
    got = reported(
        make_article,
        "At the White House, spokeswoman Jolene Whitcombe singled out Colquhoun on Tuesday, "
        "and said the administration had spoken with both holdouts.",
    )
    assert got == [("the administration had spoken with both holdouts.", "Jolene Whitcombe")]
