"""A speaker named in the sentence after a quote that opens its paragraph ("That was how …
remembered her", "The warning came from …"), and a name after a role in lower case in an
appositive ("Her lawyer, advocate Daniel Roux, said:")."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_that_was_how_someone_remembered_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sister Agnes Kiely, who founded a school for deaf children in 1971, has died aged 92.",
        "“She never raised her voice, and she never lost an argument.” That was how her former "
        "pupil, now the school’s principal, Eoin Madden, remembered her on Thursday.",
    )
    quote = one(quotes, "She never raised her voice, and she never lost an argument.")
    assert quote.speaker == "Eoin Madden"


def test_the_next_sentence_beats_the_last_paragraphs_source(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A maternity ward will stay closed for six more months, the health service has confirmed.",
        "“We are asking women to drive two hours to give birth. That is a gamble.” The warning "
        "came from Dr Fiona Leith, a GP in the town for 22 years.",
    )
    quote = one(quotes, "We are asking women to drive two hours to give birth. That is a gamble.")
    assert quote.speaker == "Fiona Leith"


def test_a_lower_case_role_before_a_name_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The boy's mother, Zanele Dube, wept outside the court. Her lawyer, advocate Daniel "
        "Roux, said: “Today a mother has been heard.”",
        "Supervisor Gloria Benavides called the plan “a traffic jam waiting to happen”.",
    )
    assert one(quotes, "Today a mother has been heard.").speaker == "Daniel Roux"
    assert one(quotes, "a traffic jam waiting to happen").speaker == "Gloria Benavides"
