"""Session forty-three, second round: the copy of round 29's blind suites (election counts,
zoos and animal welfare, hospitals, religious affairs, the Korean and Japanese press, lottery
winners): campaign groups named for their cause, an audience and where it stood, a report
whose cue a "though" clause follows, the dean as a role, and whose response or verdict a
quote is."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_group_named_for_its_cause_is_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Justice for Harbour Tenants said its members had been ignored for a decade.",
        "Mothers Against Speeding said the new limit was overdue.",
    )
    speaker = report_opening(quotes, "its members had been ignored").speaker
    assert speaker == "Justice for Harbour Tenants"
    assert report_opening(quotes, "the new limit was overdue").speaker == "Mothers Against Speeding"


def test_told_reporters_and_where_they_stood_ends_the_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Imam Yusuf Karimi led prayers at the reopened mosque on Friday.",
        "The community had raised more than £60,000 from its neighbours, the imam told reporters "
        "outside the building.",
    )
    speaker = report_opening(quotes, "The community had raised more than £60,000").speaker
    assert speaker == "Yusuf Karimi"


def test_the_dean_said_then_a_though_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Very Rev Imelda Crane, Dean of Holmfirth Cathedral, has confirmed the reopening.",
        "Scaffolding would be gone from the nave by December, the dean said, although work on "
        "the tower would go on into spring.",
    )
    assert report_opening(quotes, "Scaffolding would be gone").speaker == "Imelda Crane"


def test_dean_before_a_surname_stays_a_given_name(make_article: Make) -> None:
    quotes = found(make_article, "“We will win the league,” said Dean Mahoney, the club captain.")
    assert one(quotes, "We will win the league,").speaker == "Dean Mahoney"


def test_that_was_the_response_of_a_named_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I don’t want a plaque. I want the library to stay open.”",
        "That was the response of Sister Bernadette Quill, 88, when the council proposed "
        "naming the reading room after her.",
    )
    speaker = one(quotes, "I don’t want a plaque. I want the library to stay open.").speaker
    assert speaker == "Bernadette Quill"


def test_the_verdict_of_a_role_and_its_holder_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Greens lost all six of their seats in Lower Ashby.",
        "The verdict of the party’s agent, Malcolm Treece, was blunt: “We were wiped out.”",
    )
    assert one(quotes, "We were wiped out.").speaker == "Malcolm Treece"
