"""A firm's analysts speak for the firm; an accuser's quoted charge is the accuser's; a pronoun
before the quote is read where it stands; "Dean" before a surname alone is a first name."""

from __future__ import annotations

from pathlib import Path

from attribution_helpers import Make, found, one, reported

from reader.core.load import load_path
from reader.core.pipeline import analyse

EXPLORATION = "National Space Exploration Administration"
EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"


def test_analysts_at_a_firm_are_the_firm_and_the_analysts_later_too(make_article: Make) -> None:
    article = (
        "Analysts at Colonnade Partners said in a note to clients that the higher rates were "
        "unlikely to change investment decisions.",
        "“The industry’s threats are louder than the arithmetic,” the analysts wrote.",
    )
    said = one(
        found(make_article, *article), "The industry’s threats are louder than the arithmetic,"
    )
    assert said.speaker == "Colonnade Partners"
    assert "“the analysts” speak for Colonnade Partners" in said.reason
    assert [speaker for _, speaker in reported(make_article, *article)] == ["Colonnade Partners"]


def test_the_analysts_with_no_firm_named_stay_unnamed(make_article: Make) -> None:
    quotes = found(make_article, "“Rates will fall by spring,” the analysts wrote.")
    assert one(quotes, "Rates will fall by spring,").speaker is None


def test_the_officials_name_no_one_rather_than_the_last_speaker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We are ready,” Mayor Ana Ruiz said.",
        "“We will not close the road,” the officials said.",
    )
    assert one(quotes, "We will not close the road,").speaker is None


def test_an_accusers_charge_is_the_accusers_not_the_main_clause_speakers(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Premier Janelle Kostic announced the royalty rise on Monday.",
        "A Harrowgate spokeswoman later said the company had made no decision to move, after "
        "Ms Kostic accused it of “running a scare campaign from a boardroom interstate”.",
    )
    charge = one(quotes, "running a scare campaign from a boardroom interstate")
    assert charge.speaker == "Janelle Kostic"
    assert "accused" in charge.reason


def test_a_pronoun_before_the_quote_is_not_the_person_it_accuses(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The agent, Lionel Bastide, has been quoted all week.",
        "Clive Ambrose-Tait, the club chairman, went further. Speaking at a dinner on "
        "Wednesday, he accused Bastide of “negotiating by newspaper”.",
    )
    assert one(quotes, "negotiating by newspaper").speaker == "Clive Ambrose-Tait"


def test_dean_before_a_surname_alone_is_a_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dean Mahoney, state secretary of the union, said the miners had booked record profits.",
        "“Our members worked through two summers,” Mr Mahoney said.",
    )
    assert one(quotes, "Our members worked through two summers,").speaker == "Dean Mahoney"


def test_dean_before_a_whole_name_is_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dean Laura Pike of the law school said the rule was sound.",
        "“We will appeal,” Pike said.",
    )
    assert one(quotes, "We will appeal,").speaker == "Laura Pike"


def test_a_role_a_quote_talks_about_is_not_the_next_pronoun() -> None:
    """“… The sheriff knows that.” / She said the sheriff's office had “rushed to a podium”:
    the attorney who spoke, not the sheriff her quote talks about."""
    article = load_path(str(EVAL / "scraped-tv-warehouse-fire.txt"))
    quotes = analyse(article).quotes
    assert one(quotes, "rushed to a podium").speaker == "Renee Castellanos"


def test_an_office_of_two_fields_is_one_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Municipal Affairs and Housing Minister Declan Roarke says the power would be used "
        "“sparingly, and only where a council has dug in its heels.”",
    )
    assert one(quotes, "sparingly, and only where a council has dug in its heels.").speaker == (
        "Declan Roarke"
    )


def test_two_officials_joined_by_and_are_still_both(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mayor Ann Adams and Police Commissioner Jane Doe said the plan “would work.”",
    )
    assert one(quotes, "would work.").speaker == "Ann Adams and Jane Doe"


def test_the_premier_telling_the_room_is_the_premier(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Premier Lorna Beattie has a line she likes.",
        "Housing Minister Declan Roarke says the power would be used “sparingly.” The premier "
        "went further at a Rotary lunch in September, telling the room she was “done asking "
        "nicely.”",
    )
    assert one(quotes, "done asking nicely.").speaker == "Lorna Beattie"


def test_agency_officials_are_the_agency(make_article: Make) -> None:
    article = (
        "The National Space Exploration Administration on Thursday postponed the launch.",
        "The lander will now lift off no earlier than February 2027, agency officials told "
        "reporters at a news conference.",
    )
    assert reported(make_article, *article) == [
        ("The lander will now lift off no earlier than February 2027", EXPLORATION)
    ]


def test_the_sheriff_s_office_is_the_office_not_the_sheriff(make_article: Make) -> None:
    article = (
        "The fire was arson, Bracken County Sheriff Monica Haverly said. The Bracken County "
        "Sheriff's Office has asked for patience.",
        "Most residents were allowed back home by 9 a.m., according to the sheriff's office.",
        "“We are still on the scene,” the sheriff's office said.",
    )
    office = "Bracken County Sheriff's Office"
    assert ("Most residents were allowed back home by 9 a.m.", office) in reported(
        make_article, *article
    )
    assert one(found(make_article, *article), "We are still on the scene,").speaker == office


def test_the_mayor_s_office_speaks_for_the_mayor_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mayor Ann Adams opened the bridge on Monday.",
        "“The bridge is safe,” the mayor's office said.",
    )
    said = one(quotes, "The bridge is safe,")
    assert said.speaker == "Ann Adams"
    assert "“the mayor's office” speaks for Ann Adams" in said.reason
