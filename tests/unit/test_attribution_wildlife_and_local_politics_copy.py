"""Wildlife and US local-politics copy (blind suites mix170-171): a bare quote, a sentence about
the line, then "It came from X"; "according to the group's project officer, X"; and "said Chief
Conservator of Forests X"."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_it_came_from_after_a_sentence_about_the_line(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“If you can't trust the people counting the ballots, you can't trust what comes after.” "
        "The line, delivered to a half-full gymnasium, drew the loudest applause of the forum.",
        "It came from Loretta Vandermolen, the Republican nominee for county clerk.",
    )
    line = "If you can't trust the people counting the ballots, you can't trust what comes after."
    assert one(quotes, line).speaker == "Loretta Vandermolen"


def test_according_to_a_role_then_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“This is the moment we have waited for,” according to the group's project officer, "
        "Imogen Threlkeld.",
    )
    assert one(quotes, "This is the moment we have waited for,").speaker == "Imogen Threlkeld"


def test_an_office_of_a_field_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"Illegal mining is our biggest challenge," said Chief Conservator of Forests Rajendra '
        "Prasad Mishra.",
    )
    assert one(quotes, "Illegal mining is our biggest challenge,").speaker == (
        "Rajendra Prasad Mishra"
    )
