"""A social post embedded as a block quote is signed by its account's line: "— Name (@handle)
date". An account named with a body's initials is that body's."""

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
