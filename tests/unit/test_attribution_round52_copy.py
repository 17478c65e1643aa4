"""Session fifty-three: bodies named by a number, and round 52's copy."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_bodies_whose_names_hold_a_number(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Three Counties Agricultural Society said the show would go ahead in June.",
        "“We will strike,” said a spokesman for Local 118 of the Teamsters.",
    )
    assert one(quotes, "the show would go ahead in June.").speaker == (
        "Three Counties Agricultural Society"
    )
    assert one(quotes, "We will strike,").speaker == "Local 118 of the Teamsters"


def test_a_chief_of_staff_named_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Readiness is up,” said Air Force Chief of Staff Gen. Lydia Okafor.",
        "“We need more pilots,” said Space Force Chief of Staff Gen. Tom Baird.",
    )
    assert one(quotes, "Readiness is up,").speaker == "Lydia Okafor"
    assert one(quotes, "We need more pilots,").speaker == "Tom Baird"
