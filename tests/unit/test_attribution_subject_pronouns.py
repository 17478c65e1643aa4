"""Subjects: a pronoun means whom it meant where it stands (in "She told the judge that …" the
judge, named after "she", is not she); "Gowdy earlier Thursday said" is Gowdy, with a time; "The
authority puts the figure at 250 and says …" is the authority."""

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


def test_a_body_by_its_kind_then_and_says(make_article: Make) -> None:
    paragraphs = (
        "The Calloway Port Authority plans to automate the Eastern Terminal.",
        "The authority puts the figure closer to 250 and says most of those jobs would disappear "
        "through retirement.",
        "The council leader dismissed the walkout and said the seats had been empty.",
    )
    found_reports = reported(make_article, *paragraphs)
    assert (
        "most of those jobs would disappear through retirement.",
        "Calloway Port Authority",
    ) in found_reports
    assert all(speaker != "The council" for _, speaker in found_reports)


def test_accepted_that_is_a_concession_and_reports(make_article: Make) -> None:
    paragraphs = (
        "Fergal Ó Ceallaigh is the hospital's general manager.",
        "Speaking on Tuesday, Mr Ó Ceallaigh accepted that the free parking scheme was 'clearly "
        "not reaching everybody it should' and said staff would hand out the forms.",
        "The council accepted the award on Friday.",
    )
    [(content, speaker)] = reported(make_article, *paragraphs)
    assert content.startswith("the free parking scheme") and speaker == "Fergal Ó Ceallaigh"
    partial = one(found(make_article, *paragraphs), "clearly not reaching everybody it should")
    assert partial.speaker == "Fergal Ó Ceallaigh"
