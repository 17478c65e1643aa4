"""Court and feature copy: a paper "by Dr. X", a victim named with her age in apposition, "the
Kilmallow man" for the one described as from there, an anonymous officer who is not the person
named next, and a whole name that opens the paragraph after a lone quote with a view."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_paper_by_a_titled_author_is_theirs(make_article: Make) -> None:
    reports = reported(
        make_article,
        "The paper, by Dr. Ines Valcourt, a hydrologist at Lakehead University, found that "
        "meltwater now supplies less than a fifth of the river's summer flow.",
    )
    assert (
        "meltwater now supplies less than a fifth of the river's summer flow.",
        "Ines Valcourt",
    ) in reports


def test_a_name_with_its_age_in_apposition_to_a_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In a statement read to the court by prosecutor Owen Hale, the victim, 71-year-old "
        "Marjorie Kett, said: “I no longer open the door to anyone.”",
    )
    assert one(quotes, "I no longer open the door to anyone.").speaker == "Marjorie Kett"


def test_the_man_from_a_place_is_the_one_described_as_from_there(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ciarán Dolan, a 31-year-old plasterer from Ardglass, and Mark Heffernan, 29, from "
        "Tullow, were found not guilty on all counts.",
        "“I just want to go home,” the Ardglass man said outside the court.",
    )
    assert one(quotes, "I just want to go home,").speaker == "Ciarán Dolan"
    assert "from there" in one(quotes, "I just want to go home,").reason


def test_an_anonymous_source_in_a_lede_is_not_the_person_named_next(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We are running the night shift with three cars,” said one officer, who spoke on the "
        "condition of anonymity because he was not authorized to discuss staffing.",
        "Chief Rhonda Vickers disputed that account, saying the overnight patrols were full.",
    )
    assert one(quotes, "We are running the night shift with three cars,").speaker is None


def test_a_whole_name_with_a_view_after_a_lone_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Cider had its moment. Next summer it will all be sherry, mark my words.”",
        "Tamsin Oakes-Burrell, who runs two bars in Harwick, reckons she has seen every trend "
        "come and go since 2009.",
    )
    assert one(
        quotes, "Cider had its moment. Next summer it will all be sherry, mark my words."
    ).speaker == ("Tamsin Oakes-Burrell")


def test_a_survey_run_by_a_body_is_the_bodys(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Otter sightings have doubled since 2015, according to a survey coordinated by Fenmoor "
        "University. Nesting numbers rose again, according to a count carried out by the Harlow "
        "Bird Trust.",
    )
    speakers = {speaker for _, speaker in reports}
    assert {"Fenmoor University", "Harlow Bird Trust"} <= speakers
