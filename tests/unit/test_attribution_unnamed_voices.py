"""Voices the article does not name: a villager "who did not want to be named", a caller "who
would give only the name of her street", "the judge" right after an anonymous colleague, "A
Whitlock adviser" (not Whitlock), quoted words inside a group's report ("Sources close to the
minister said she had been ‘blindsided’"), and a phone-in's "Caller:" label. None of them is
given the name of the last person the article named."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.model import QuoteKind


def test_other_ways_of_asking_not_to_be_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dave Catterick, the landlord, said the brewery had given him until March.",
        "One villager, who did not want to be named, said the campaign was run by six people.",
        "“Everyone signs a petition,” he said.",
        "Loretta Banks called twice. One morning, a woman who would give only the name of her "
        "street, Linden Avenue, called to say her daughter had been ill.",
        "“I’m not saying it’s the water,” she said.",
    )
    for text in ("Everyone signs a petition,", "I’m not saying it’s the water,"):
        assert one(quotes, text).speaker is None
        assert "unnamed" in one(quotes, text).reason


def test_asking_not_to_be_named_is_no_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Booksellers have taken to it, and one in Whitby, who asked not to be named because she "
        "sells a great many copies, said some locals had taken the book “very personally "
        "indeed”.",
    )
    assert [q for q in quotes if q.speaker == "Whitby"] == []
    assert one(quotes, "very personally indeed").speaker is None


def test_a_role_right_after_an_anonymous_source_is_that_source(make_article: Make) -> None:
    paragraphs = (
        "Imani Castellow, who clerked for Judge Theodora Quist in 2004, said she was surprised.",
        "A former colleague on the appeals court, who spoke on the condition of anonymity, was "
        "less charitable. “Teddy has always believed she is the only honest person in any "
        "room,” the judge said.",
    )
    quote = one(
        found(make_article, *paragraphs),
        "Teddy has always believed she is the only honest person in any room,",
    )
    assert quote.speaker is None
    assert "unnamed" in quote.reason


def test_a_body_right_after_an_anonymous_source_is_still_the_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Ministry of Water said in a statement that levels were low.",
        "A senior diplomat who spoke on condition of anonymity said the offer had been refused.",
        "“Drinking water and livestock will come first,” the ministry said.",
    )
    assert one(quotes, "Drinking water and livestock will come first,").speaker == (
        "Ministry of Water"
    )


def test_someones_adviser_is_not_that_someone(make_article: Make) -> None:
    quotes = found(
        make_article,
        "State Sen. Dale Whitlock trails by 4,000 votes.",
        "A Whitlock adviser told me the campaign expected late mail ballots to “break our way, "
        "and not by a little.”",
    )
    assert [q for q in quotes if q.speaker == "Dale Whitlock"] == []
    assert one(quotes, "break our way, and not by a little.").speaker is None


def test_quoted_words_inside_a_groups_report_credit_no_one(make_article: Make) -> None:
    paragraphs = (
        "Sources close to the minister said she had been ‘blindsided’ by the article, which "
        "appeared hours before she was due to meet rebel MPs.",
    )
    quote = one(found(make_article, *paragraphs), "blindsided")
    assert (quote.kind, quote.speaker) == (QuoteKind.PARTIAL, None)
    assert "Sources close to the minister" in quote.reason
    # the report is kept, with no speaker: sources close to someone are no one named
    assert reported(make_article, *paragraphs)[0][1] is None


def test_a_phone_ins_labels(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Earl Vantongeren, 67, has hosted “The Party Line” on WPLR since 1991. Mayor Patrice "
        "Dunleavy came on the show twice.",
        "Vantongeren: Mayor, the board’s lit up. Dale, you’re on.",
        "Dale, Quarry Road: Morning, Earl. Who’s paying for my water heater?",
        "Dunleavy: Dale, I hear you, and I don’t have a good answer this morning.",
        "Caller: I’m not giving my name, because I work for the city.",
        "Dunleavy: That’s fair, and thank you.",
    )
    assert one(quotes, "Morning, Earl. Who’s paying for my water heater?").speaker == "Dale"
    caller = one(quotes, "I’m not giving my name, because I work for the city.")
    assert (caller.kind, caller.speaker) == (QuoteKind.QA, None)
    assert "“Caller”" in caller.reason
    assert not [q for q in quotes if q.text.startswith("Mayor, the board")]  # the host asks


def test_the_caller_named_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Earl, I’ve got a bathtub full of water the color of sweet tea. What am I supposed to "
        "do?”",
        "The caller was Loretta, from the Flats, the low neighborhood along the Pell River.",
    )
    quote = one(
        quotes,
        "Earl, I’ve got a bathtub full of water the color of sweet tea. What am I supposed to do?",
    )
    assert quote.speaker == "Loretta"
