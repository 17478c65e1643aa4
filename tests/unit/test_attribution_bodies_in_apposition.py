"""A body named in apposition to a possessive ("His union, the Police Officers Federation of
Minneapolis, said"), quoted words inside that report are the body's even after another speaker's
quote, "Kessler's head of human resources, Annika Vogt," after a quote, and a "whose" clause is
no subject."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_body_in_apposition_reports_and_owns_its_quoted_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“An officer who does that does not belong in this uniform. Period,” Chief Adaeze Monroe "
        "said. The sergeant, Travis Lund, could not be reached. His union, the Police Officers "
        "Federation of Minneapolis, said in a statement that the arbitrator had “applied the "
        "contract as written.”",
    )
    speaker = one(quotes, "applied the contract as written.").speaker
    assert speaker == "Police Officers Federation of Minneapolis"


def test_a_possessive_head_of_after_a_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kessler Autowerke will cut 3,200 jobs at its German plants, the company said.",
        "“Nobody at this company takes a decision like this lightly,” Kessler’s head of human "
        "resources, Annika Vogt, told the Rhein-Main Kurier.",
    )
    speaker = one(quotes, "Nobody at this company takes a decision like this lightly,").speaker
    assert speaker == "Annika Vogt"


def test_a_whose_clause_is_no_subject(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Sandvlei Residents’ Association said the march was peaceful.",
        "Ward 14 councillor Priscilla Naidoo, whose ward includes most of Sandvlei, said the "
        "mayor was failing residents.",
    )
    assert ("the mayor was failing residents.", "Priscilla Naidoo") in got


def test_the_union_is_the_association_named_before(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Millbrook Police Officers Association, which represents the department’s officers, "
        "said the cut was wrong.",
        "The union said its members had averaged 22 hours of overtime a month last year.",
    )
    assert (
        "its members had averaged 22 hours of overtime a month last year.",
        "Millbrook Police Officers Association",
    ) in got
