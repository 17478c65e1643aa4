"""Speakers introduced around a quote rather than next to it: a name heading over a Q&A, and
"With that, X …" after a quote that opens the piece."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.model import QuoteKind


def test_each_name_heading_owns_the_answers_below_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "We put the same question to Kath Moorcroft on the picket line and to Julian Ashdown.",
        "Kath Moorcroft, staff nurse, A&E",
        "Q: What would end the strike tomorrow?",
        "A: Put the allowance back. That's all we are asking for.",
        "Julian Ashdown, chief executive",
        "Q: What would end the strike tomorrow?",
        "A: A return to talks without preconditions. My door is still open.",
    )
    answers = [(q.text, q.speaker) for q in quotes if q.kind is QuoteKind.QA]
    assert answers == [
        ("Put the allowance back. That's all we are asking for.", "Kath Moorcroft"),
        ("A return to talks without preconditions. My door is still open.", "Julian Ashdown"),
    ]


def test_a_name_line_not_followed_by_a_question_is_not_a_heading(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Q: Who spoke first at the meeting?",
        "A: The treasurer did, and then the chair.",
        "Julian Ashdown, chief executive",
        "The meeting ran late.",
    )
    assert [q.speaker for q in quotes if q.kind is QuoteKind.QA] in ([], [None])


def test_with_that_names_the_speaker_of_the_opening_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“You sold your customers a doorbell. What you sold their neighbours was a network.”",
        "With that, Rep. Harriet Okonjo, the chair of the subcommittee, opened a three-hour "
        "hearing on Tuesday.",
    )
    quote = one(
        quotes, "You sold your customers a doorbell. What you sold their neighbours was a network."
    )
    assert quote.speaker == "Harriet Okonjo"
    assert "sentence after the quote" in (quote.reason or "")
