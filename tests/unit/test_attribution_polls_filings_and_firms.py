"""Shapes found by blind probe suite mix62 (bodies, documents and reported speech): a poll "of
2,050 adults" by its maker, a survey by "the polling firm" X, a body's report by its head word
("the unit's report"), a report "from the state Board of …", a firm's head as "the airline's
chief", and a filing made "with" a regulator, which is the filer's, not the regulator's."""

from __future__ import annotations

from attribution_helpers import Make, found, report_opening


def test_a_poll_of_so_many_adults_by_its_maker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A poll of 2,050 adults by Meridian Polling found that 61 per cent backed the new "
        "tram line, up from 44 per cent in 2019.",
    )
    assert report_opening(quotes, "61 per cent backed the new tram").speaker == "Meridian Polling"


def test_a_survey_by_the_polling_firm(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A survey of 1,800 renters by the polling firm Ashgrove Insight found that a third "
        "had moved twice in five years.",
    )
    report = report_opening(quotes, "a third had moved twice")
    assert report.speaker == "Ashgrove Insight"


def test_a_bodys_report_by_its_head_word(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Kestrel Housing Policy Unit published its analysis on Monday.",
        "The unit’s report said that rents near the new campus had risen by a fifth.",
    )
    report = report_opening(quotes, "rents near the new campus")
    assert report.speaker == "Kestrel Housing Policy Unit"


def test_a_report_from_a_state_board(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The preliminary report from the state Board of Pipeline Safety said the valve had "
        "been left open for eleven hours before the leak was found.",
    )
    report = report_opening(quotes, "the valve had been left open")
    assert report.speaker == "Board of Pipeline Safety"


def test_a_firms_chief_is_its_head(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The chief executive of Fjordline Air, Maren Solheim, said on Monday that the airline "
        "would retire its last turboprops.",
        "The airline’s chief said the change would let it drop three loss-making routes.",
    )
    report = report_opening(quotes, "the change would let it drop")
    assert report.speaker == "Maren Solheim"


def test_a_filing_with_a_regulator_is_the_filers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Halvard Microsystems plans to spend $2 billion on a plant in Ohio, according to a "
        "filing with the Securities and Exchange Commission on Thursday.",
        "According to the filing, Halvard expects the plant to employ about 900 people by 2029.",
    )
    report = report_opening(quotes, "Halvard expects the plant")
    assert report.speaker == "Halvard Microsystems"


def test_a_spokeswoman_for_a_body_named_after_its_trade(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A spokeswoman for developer Harbourline Living said the company had met every legal "
        "obligation at the time of sale.",
    )
    report = report_opening(quotes, "the company had met every legal obligation")
    assert report.speaker == "Harbourline Living"


def test_an_irish_barristers_letters_after_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Counsel for the DPP, Orla Tierney BL, said the injured man had suffered a broken jaw.",
    )
    assert report_opening(quotes, "the injured man had suffered").speaker == "Orla Tierney"
