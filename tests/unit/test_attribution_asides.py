"""Quoted words in an aside between a report's subject and its verb, and an inverted cue whose
"speaker" is really the subject of what was said (fifth session, from PolNeAR train's wording)."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.model import QuoteKind


def test_a_quote_in_the_subject_s_aside_is_the_subject_s(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Paul Manafort runs the campaign. Mr. Manafort, citing “the unique magic of Trump,” said "
        "the candidate could be competitive in states like Pennsylvania.",
    )
    quote = one(quotes, "the unique magic of Trump,")
    assert (quote.kind, quote.speaker) == (QuoteKind.PARTIAL, "Paul Manafort")
    assert "aside" in quote.reason


def test_an_inverted_cue_followed_by_a_verb_names_no_speaker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ana Ruiz chairs the board. Ruiz, calling the deal “a bargain,” said the mayor would sign "
        "it before the summer recess.",
        "“We will win this,” said the mayor in Ohio.",
    )
    assert one(quotes, "a bargain,").speaker == "Ana Ruiz"
    assert one(quotes, "We will win this,").mention == "the mayor"


def test_a_title_in_an_aside_stays_nobody_s(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Peter Serafinowicz acts. Serafinowicz, who starred in “Guardians of the Galaxy,” posted "
        "the clip on Thursday and said it was a joke for everyone.",
    )
    assert one(quotes, "Guardians of the Galaxy,").speaker is None
