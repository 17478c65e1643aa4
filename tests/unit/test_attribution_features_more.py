"""Feature and column shapes found by a blind probe suite (mix7): a British single quote around a
nested double, the speaker named only after a stand-alone quote, a clergy title's role noun,
"told me" with no "that", a work quoted after "In", and a next paragraph that reports on its own
rather than naming the quote's speaker."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.model import QuoteKind


def test_a_single_quote_around_a_nested_double_is_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gerda Falkenrath ran a bakery in Kettlesby for 30 years. She met the transport "
        "minister, Julian Amery-Croft, in 2016.",
        "‘The minister looked me in the eye and said “you have my word”. I still have it,’ she "
        "told the paper.",
    )
    quote = one(
        quotes, "The minister looked me in the eye and said “you have my word”. I still have it,"
    )
    assert quote.speaker == "Gerda Falkenrath"
    assert "you have my word" not in [q.text for q in quotes]  # nested, not a scare quote


def test_a_double_with_a_single_inside_stays_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mara Quist runs the ferry.",
        "“They told us the route was ‘under review’ for a year,” Quist said.",
    )
    assert one(quotes, "They told us the route was ‘under review’ for a year,").speaker == (
        "Mara Quist"
    )


def test_those_were_the_words_of_names_the_speaker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We are not asking for charity. We are asking for the power we have paid for.”",
        "Those were the words of Oluwaseun Adebayo-Cole, chairman of the Ikeja Manufacturers' "
        "Association, at a meeting on Wednesday. The firm's director, Folake Ibeh, promised a "
        "response.",
    )
    quote = one(
        quotes, "We are not asking for charity. We are asking for the power we have paid for."
    )
    assert quote.speaker == "Oluwaseun Adebayo-Cole"


def test_a_speaker_after_a_dash_aside_said_this(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The fjord gives you two things: salmon and silence. I've had enough of both.”",
        "Halvard Rønning — who has farmed fish in the same inlet for 31 years and whose "
        "daughter, Sigrid, now runs the hatchery — said this without a trace of bitterness.",
    )
    quote = one(
        quotes, "The fjord gives you two things: salmon and silence. I've had enough of both."
    )
    assert quote.speaker == "Halvard Rønning"


def test_the_archbishop_is_the_one_titled_archbishop(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Archbishop Tobias Achterberg used his Easter sermon to question the plan. The Bishop "
        "of Aalborg, Kirsten Holm, has backed it.",
        "“A church that cannot welcome the stranger has forgotten where it came from,” the "
        "archbishop said.",
    )
    quote = one(
        quotes, "A church that cannot welcome the stranger has forgotten where it came from,"
    )
    assert quote.speaker == "Tobias Achterberg"


def test_told_me_without_that_before_a_relative_that(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ashok Venkatraman was gentler. He told me the storm drains were designed for a climate "
        "that no longer exists.",
    )
    assert got == [
        ("the storm drains were designed for a climate that no longer exists.", "Ashok Venkatraman")
    ]


def test_tells_me_that_before_a_when_clause(make_article: Make) -> None:
    got = reported(
        make_article, "Ferris tells me that several lenders cried when they handed theirs over."
    )
    assert got == [("several lenders cried when they handed theirs over.", "Ferris")]


def test_a_work_quoted_after_in_is_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In “The Long Recess: Inside Canada's Parliament,” the former clerk Bernard Ouellette "
        "argues that the legislature has been hollowed out by boredom.",
    )
    title = one(quotes, "The Long Recess: Inside Canada's Parliament,")
    assert title.kind is QuoteKind.TITLE and title.speaker is None


def test_a_next_paragraph_with_its_own_report_does_not_take_the_quote(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Yusuf Korir was ploughing his field when surveyors arrived. “They told me I was "
        "trespassing on my own farm,” he said.",
        "“The land has been in my family for four generations.”",
        "The developer, Highlands Estates Ltd, said in a statement that it had acquired the land "
        "lawfully.",
    )
    assert one(quotes, "The land has been in my family for four generations.").speaker == (
        "Yusuf Korir"
    )
