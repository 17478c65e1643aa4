"""Reported speech as political copy writes it: a title's holder "of Arizona", a vow with an
infinitive after the day, "has said repeatedly that", a court that "ruled on Monday that", and a
habit of saying ("used to say that")."""

from __future__ import annotations

from attribution_helpers import Make, reported


def test_a_titled_name_of_a_state_is_the_subject(make_article: Make) -> None:
    got = reported(
        make_article,
        "Gov. Ellen Marchetti of Ohio has said that she will not accept donations from political "
        "action committees.",
    )
    assert got == [
        ("she will not accept donations from political action committees.", "Ellen Marchetti")
    ]


def test_a_vow_after_the_day_is_all_of_the_content(make_article: Make) -> None:
    got = reported(
        make_article,
        "Gov. Rafael Tenorio of Arizona vowed on Wednesday to veto any budget that cuts funding "
        "for the state’s community colleges.",
    )
    assert got == [
        (
            "to veto any budget that cuts funding for the state’s community colleges.",
            "Rafael Tenorio",
        )
    ]


def test_how_often_it_was_said_is_not_the_content(make_article: Make) -> None:
    got = reported(
        make_article,
        "Senator Hal Brodie has said repeatedly that the base will stay open.",
    )
    assert got == [("the base will stay open.", "Hal Brodie")]


def test_a_court_rules_that(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Arizona Court of Appeals ruled on Monday that the secretary of state lacked the "
        "authority to extend the registration deadline.",
    )
    assert got == [
        (
            "the secretary of state lacked the authority to extend the registration deadline.",
            "Arizona Court of Appeals",
        )
    ]


def test_judges_who_ruled_are_the_subject_not_the_cue(make_article: Make) -> None:
    got = reported(
        make_article,
        "The judges who ruled that Texas could not implement its law said the problem was not "
        "requiring a photo ID.",
    )
    assert [content for content, _ in got] == ["the problem was not requiring a photo ID."]


def test_a_habit_of_saying(make_article: Make) -> None:
    got = reported(
        make_article,
        "Geoffrey Marsh, who ran the hardware shop on our high street for 40 years, used to say "
        "that a shop dies from the stockroom outwards.",
    )
    assert got == [("a shop dies from the stockroom outwards.", "Geoffrey Marsh")]
