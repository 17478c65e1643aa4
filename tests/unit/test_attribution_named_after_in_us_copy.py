"""Shapes from blind suite mix95 (US national copy): "the Democrat said" of the lawmaker the
article has just described, speakers named only after the words ("The warning came not from A
but from X", "Those were among the words Senator X used", "— Sen. X (D-Ill.), describing …",
"according to an email sent … by X") and "Then she turned to face them:"."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_the_party_word_alone_is_the_lawmaker_just_described(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Representative Aurelio Bustamante, a three-term Colorado Democrat, is running for the "
        "Senate on a platform built around housing.",
        "“Every town is becoming a resort,” the Democrat said at a stop in Loveland.",
    )
    assert one(quotes, "Every town is becoming a resort,").speaker == "Aurelio Bustamante"


def test_the_party_word_alone_is_the_one_tagged_with_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sen. Roy Albrecht, R-Neb., voted against the bill on Tuesday.",
        "The vote was 52 to 48.",
        "“It is a bad bill,” the Republican said.",
    )
    assert one(quotes, "It is a bad bill,").speaker == "Roy Albrecht"


def test_speakers_named_after_the_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“There is no version of this merger that works.” The warning came not from a consumer "
        "group but from Garrett Lowe, the chief executive of a rival chain.",
        "“Reckless.” “A danger to the Constitution.” Those were among the words Senator Gideon "
        "Marsh of Florida used on Thursday to describe the decision.",
    )
    assert one(quotes, "There is no version of this merger that works.").speaker == "Garrett Lowe"
    assert one(quotes, "A danger to the Constitution.").speaker == "Gideon Marsh"


def test_a_signature_after_a_dash_and_an_email_sent_by_someone(make_article: Make) -> None:
    quotes = found(
        make_article,
        "QUOTE OF THE DAY: “I have seen more bipartisanship at a middle school dance.” — Sen. "
        "Rowena Castile (D-Ill.), describing the talks to reporters on Tuesday.",
        "“We are not in a position to issue refunds,” according to an email sent to passengers "
        "on Friday by Ingrid Sorensen, the vice president for customer experience.",
    )
    said = one(quotes, "I have seen more bipartisanship at a middle school dance.")
    assert said.speaker == "Rowena Castile"
    assert one(quotes, "We are not in a position to issue refunds,").speaker == "Ingrid Sorensen"


def test_a_pronoun_after_then_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Assistant U.S. Attorney Vivian Marchbanks walked jurors through the bank records one "
        "last time. Then she turned to face them: “Follow the money.”",
    )
    assert one(quotes, "Follow the money.").speaker == "Vivian Marchbanks"


def test_features_name_the_speaker_around_a_long_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Cuthbert Ransome-Ayodele has walked every footpath in the county. I asked him which walk "
        "he would recommend. His answer took some time.",
        "“Go to the hills on a weekday in October, early, before the mist has burned off.”",
        "“When the mine closed, the men just sat in their kitchens.” That is the memory that "
        "drove Lowri Pritchard-Evans, now 58, to write her first play.",
    )
    walk = one(
        quotes, "Go to the hills on a weekday in October, early, before the mist has burned off."
    )
    assert walk.speaker == "Cuthbert Ransome-Ayodele"
    mine = one(quotes, "When the mine closed, the men just sat in their kitchens.")
    assert mine.speaker == "Lowri Pritchard-Evans"


def test_she_talked_for_a_while_before_her_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Agnieszka Wolanska runs a repair café in Salford. Her husband, Tadeusz, does the "
        "soldering. She does the talking, and when I asked her why she started it, she talked "
        "for a while.",
        "“Where I grew up, nobody threw anything away.”",
    )
    said = one(quotes, "Where I grew up, nobody threw anything away.")
    assert said.speaker == "Agnieszka Wolanska"
