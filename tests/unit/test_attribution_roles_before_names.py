"""A role written in capitals before a name is no part of the name ("Chief Executive Marguerite
Lindahl"), and a body whose name holds such a word keeps it ("Health Executive West")."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_capitalised_role_before_a_name_is_not_part_of_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Patient safety has guided every decision,” Chief Executive Marguerite Lindahl said.",
        "“We will answer every question,” Lindahl said on the call.",
        "“The bank is sound,” Executive Editor Tomas Brannigan wrote.",
    )
    assert one(quotes, "Patient safety has guided every decision,").speaker == (
        "Marguerite Lindahl"
    )
    assert one(quotes, "We will answer every question,").speaker == "Marguerite Lindahl"
    assert one(quotes, "The bank is sound,").speaker == "Tomas Brannigan"


def test_a_body_named_with_executive_still_speaks_through_its_spokeswoman(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "A spokeswoman for Health Executive West said the contract had been awarded after an open "
        "tender. She said income from parking was kept for the hospital's own facilities.",
    )
    assert one(
        quotes, "income from parking was kept for the hospital's own facilities."
    ).speaker == ("Health Executive West")


def test_an_occupation_opening_a_sentence_is_not_a_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Pilot Craig Dunlop, who has flown the route since 1996, posted a photograph.",
        "“You fly the same line every year,” Dunlop said.",
        "“I drove this route for years,” said Minnie Driver, a retired teacher.",
    )
    assert one(quotes, "You fly the same line every year,").speaker == "Craig Dunlop"
    assert one(quotes, "I drove this route for years,").speaker == "Minnie Driver"
