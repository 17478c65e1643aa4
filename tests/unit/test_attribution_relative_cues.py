"""Cues in a relative clause ("the novelist Farrah Lindqvist, who wrote simply:", "whose chair,
Councillor Bernard Okoye, called the findings"), a cue after a quoted title ("“Weatherglass,” he
sings:"), names that hold a body or a trade, and a surname two relatives share."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.model import QuoteKind


def test_a_relative_clause_subject_speaks(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kezia Mbatha posted a photograph of her contract. “It’s real. It’s a book,” Mbatha "
        "posted. The post was liked by the novelist Farrah Lindqvist, who wrote simply: "
        "“Finally.”",
        "Moncrieff, who has not toured since 2016 and has called touring “a slow form of "
        "drowning,” will play three nights in May.",
        "The report was commissioned by the Alston Transport Partnership, whose chair, "
        "Councillor Bernard Okoye, called the findings “a wake-up call for every operator.”",
    )
    assert one(quotes, "Finally.").speaker == "Farrah Lindqvist"
    assert one(quotes, "a slow form of drowning,").speaker == "Moncrieff"
    assert one(quotes, "a wake-up call for every operator.").speaker == "Bernard Okoye"


def test_a_cue_after_a_quoted_title_and_a_track_named_first(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Abel Moncrieff has made five albums.",
        "On “Cinder Road,” the opening track of his fifth album, “Weatherglass,” he sings: "
        "“I was never the river, only the stone it went around.”",
    )
    assert one(quotes, "I was never the river, only the stone it went around.").speaker == (
        "Abel Moncrieff"
    )
    road = one(quotes, "Cinder Road,")
    assert (road.kind, road.speaker) == (QuoteKind.TITLE, None)


def test_a_body_whose_name_ends_in_a_country_is_no_man(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Environment Canada meteorologist Gordon Haight said the storm was unusual. “We had a "
        "very similar event in 2018,” he said. “People forget.”",
    )
    assert one(quotes, "We had a very similar event in 2018,").speaker == "Gordon Haight"
    assert one(quotes, "People forget.").speaker == "Gordon Haight"


def test_a_trade_before_a_business_and_a_portfolio_before_a_councillor(
    make_article: Make,
) -> None:
    reports = reported(
        make_article,
        "Developer Thornbury Homes said the scheme would include 42 affordable homes.",
    )
    assert reports == [("the scheme would include 42 affordable homes.", "Thornbury Homes")]
    quotes = found(
        make_article,
        "The bridge will stay closed, Wexmoor County Council has said. Council cabinet member "
        "for highways Cllr Graham Teague said: ‘I know this is going to cause real hardship.’",
    )
    assert one(quotes, "I know this is going to cause real hardship.").speaker == "Graham Teague"


def test_a_surname_two_brothers_share_is_the_one_named_first(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Robert “Bobby” Strand has been cutting hair in the same chair since 1976. His "
        "brother, Len Strand, had the chair next to him until he retired.",
        "“I gave Len the better mirror,” Strand said.",
    )
    assert one(quotes, "I gave Len the better mirror,").speaker == "Robert Strand"


def test_a_participle_after_an_after_clause_is_the_main_subjects(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Democrats had sued after Ohio eliminated the week, saying that its loss burdened "
        "African-American voters.",
    )
    assert reports == [("its loss burdened African-American voters.", "Democrats")]


def test_a_title_its_maker_follows_is_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A documentary about the 2019 floods will premiere next month.",
        "“Water Comes Twice”, directed by local filmmaker Priya Sethi, follows three families "
        "as they rebuild. Sethi said she had wanted to show what happens next.",
    )
    title = one(quotes, "Water Comes Twice")
    assert (title.kind, title.speaker) == (QuoteKind.TITLE, None)


def test_a_report_after_a_quote_is_no_cue_for_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Judge Harriet Collins removed the executor, Leonard Voight, on Friday.",
        "“The court is not in the business of second-guessing every expense,” Collins wrote in "
        "her ruling. “But these were not reasonable.” An attorney for Leonard Voight, Clay "
        "Deavers, said his client would appeal.",
    )
    assert one(quotes, "But these were not reasonable.").speaker == "Harriet Collins"
