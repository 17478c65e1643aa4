"""A source described by an adjective and a noun ("a Democratic aide", "an Irish government
official", "the French foreign ministry") is read as the whole phrase in every cue order: the
capitalised adjective alone is not a speaker."""

from __future__ import annotations

import pytest
from attribution_helpers import Make, found, one, reported

QUOTE = "It is a disgrace,"


def _orders(phrase: str) -> list[str]:
    return [f"“{QUOTE}” said {phrase}.", f"“{QUOTE}” {phrase} said."]


@pytest.mark.parametrize(
    "phrase",
    [
        "a Democratic aide",
        "an Irish government official",
        "a senior Republican strategist",
        "one Tory backbencher",
        "a local Green councillor",
        "a Western diplomat",
        "a Conservative MP",
    ],
)
def test_an_adjective_before_a_role_names_no_one(make_article: Make, phrase: str) -> None:
    for paragraph in _orders(phrase):
        quote = one(found(make_article, paragraph), QUOTE)
        assert quote.speaker is None, paragraph
        assert f"“{phrase}”" in quote.reason, paragraph  # not "no speaker is named"


def test_an_unnamed_group_after_the_verb_is_not_its_adjective(make_article: Make) -> None:
    paragraph = f"“{QUOTE}” said a major Muslim civil rights group."
    assert one(found(make_article, paragraph), QUOTE).speaker is None


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("the French foreign ministry", "French foreign ministry"),
        ("the German government", "German government"),
        ("the Swiss bank", "Swiss bank"),
    ],
)
def test_a_body_after_the_verb_keeps_its_head(make_article: Make, phrase: str, body: str) -> None:
    for paragraph in _orders(phrase):
        assert one(found(make_article, paragraph), QUOTE).speaker == body, paragraph


def test_a_reported_claim_from_a_party_aide_is_no_one_s(make_article: Make) -> None:
    pairs = reported(
        make_article,
        "Senator Dana Whitcombe voted against the bill on Tuesday.",
        "A Democratic aide said the caucus would not bring the bill back before the recess.",
    )
    assert not any(speaker == "Democratic" for _, speaker in pairs)


def test_a_party_s_role_means_the_one_the_article_gave_that_party(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Keir Dalton, the Labour leader, and Ann Price, the Conservative leader, met on Monday.",
        "“We made no progress at all,” said the Conservative leader.",
        "“There is still time,” the Labour leader said.",
    )
    assert one(quotes, "We made no progress at all,").speaker == "Ann Price"
    assert one(quotes, "There is still time,").speaker == "Keir Dalton"
