"""Sources a profile or a political story names by trade, age, generation or office, and leads
that introduce a quote without a reporting verb."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_trade_names_the_person_the_piece_is_about(make_article: Make) -> None:
    speech = reported(
        make_article,
        "Mira Solberg has cancelled the last five dates of her tour. The singer said on Instagram "
        "that she had been told by doctors to rest her voice for a month.",
    )
    assert ("she had been told by doctors to rest her voice for a month.", "Mira Solberg") in speech


def test_the_theatre_is_the_body_named_as_one(make_article: Make) -> None:
    speech = reported(
        make_article,
        "The Old Granary Theatre in Brisk has called off its pantomime after a flood. The theatre "
        "said in a statement that every ticket holder would be refunded within a fortnight.",
    )
    assert speech == [
        ("every ticket holder would be refunded within a fortnight.", "Old Granary Theatre")
    ]


def test_when_and_british_spellings_after_the_verb(make_article: Make) -> None:
    speech = reported(
        make_article,
        "The chancellor, Ruth Ames, signalled on Monday that she was ready to raise the tax-free "
        "allowance. Her deputy, Karl Finch, said afterwards that no decision had been taken.",
    )
    assert ("she was ready to raise the tax-free allowance.", "Ruth Ames") in speech
    assert ("no decision had been taken.", "Karl Finch") in speech


def test_words_someone_had_for_others_after_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Police said a 40-year-old man had been arrested. The victim, Lwazi Khumalo, 61, was "
        "shot twice.",
        "Khumalo's sister, Zodwa, had a simple message for the town: “Somebody saw this. Speak.”",
        "The kit had three parts: “a frame”, “a pump” and “a hose”.",
    )
    message = one(quotes, "Somebody saw this. Speak.")
    assert message.speaker == "Zodwa Khumalo"
    assert "had a simple message" in message.reason
    assert one(quotes, "a frame").speaker is None


def test_a_verdict_of_a_role_then_its_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "‘This plan is a white flag.’",
        "That was the verdict of the shadow home secretary, Naomi Pryce, minutes after the home "
        "secretary, Alan Dewar, sat down.",
    )
    assert one(quotes, "This plan is a white flag.").speaker == "Naomi Pryce"


def test_an_age_skips_people_the_article_gives_another_age(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Coach Dana Ruiz, 44, had rested the forward for a month; Tia Marsh turned 22 in June.",
        "“I was climbing the walls,” the 22-year-old said.",
    )
    assert one(quotes, "I was climbing the walls,").speaker == "Tia Marsh"


def test_the_younger_of_a_father_and_a_son_with_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Former Sen. Hal Brennan and his son, Rep. Luke Brennan, D-Ore., toured the dam.",
        "“This is the fight of my career,” the younger Brennan said.",
        "“He gets that from his mother,” the elder Brennan said.",
    )
    assert one(quotes, "This is the fight of my career,").speaker == "Luke Brennan"
    assert one(quotes, "He gets that from his mother,").speaker == "Hal Brennan"


def test_an_honorific_between_an_office_and_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Chief Minister Shri Arvind Kale led his party to a second term on Sunday.",
        "“The first file I sign will be for the farmers,” the Chief Minister said.",
    )
    assert one(quotes, "The first file I sign will be for the farmers,").speaker == "Arvind Kale"


def test_a_relative_by_first_name_after_an_owner_named_by_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Coach Shane Tobin has handed a debut to 17-year-old halfback Lachlan Petersen.",
        "Tobin said the teenager had earned it, and assistant coach Dean Marsh agreed. "
        "Petersen's father, Craig, played 140 games for "
        "the club. “He doesn't get nervous. I'm nervous for both of us,” Craig said.",
    )
    assert one(quotes, "He doesn't get nervous. I'm nervous for both of us,").speaker == (
        "Craig Petersen"
    )


def test_someones_reason_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Yelena Sorin, principal dancer for 14 years, will retire in December. Director Colm "
        "Hart called her “irreplaceable”.",
        "Sorin's reason for stopping now is simple: “I want to leave while I can still dance "
        "the second act properly.”",
    )
    quote = one(quotes, "I want to leave while I can still dance the second act properly.")
    assert quote.speaker == "Yelena Sorin"
