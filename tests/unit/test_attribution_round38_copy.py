"""Session forty-six, fourth round: the copy of round 38's blind suites (the South Korean press,
Italy, Spain and Portugal, and US school sports): Italian styles, a body's initials between its
name and its head's role, a party's adjectives and initials after a name, and a body's letters
that no lede description stands for."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_italian_styles_and_ranks(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The port cannot wait another year,” said Onorevole Gianfranco Pellizzari.",
        "“My client will appeal,” Avvocato Carla Mazzoleni told reporters.",
        "“He was known to us,” Maresciallo Luca Bernardini said.",
    )
    assert one(quotes, "The port cannot wait another year,").speaker == "Gianfranco Pellizzari"
    assert one(quotes, "My client will appeal,").speaker == "Carla Mazzoleni"
    assert one(quotes, "He was known to us,").speaker == "Luca Bernardini"


def test_initials_and_a_partys_adjectives_around_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We are seeing a clear upward trend,” Korea Disease Control and Prevention Agency "
        "(KDCA) Commissioner Hwang Seon-ok said at a briefing.",
        "“The ruling party is trying to ram through the bill,” Rep. Baek Seung-ah of the main "
        "opposition Democratic Party (DP) said during a plenary session.",
    )
    assert one(quotes, "We are seeing a clear upward trend,").speaker == "Hwang Seon-ok"
    assert one(quotes, "The ruling party is trying to ram through the bill,").speaker == (
        "Baek Seung-ah"
    )


def test_a_bodys_letters_are_no_lede_description(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The NCAA has denied a waiver request that would have allowed Riverbend State guard "
        "Marcus Tillery to play this season.",
        "In a statement Friday, the NCAA said Tillery did not meet the criteria for a waiver.",
    )
    assert report_opening(quotes, "Tillery did not meet").speaker == "NCAA"
