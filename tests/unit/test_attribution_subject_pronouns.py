"""A pronoun subject means whom it meant where it stands: in "She told the judge that …" the
judge, named after "she", is not she; "Gowdy earlier Thursday said" is Gowdy, with a time."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_she_told_the_judge(make_article: Make) -> None:
    assert reported(
        make_article,
        "District Judge Roberta Szymanski imposed 14 years.",
        "Assistant District Attorney Nicole Farraday called the apology “eleven months late.” "
        "She told the judge that a bartender had offered to call Landholm a ride that night.",
    )[-1] == ("a bartender had offered to call Landholm a ride that night.", "Nicole Farraday")


def test_a_time_after_the_subject_is_no_role(make_article: Make) -> None:
    paragraphs = (
        "Reince Priebus is the party's chairman, and Rep. Trey Gowdy leads the panel.",
        "Gowdy earlier Thursday said the committee has conducted 75 witness interviews.",
        "Priebus later Thursday told Fox News: “Both men are meeting up next week to talk.”",
    )
    assert reported(make_article, *paragraphs)[0][1] == "Trey Gowdy"
    quote = one(found(make_article, *paragraphs), "Both men are meeting up next week to talk.")
    assert quote.speaker == "Reince Priebus"
