"""A quote right after a one-word mood ("Strand is unbothered. “…”"), a possessive lead with a
long aside before its colon, and a title joined by "and" to a role in capitals ("President and
CEO Catherine Doucet")."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_mood_in_a_word_before_a_quote_is_the_speakers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We hate that phrase,” says Leona Strand, who founded Orbis with Femi Adebayo.",
        "Adebayo, the company’s technology chief, is more cautious about the ring.",
        "Strand is unbothered. “Every product is repetitive at version one.”",
    )
    assert one(quotes, "Every product is repetitive at version one.").speaker == "Leona Strand"


def test_a_mood_after_an_interview_phrase(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Senator Holt Varney has been criticised by members of both parties.",
        "In an interview with the Tidewater Post-Courier, Mr. Varney was unrepentant. “If they "
        "want to call me stubborn, fine.”",
    )
    assert one(quotes, "If they want to call me stubborn, fine.").speaker == "Holt Varney"


def test_a_passive_is_no_mood(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Senator Holt Varney spoke first.",
        "Ivo Brand was elected. “It is a new day for the county.”",
    )
    assert one(quotes, "It is a new day for the county.").speaker != "Ivo Brand"


def test_a_possessive_lead_with_a_long_aside(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The referee, Nadia Ferrante, called both captains over after a third collapsed scrum. "
        "Her warning, picked up by the stadium microphone, was unambiguous: “Next one is a "
        "yellow card, I don’t care who it is.”",
    )
    speaker = one(quotes, "Next one is a yellow card, I don’t care who it is.").speaker
    assert speaker == "Nadia Ferrante"


def test_a_title_and_a_role_in_capitals_are_one_persons(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Maplewood Bank will cut about 900 jobs, the lender said Thursday.",
        "“These decisions are never easy,” President and CEO Catherine Doucet said in a memo.",
        "“We will support everyone affected,” said Chairman and CEO Arlo Finch.",
    )
    assert one(quotes, "These decisions are never easy,").speaker == "Catherine Doucet"
    assert one(quotes, "We will support everyone affected,").speaker == "Arlo Finch"
