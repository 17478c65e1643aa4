"""Trailers read in real news (PolNeAR train): a quote whose cue names someone the engine cannot
delimit is not handed to the last speaker; joined acronyms before a title; "is quoted as
saying"; and a broadcaster's programme named in quote marks is a title, nobody's words."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.model import QuoteKind


def test_an_unread_cue_keeps_the_last_speaker_off_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We will keep marching,” said Rosa Delgado, who leads the tenants' union.",
        "“They have to decide whether to feed themselves or their kids,” Fight for $15 "
        "organizing director Kendall Fells told Fox News 6 in Milwaukee.",
    )
    assert one(quotes, "We will keep marching,").speaker == "Rosa Delgado"
    assert one(quotes, "They have to decide whether to feed themselves or their kids,").speaker in (
        None,
        "Kendall Fells",
    )


def test_a_paragraph_of_quotation_without_a_cue_still_continues(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We will keep marching,” said Rosa Delgado, who leads the tenants' union.",
        "“The landlords know where to find us, and so does the council.”",
    )
    speaker = one(quotes, "The landlords know where to find us, and so does the council.").speaker
    assert speaker == "Rosa Delgado"


def test_joined_acronyms_before_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The deal holds,” said AFL-CIO President Liz Shuler.",
        "“We grew,” AT&T chief executive John Stankey said.",
        "“People are starting to think,” said UC-AFT President Bob Samuels, who backed the plan.",
    )
    assert one(quotes, "The deal holds,").speaker == "Liz Shuler"
    assert one(quotes, "We grew,").speaker == "John Stankey"
    assert one(quotes, "People are starting to think,").speaker == "Bob Samuels"


def test_is_quoted_as_saying(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ed Braynard runs a small polling firm in Annapolis.",
        "“Our method succeeds where others fail,” Braynard is quoted as saying.",
    )
    assert one(quotes, "Our method succeeds where others fail,").speaker == "Ed Braynard"


def test_a_programme_in_quote_marks_is_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I think Kasich would be the best nominee,” Lindsey Graham said on MSNBC’s “Morning "
        "Joe,” adding, “His problem is he is an insider in an outsider year.”",
        "Senator Ada Pruitt told CNN’s “State of the Union” that the bill was dead.",
    )
    for title in ("Morning Joe,", "State of the Union"):
        quote = one(quotes, title)
        assert quote.kind is QuoteKind.TITLE and quote.speaker is None
    assert one(quotes, "His problem is he is an insider in an outsider year.").speaker == (
        "Lindsey Graham"
    )


def test_an_appositive_without_its_closing_comma(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The county closed every road into the valley on Sunday.",
        "“The roads are closed until the water drops,” Mara Quill, the county emergency "
        "manager told reporters.",
        "“We will rebuild,” Tomas Ferro, a baker whose shop burned said.",
    )
    closed = one(quotes, "The roads are closed until the water drops,")
    assert closed.speaker == "Mara Quill" and closed.venue == "reporters"
    assert one(quotes, "We will rebuild,").speaker == "Tomas Ferro"
