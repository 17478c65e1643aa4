"""A trip made to report is a report: "came out a few minutes ago to tell supporters that …",
"took to Twitter to say that …"; a trip for anything else is not."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_came_out_to_tell_and_took_to_say_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Jenna Whitlock, the senator’s daughter, came out a few minutes ago to tell supporters "
        "that her father was watching the returns and would speak “when there’s something to "
        "say.”",
        "Rhonda Peale took to Twitter to say that the campaign would wait for every ballot.",
    )
    assert one(quotes, "when there’s something to say.").speaker == "Jenna Whitlock"
    assert one(quotes, "the campaign would wait for every ballot.").speaker == "Rhonda Peale"


def test_a_trip_for_something_else_reports_nothing(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Jenna Whitlock went home early to rest before the count resumed on Thursday morning.",
    )
    assert quotes == []
