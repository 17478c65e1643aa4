"""The writer's own words: a first-person cue ("“Is that a threat?” I asked") names the one the
byline names, or no one; and a reader's question signed after its quote on a problem page."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_the_writers_question_is_the_bylines(make_article: Make) -> None:
    quotes = found(
        make_article,
        "By Tessa Marlowe",
        "Halfway through lunch, Declan Moyse told me he had read every review I had written.",
        "“I’ll remember it,” he said, smiling.",
        "“Is that a threat?” I asked.",
    )
    asked = one(quotes, "Is that a threat?")
    assert asked.speaker == "Tessa Marlowe"
    assert "the byline names Tessa Marlowe" in asked.reason
    assert one(quotes, "I’ll remember it,").speaker == "Declan Moyse"


def test_the_writer_introducing_her_own_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "By Helen Strand, Consumer Champion",
        "I rang Hartwell Insurance myself.",
        "I told the claims manager: “Your own policy covers storm damage to walls.”",
    )
    assert one(quotes, "Your own policy covers storm damage to walls.").speaker == "Helen Strand"


def test_with_no_byline_the_writers_words_are_no_one_elses(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The photographer Desmond Kalu-Whitfield still carries a film camera everywhere.",
        "“Why not digital?” I ask him. “Because digital never forgets,” he says.",
    )
    asked = one(quotes, "Why not digital?")
    assert asked.speaker is None
    assert "the writer's own words" in asked.reason
    assert one(quotes, "Because digital never forgets,").speaker == "Desmond Kalu-Whitfield"


def test_the_writer_narrating_after_a_full_stop_is_no_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "By Ruth Kell",
        "Agnes Thorburn stood at the front with a map and said: “You have my word.” I wrote "
        "it down at the time.",
    )
    assert one(quotes, "You have my word.").speaker == "Agnes Thorburn"


def test_a_readers_question_signed_after_its_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Q: “I booked a hire car in Malaga and was charged £450 for a scratch.” – Neil "
        "Rowntree, via email",
        "A: Your photos are your strongest evidence.",
    )
    booked = one(quotes, "I booked a hire car in Malaga and was charged £450 for a scratch.")
    assert booked.speaker == "Neil Rowntree"
