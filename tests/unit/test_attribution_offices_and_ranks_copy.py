"""Offices, ranks and honorifics in the copy of this session's suites: "Minister of Education
Senator Dr X" then "the minister" and "the senator"."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_senator_between_an_office_and_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minister of Education Senator Dr Anita Cole opened the new wing on Monday.",
        "“This is a proud day for the district,” the minister said.",
        "“We are glad to be here,” the senator added.",
    )
    assert one(quotes, "This is a proud day for the district,").speaker == "Anita Cole"
    assert one(quotes, "We are glad to be here,").speaker == "Anita Cole"
