"""A source the article keeps unnamed on purpose ("who asked not to be named") is the one a
"she said" right after means, not the last woman named; a spokeswoman who asked not to be named
still speaks for her body."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_pronoun_after_an_unnamed_source_is_that_source(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dervla O'Hanlon, a councillor, said the charges were unfair. A spokeswoman for Health "
        "Executive West said the income was ring-fenced.",
        "A senior nurse, who asked not to be named because she is not authorised to speak, said "
        "staff paid €600 a year to park.",
        "“They call the overflow the Quarry,” she said.",
    )
    quote = one(quotes, "They call the overflow the Quarry,")
    assert quote.speaker is None
    assert "unnamed" in quote.reason


def test_someone_named_after_the_unnamed_source_is_meant(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A senior official, who spoke on condition of anonymity, said the talks had stalled. "
        "Maria Lopez, the minister, disagreed.",
        "“We are close,” she said.",
    )
    assert one(quotes, "We are close,").speaker == "Maria Lopez"


def test_a_spokeswoman_who_asked_not_to_be_named_speaks_for_her_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A spokeswoman for Tillery County, who asked not to be named in keeping with county "
        "policy, said the commission would cooperate.",
        "“We take these questions seriously,” she said.",
    )
    assert one(quotes, "We take these questions seriously,").speaker == "Tillery County"
