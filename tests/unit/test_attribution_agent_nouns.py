"""A trade no role list holds, known by its ending ("the orchardist", "the retired postman", "the
beekeeper"), refers to a person like a listed role does; endings that also make things or
bodies ("the carmaker", "the ombudsman", "the checklist") do not."""

from __future__ import annotations

import pytest
from attribution_helpers import Make, found, one, report_opening

from reader.core.attribution.agent_nouns import is_agent_noun


@pytest.mark.parametrize(
    "word", ["orchardist", "postman", "beekeeper", "photographer", "locksmith", "librarian"]
)
def test_trades_known_by_their_ending(word: str) -> None:
    assert is_agent_noun(word)


@pytest.mark.parametrize(
    "word", ["checklist", "insist", "german", "ombudsman", "carmaker", "twist", "Postman"]
)
def test_things_bodies_and_capitals_are_no_trades(word: str) -> None:
    assert not is_agent_noun(word)


def test_a_description_by_an_unlisted_trade_reports_speech(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Walter Pryce delivered mail in Ashcombe for 41 years before he retired in 2019.",
        "The retired postman says the village has changed beyond recognition since the depot "
        "closed.",
    )
    assert report_opening(quotes, "the village has changed").speaker == "Walter Pryce"


def test_a_trade_given_in_an_appositive_is_a_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ellen Marsh, a fourth-generation orchardist, and her neighbour Tom Hale, a dairy farmer, "
        "lost most of the spring to frost.",
        "“We picked a third of what we picked last year,” the orchardist said.",
    )
    assert one(quotes, "We picked a third of what we picked last year,").speaker == "Ellen Marsh"


def test_a_listed_role_is_filed_before_a_trade(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr. Aaron Pelletier, a nephrologist in Boston and the study’s lead author, presented the "
        "results on Friday.",
        "“The curves pulled apart early,” the authors wrote.",
    )
    assert one(quotes, "The curves pulled apart early,").speaker == "Aaron Pelletier"


def test_a_maker_is_a_company(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Arkwright Motors will stop building its petrol hatchback at its Swindon plant next "
        "year, the carmaker said on Monday.",
    )
    assert report_opening(quotes, "Arkwright Motors will stop").speaker == "Arkwright Motors"
