"""The role a later "the coroner said" names, read from how the article described the person:
a role before an honorific ("Coroner Dr Eimear Hanlon"), a run of ranks ("Det Sgt"), an office
of a body before the name in apposition, and the body after the name ("of Indigo Coast
University") for "the Indigo Coast professor"."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.descriptions import describe
from reader.core.attribution.mentions import build_cast


def test_a_role_before_an_honorific_is_the_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Coroner Dr Ruth Garvey returned an open verdict on Tuesday. The consultant, Dr Amal "
        "Sayed, said the unit had been short of two nurses.",
        "“I will be writing to the trust about its staffing,” the coroner said.",
    )
    assert one(quotes, "I will be writing to the trust about its staffing,").speaker == (
        "Ruth Garvey"
    )


def test_each_rank_of_a_run_names_the_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Det Sgt Colm Redfern said a van had been seen near the shop. Garda Niamh Brady, the "
        "community officer, said patrols would be stepped up.",
        "“Somebody knows who was driving that van,” the detective said.",
    )
    assert one(quotes, "Somebody knows who was driving that van,").speaker == "Colm Redfern"


def test_an_office_of_a_body_before_a_name_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The chief constable of Harrowfield Police, Gillian Roe, will step down in May, the force "
        "said. Her deputy, Martin Shaw, will act up until a successor is chosen.",
        "“It has been an honour,” the chief constable said.",
    )
    assert one(quotes, "It has been an honour,").speaker == "Gillian Roe"


def test_a_body_after_the_name_describes_where_the_person_works(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The study was led by Dr Petra Lind of the Baltic Marine Institute, with Professor "
        "Jonas Aalto of Saarenpää University.",
        "“Nobody expected the numbers to be this high,” the Saarenpää professor said.",
    )
    assert one(quotes, "Nobody expected the numbers to be this high,").speaker == "Jonas Aalto"
    text = "Professor Jonas Aalto of Saarenpää University led the survey."
    described = describe(text, [e.name for e in build_cast(text, {}).entities.values()])
    assert "of Saarenpää University" in described["Jonas Aalto"]


def test_an_office_title_that_is_also_an_honorific_stays_a_detail() -> None:
    text = "The survey was led by Prof. Jonas Aalto, who said the numbers were unexpected."
    assert describe(text, ["Jonas Aalto"])["Jonas Aalto"] == ["Prof."]
