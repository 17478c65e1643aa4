"""Bodies as the source of reported speech: a force's spokeswoman named with its full name, a
regulator called "the watchdog", a retailer called "the chain", and a body that warned in an
"after" clause (blind suite mix33, 2026-12-03)."""

from __future__ import annotations

import pytest
from attribution_helpers import Make, reported

CASES = {
    "a spokeswoman for a body of four words": (
        [
            "A Calder City Police Department spokeswoman said officers found the man shortly "
            "after 2 a.m."
        ],
        [("officers found the man shortly after 2 a.m.", "Calder City Police Department")],
    ),
    "the watchdog is the regulator named before": (
        [
            "The Consumer and Competition Commission has taken FreshWay to court.",
            "The watchdog alleges the supermarket raised prices on hundreds of products.",
        ],
        [
            (
                "the supermarket raised prices on hundreds of products.",
                "Consumer and Competition Commission",
            )
        ],
    ),
    "a chain that warned in an after clause": (
        [
            "Shares in Greyfield Retail fell 9 per cent after the department store chain warned "
            "that full-year profits would be at the lower end of expectations."
        ],
        [("full-year profits would be at the lower end of expectations.", "Greyfield Retail")],
    ),
    "warned in an after clause without that reports nothing": (
        ["Greyfield Retail cut jobs after the department store chain warned staff in March."],
        [],
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_bodies_report(make_article: Make, case: str) -> None:
    paragraphs, expected = CASES[case]
    assert reported(make_article, *paragraphs) == expected


def test_a_source_close_to_a_club_is_not_the_club(make_article: Make) -> None:
    # the report is kept, as an insider's the article keeps unnamed: no speaker
    assert reported(
        make_article,
        "Ashbourne Rovers are on the verge of appointing Steve Dyer as head coach.",
        "A source close to the club said Dyer had agreed terms on a two-year contract.",
    ) == [("Dyer had agreed terms on a two-year contract.", None)]


def test_a_health_system_a_mutual_and_a_coach_firm_are_bodies(make_article: Make) -> None:
    assert reported(
        make_article,
        "Mercy Lakes Health System will stop delivering babies at its hospital in June.",
        "The health system said in a statement that it had been unable to recruit enough "
        "obstetricians.",
    ) == [("it had been unable to recruit enough obstetricians.", "Mercy Lakes Health System")]
    assert reported(
        make_article,
        "Northshore Mutual will cut 600 jobs.",
        "The Halifax-based lender said most of the cuts would come through attrition.",
    )[-1] == ("most of the cuts would come through attrition.", "Northshore Mutual")
    assert reported(
        make_article,
        "Celyn Coaches will withdraw three routes in May.",
        "The Aberceri-based firm said rising fuel costs left it no choice.",
    ) == [("rising fuel costs left it no choice.", "Celyn Coaches")]


def test_a_party_spokesperson_named_in_apposition_with_a_member_s_letters(
    make_article: Make,
) -> None:
    assert reported(
        make_article,
        "Celyn Coaches will withdraw three routes in May.",
        "The Welsh Conservatives’ shadow transport spokesperson, Natalie Probert MS, accused "
        "ministers of offering nothing.",
    ) == [("ministers of offering nothing.", "Natalie Probert")]
