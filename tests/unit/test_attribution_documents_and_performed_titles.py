"""More copy from the seventh set of blind suites: a poem read to a court is a title, the
minutes of a meeting "released on Tuesday" between the subject and the verb, "The … charity
estimates", and a letter from a body to another's board."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_poem_read_to_the_court_is_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Jack Underhill, 23, read “The Long Field” to the court after the assistant coroner had "
        "recorded a conclusion of accidental death.",
    )
    quote = one(quotes, "The Long Field")
    assert quote.kind.value == "title"
    assert quote.speaker is None


def test_the_statement_read_with_a_colon_is_still_speech(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ald. Theresa Mbeki was absent, so the clerk read her statement.",
        "The statement read: “Accountability That Answers Only To Itself Is Not Accountability.”",
    )
    quote = one(quotes, "Accountability That Answers Only To Itself Is Not Accountability.")
    assert quote.kind.value != "title"


def test_minutes_released_on_a_day_then_showed(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minutes of the Reserve Bank of Kaimora's March meeting, released on Tuesday, showed "
        "board members considered a larger, half-point increase.",
    )
    report = report_opening(quotes, "board members considered")
    assert report.speaker == "Reserve Bank of Kaimora"


def test_the_named_charity_estimates(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Cystic Fibrosis Futures charity estimates that nine in ten patients are now "
        "eligible for the new drugs.",
    )
    report = report_opening(quotes, "nine in ten patients")
    assert report.speaker == "Cystic Fibrosis Futures"


def test_a_company_based_somewhere_is_no_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Quillmont Software reported revenue of $212 million. In a press release, the San "
        'Mateo-based company called the period "the strongest quarter in our history".',
    )
    assert one(quotes, "the strongest quarter in our history").speaker == "Quillmont Software"


def test_a_letter_from_the_body_to_a_firms_board(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A review by the Markets Conduct Commission uncovered hundreds of rejected claims.",
        "A letter from the commission to Brightwell's board, seen by the Gazette, said the "
        "firm's complaints-handling procedures were inadequate.",
    )
    report = report_opening(quotes, "the firm's complaints-handling")
    assert report.speaker == "Markets Conduct Commission"
