"""Feature, tabloid and wire shapes found by a blind probe suite (mix11): "That is how X, who …,
describes the months after …", "That is the philosophy of X", an age and a role with "of"
("the 46-year-old mother of seven"), an office holder in a lede ("The health secretary has
said"), "Chief Ombudsman X", a nickname of two words ("Gary 'Mad Dog' Mulcahy") and a reason
that quotes a nickname as the article wrote it."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_that_is_how_someone_describes_something(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The first thing you lose is the sound of it.”",
        "That is how Teodora Lindqvist, who skippered a trawler for 22 years, describes the "
        "months after she came ashore.",
    )
    assert one(quotes, "The first thing you lose is the sound of it.").speaker == (
        "Teodora Lindqvist"
    )


def test_that_is_the_philosophy_of(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Science is mostly failure with good lighting.”",
        "That is the philosophy of Professor Adaeze Nwosu, who runs the lab.",
    )
    assert one(quotes, "Science is mostly failure with good lighting.").speaker == "Adaeze Nwosu"


def test_an_age_and_a_role_with_of(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Under a blistering sun, Fatoumata Kanouté bends over a row of withered millet.",
        "“We planted twice,” the 46-year-old mother of seven told AFP through an interpreter.",
    )
    assert one(quotes, "We planted twice,").speaker == "Fatoumata Kanouté"


def test_an_office_holder_in_a_lede_is_the_one_named_next(make_article: Make) -> None:
    got = reported(
        make_article,
        "The health secretary has said hospitals will be given extra money to clear the backlog.",
        "Rebecca Thorne-Ellis told a radio programme that ministers would not guess a figure.",
    )
    assert (
        "hospitals will be given extra money to clear the backlog.",
        "Rebecca Thorne-Ellis",
    ) in got


def test_an_ombudsman_before_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Too many victims are still being told it was their own fault,” Chief Ombudsman Rhian "
        "Pryce-Jones said in a statement.",
    )
    assert one(quotes, "Too many victims are still being told it was their own fault,").speaker == (
        "Rhian Pryce-Jones"
    )


def test_a_nickname_of_two_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Former hardman Gary 'Mad Dog' Mulcahy has opened up about his gambling.",
        "Mulcahy, 52, told the paper: 'I'd bet on anything.'",
    )
    assert one(quotes, "I'd bet on anything.").speaker == "Gary Mulcahy"


def test_a_reason_quotes_a_nickname_as_written(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Antonio “Tony” Scarpelli said Monday that the restaurant would reopen next month.",
    )
    report = one(quotes, "the restaurant would reopen next month.")
    assert report.speaker == "Antonio Scarpelli"
    assert "xxx" not in report.reason and "Tony" in report.reason


def test_a_second_report_by_a_role_and_a_tagged_name(make_article: Make) -> None:
    got = reported(
        make_article,
        "State Rep. Cody Blackfeather, R-Kalispell, called the proposal wasteful on Tuesday, "
        "while its sponsor, Rep. Annika Strand, D-Missoula, said the bill would protect water "
        "rights for generations.",
    )
    assert ("the bill would protect water rights for generations.", "Annika Strand") in got
