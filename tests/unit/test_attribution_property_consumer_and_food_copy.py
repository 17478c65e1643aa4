"""Property, consumer and food copy (blind suites mix161-163): quotes in guillemets, "So says X"
and "Those words from X" after a bare quote, a body "which sent this statement:", an inverted
"predicted X" after a report, and trades that open a name ("Licensee", "Buyer")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.model import QuoteKind


def test_guillemets_with_and_without_inner_spaces(make_article: Make) -> None:
    quotes = found(
        make_article,
        "« I am not tired of cooking, I am tired of the forms, » Brossard told reporters on "
        "Monday. « Every year there are more of them. »",
        "«Le Goût des Dunes», a cookbook by a retired teacher, has sold 40,000 copies.",
    )
    assert one(quotes, "I am not tired of cooking, I am tired of the forms,").speaker == (
        "Brossard"
    )
    assert one(quotes, "Every year there are more of them.").speaker == "Brossard"
    assert one(quotes, "Le Goût des Dunes").kind is QuoteKind.TITLE


def test_so_says_and_those_words_from_after_a_bare_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“A cheese from Clare should taste of Clare. Otherwise, what's the point?” So says "
        "Gráinne Mulvey, whose washed-rind cheese won the supreme award.",
    )
    assert one(
        quotes, "A cheese from Clare should taste of Clare. Otherwise, what's the point?"
    ).speaker == ("Gráinne Mulvey")
    quotes = found(
        make_article,
        "'I have never seen buyers so nervous.'",
        "Those words from Desmond Ashworth, senior partner at Ashworth & Daughters, sum up a "
        "market that has slowed since the autumn.",
    )
    assert one(quotes, "I have never seen buyers so nervous.").speaker == "Desmond Ashworth"


def test_a_body_which_sent_this_statement(make_article: Make) -> None:
    quotes = found(
        make_article,
        'I reached out to Harbourline Car Finance, which sent this statement: "We have '
        'corrected the error and told the credit bureaus."',
    )
    assert one(quotes, "We have corrected the error and told the credit bureaus.").speaker == (
        "Harbourline Car Finance"
    )


def test_an_inverted_predicted_and_a_trade_before_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Prices for older flats would keep falling into next year, predicted Teodoro Vasquez, a "
        "broker with Keyline Realty.",
        "Licensee Brendan Colgan told the committee that the beer garden would close at nine.",
    )
    assert report_opening(quotes, "Prices for older flats").speaker == "Teodoro Vasquez"
    assert report_opening(quotes, "the beer garden").speaker == "Brendan Colgan"
