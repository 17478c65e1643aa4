""" "The latter" and "the former" of two people named just before, and a singular "they" of the
one whose they/them pronouns the article states, past a man named between."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_the_latter_is_the_second_of_two(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Greta Vasaridou and Leyla Mammadzade met for the first time on Tuesday.",
        "The latter described the meeting as “overdue by about four years” and said she had "
        "invited the minister to Nasrabad.",
    )
    assert one(quotes, "overdue by about four years").speaker == "Leyla Mammadzade"


def test_the_former_is_the_first_of_two(make_article: Make) -> None:
    quotes = found(
        make_article,
        "AIADMK district secretary R. Velmurugan and DMK city secretary S. Kathiresan called on "
        "the family on Saturday.",
        "The former said the Corporation must be held responsible.",
    )
    report = report_opening(quotes, "the Corporation must be held")
    assert report.speaker == "R. Velmurugan"
    assert "of the two people named just before it" in report.reason


def test_the_former_president_is_a_role_not_the_first_of_two(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Anna Brook and Tom Hale met on Tuesday.",
        "“We will see,” the former president said.",
    )
    assert one(quotes, "We will see,").speaker not in ("Anna Brook", "Tom Hale")


def test_they_is_the_one_whose_pronouns_the_article_states(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Jordan Ellery-Nash, who uses they/them pronouns, was one of 19 people who spoke Monday. "
        "Council Member Rodney Keel said he supported the ordinance but wanted changes.",
        "“I’ve lived here my whole life,” they told the council.",
    )
    quote = one(quotes, "I’ve lived here my whole life,")
    assert quote.speaker == "Jordan Ellery-Nash"
    assert "they/them" in quote.reason
