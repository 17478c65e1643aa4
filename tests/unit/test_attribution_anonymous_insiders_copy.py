"""Sources kept anonymous: a body's insiders ("a senior Garda source", "according to Garda
sources", "Sources in the Presidency said") and "one" of a kind ("one Year 13 pupil") name no one.
Their reports are kept, with no speaker, so the words quoted inside them stay partial quotes."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.model import QuoteKind


def test_a_bodys_senior_source_names_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A series of arson attacks on machinery is being treated as linked, gardaí have confirmed.",
        "“These aren’t kids messing. This is organised,” a senior Garda source said.",
        "Supt Gareth Ó Maoláin appealed for information.",
    )
    assert one(quotes, "These aren’t kids messing. This is organised,").speaker is None


def test_according_to_a_bodys_sources_is_an_anonymous_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The man arrested was known to gardaí and had links to a feud in the north inner city, "
        "according to Garda sources.",
        "The victim, Darren Lacey (31), remains in a stable condition.",
    )
    report = report_opening(quotes, "The man arrested was known")
    assert report.speaker is None
    assert "anonymous" in report.reason


def test_sources_in_a_body_keep_their_quoted_words_partial(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sources in the Presidency said the President was “unhappy” with the economic team.",
        "Presidential spokesman Adamu Garki declined to comment.",
    )
    assert report_opening(quotes, "the President was").speaker is None
    word = one(quotes, "unhappy")
    assert (word.kind, word.speaker) == (QuoteKind.PARTIAL, None)


def test_sources_close_to_a_club_name_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Castlebrook City are close to agreeing a new contract with striker Dion Okafor, "
        "according to sources close to the club.",
        "Manager Graham Pellew said on Friday that talks were progressing well.",
    )
    assert report_opening(quotes, "Castlebrook City are close").speaker is None
    assert report_opening(quotes, "talks were progressing").speaker == "Graham Pellew"


def test_one_of_a_school_year_is_no_name_but_a_year_before_a_name_is_a_role(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "“It felt like nobody cared,” said one Year 13 pupil, who asked not to be named.",
        "Year 12 student Hannah Rigby, who led the project, said: “I did not know that.”",
    )
    assert one(quotes, "It felt like nobody cared,").speaker is None
    assert one(quotes, "I did not know that.").speaker == "Hannah Rigby"


def test_a_family_is_no_foundation_of_that_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Oliver Granger, who set up the Granger Family Foundation in 1980, died on Sunday.",
        "“He would want everyone to keep the music playing,” the family said in a statement.",
    )
    assert one(quotes, "He would want everyone to keep the music playing,").speaker is None
