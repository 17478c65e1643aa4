"""Speakers named in the sentence after a quote ("That was how X, a former student, described
Dr. Pike", "That was the position of the National Chairman of …, Dr Emeka Udeh", "It is his
daughter, Jodie Birch, 31, who speaks first"), a source "asking not to be named", and a
gesture that reports nothing ("points at the cracked bed"). From blind suites mix83–mix87."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_that_was_how_x_described_someone(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“She could identify a nudibranch from a dinghy in bad light.” That was how Ruth "
        "Calloway, a former student who now directs the marine station, described Dr. Pike.",
    )
    text = "She could identify a nudibranch from a dinghy in bad light."
    assert one(quotes, text).speaker == "Ruth Calloway"


def test_the_position_of_a_titled_officer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“If we do not secure our borders, no amount of money will save the rice farmer.”",
        "That was the position of the National Chairman of the Rice Growers and Millers Forum, "
        "Dr Emeka Udeh, at a press conference in Abuja on Monday.",
    )
    text = "If we do not secure our borders, no amount of money will save the rice farmer."
    assert one(quotes, text).speaker == "Emeka Udeh"


def test_it_is_his_daughter_who_speaks(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The dam has been dry since October. Walter Birch points at the cracked bed with his "
        "stick and says nothing for a while.",
        "“Dad built that in ’67 with a borrowed dozer.” It is his daughter, Jodie Birch, 31, who "
        "speaks first.",
    )
    assert one(quotes, "Dad built that in ’67 with a borrowed dozer.").speaker == "Jodie Birch"
    assert not [q for q in quotes if q.text.startswith("at the cracked bed")]


def test_a_source_asking_not_to_be_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Inside the Capitol this week, the mood among House Republicans was grim.",
        "“I’ve never seen the caucus this divided,” one veteran lobbyist told me, asking not to "
        "be named because he represents clients on both sides.",
        "Speaker Randall Pike insisted publicly that the caucus was united behind the budget.",
    )
    assert one(quotes, "I’ve never seen the caucus this divided,").speaker is None
