"""Cases a review of the fourth session's rules found them getting wrong (2026-12-01): each
passed before those rules and must pass with them."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.model import QuoteKind


def test_a_title_and_a_name_after_a_body_of_a_place_are_a_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Bank of England Governor Andrew Bailey said inflation was falling. “We are not there "
        "yet,” Bailey said.",
    )
    assert one(quotes, "We are not there yet,").speaker == "Andrew Bailey"


def test_a_group_word_in_a_clause_or_before_a_named_cue_is_no_term(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Maria Lopez, who represents the workers, called it “a scandal.”",
        "Union members called it “a betrayal,” said Jane Okafor, a steward.",
    )
    assert one(quotes, "a scandal.").speaker == "Maria Lopez"
    assert one(quotes, "a betrayal,").speaker == "Jane Okafor"


def test_a_message_from_someone_s_relative_or_lawyer_is_not_theirs(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Maria Lopez spent a month in hospital. A card from her daughter read: “Get well soon.”",
        "Rosa Alvarez is suing. A letter from Alvarez's lawyer reads: “My client denies it.”",
    )
    assert one(quotes, "Get well soon.").speaker != "Maria Lopez"
    assert one(quotes, "My client denies it.").speaker is None


def test_a_name_before_a_plural_noun_is_no_present_tense_beat(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Donald Trump took the stage at nine. Trump supporters cheered. “Four more years!”",
    )
    assert one(quotes, "Four more years!").speaker != "Donald Trump"


def test_hon_is_a_surname_and_branded_as_after_a_name_is_theirs(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I wanted to quit smoking myself,” Hon Lik said.",
        "Gov. Carter Bellamy dismissed the findings, which he branded as “fake news.”",
    )
    assert one(quotes, "I wanted to quit smoking myself,").speaker == "Hon Lik"
    fake = one(quotes, "fake news.")
    assert (fake.kind, fake.speaker) == (QuoteKind.PARTIAL, "Carter Bellamy")
