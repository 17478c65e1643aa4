"""Block quotes and titles: a social post embedded as a block quote is signed by its account
line ("— Name (@handle) date"), an account named with a body's initials is that body's, and a
work's title set off by commas after where it ran is a title."""

from __future__ import annotations

from attribution_helpers import Make

from reader.core.model import ParagraphKind, QuoteKind
from reader.core.pipeline import analyse

BLOCK = ParagraphKind.BLOCKQUOTE


def test_a_post_signed_by_a_person_s_account_is_theirs(make_article: Make) -> None:
    article = make_article(
        "Craig Dunlop, a pilot, flies the glacier route.",
        "Snowline sitting at 2180m this morning. Best I've seen in years.",
        "— Craig Dunlop (@dunlopflies) March 3, 2026",
        kinds={1: BLOCK, 2: BLOCK},
    )
    blocks = [q for q in analyse(article).quotes if q.kind is QuoteKind.BLOCK]
    assert [(q.text, q.speaker) for q in blocks] == [
        ("Snowline sitting at 2180m this morning. Best I've seen in years.", "Craig Dunlop")
    ]


def test_an_account_named_with_a_body_s_initials_is_the_body_s(make_article: Make) -> None:
    article = make_article(
        "The National Space Exploration Administration postponed the Lantern launch.",
        "Update on #Lantern: we are moving launch to no earlier than February 2027.",
        "— NSEA Lantern (@NSEALantern)",
        kinds={1: BLOCK, 2: BLOCK},
    )
    [post] = [q for q in analyse(article).quotes if q.kind is QuoteKind.BLOCK]
    assert post.speaker == "National Space Exploration Administration"
    assert "“NSEA Lantern” is National Space Exploration Administration" in post.reason


def test_an_account_with_initials_of_no_body_stays_its_own(make_article: Make) -> None:
    article = make_article(
        "Fans filled the square.",
        "What a night for this city.",
        "— ABC Supporters Club (@abcfans)",
        kinds={1: BLOCK, 2: BLOCK},
    )
    [post] = [q for q in analyse(article).quotes if q.kind is QuoteKind.BLOCK]
    assert post.speaker != "National Space Exploration Administration"
    assert post.mention == "ABC Supporters Club"


def test_a_work_s_title_after_where_it_ran_is_a_title(make_article: Make) -> None:
    """ "In an essay for this newspaper in 2019, “On Owing”, she wrote that …": the essay's
    title, not her words (her report follows it)."""
    article = make_article(
        "Imogen Sallis, 58, published four novels. In an essay for this newspaper in 2019, "
        "“On Owing”, she wrote that the job had taught her more about fiction than any course."
    )
    quotes = analyse(article).quotes
    [title] = [q for q in quotes if q.text.startswith("On Owing")]
    assert (title.kind, title.speaker) == (QuoteKind.TITLE, None)
    reports = [q for q in quotes if q.kind is QuoteKind.INDIRECT]
    assert [(q.text[:30], q.speaker) for q in reports] == [
        ("the job had taught her more ab", "Imogen Sallis")
    ]


def test_a_phrase_after_a_work_that_is_speech_stays_speech(make_article: Make) -> None:
    article = make_article(
        "In an interview for the paper last week, Mr. Ortiz said, “We Will Not Back Down.”"
    )
    [said] = [q for q in analyse(article).quotes if q.kind is not QuoteKind.INDIRECT]
    assert said.kind is not QuoteKind.TITLE


def test_a_transcript_quoted_as_a_block_is_its_speakers_answers(make_article: Make) -> None:
    """ "CURTIS PELHAM: Walk me through it." in a block quote: his words, the label left out."""
    article = make_article(
        "Board member Curtis Pelham pressed Superintendent Lorraine Whitsett on the rule. From "
        "the district's recording:",
        "CURTIS PELHAM: Walk me through it. What does my daughter do?",
        "LORRAINE WHITSETT: She does what the adult in the room tells her to do.",
        kinds={1: BLOCK, 2: BLOCK},
    )
    quotes = analyse(article).quotes
    assert [(q.kind, q.text, q.speaker) for q in quotes if q.kind is not QuoteKind.INDIRECT] == [
        (QuoteKind.QA, "Walk me through it. What does my daughter do?", "Curtis Pelham"),
        (QuoteKind.QA, "She does what the adult in the room tells her to do.", "Lorraine Whitsett"),
    ]


def test_a_label_in_capitals_that_names_no_one_is_no_answer(make_article: Make) -> None:
    article = make_article(
        "The council met on Monday.",
        "BREAKING NEWS: the bridge is closed.",
        "TRAFFIC UPDATE: expect delays.",
    )
    assert [q for q in analyse(article).quotes if q.kind is QuoteKind.QA] == []
