"""An office inside a capitalised run is no part of the name after it (blind suite mix98): "District
Attorney Renfro" is Octavia Renfro, "Harwood County Deputy Chief Medical Examiner Vanessa
Okoye-Branch" is Vanessa Okoye-Branch; but "Auditor General X" is X, not "General"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_an_office_and_a_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "District Attorney Octavia Renfro charged the couple with fraud on Monday.",
        '"This defendant preyed on the trust of his neighbours," District Attorney Renfro said.',
    )
    said = one(quotes, "This defendant preyed on the trust of his neighbours,")
    assert said.speaker == "Octavia Renfro"


def test_a_county_office_before_a_full_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A man has been charged after a boy died in Harwood on Sunday.",
        "Harwood County Deputy Chief Medical Examiner Vanessa Okoye-Branch said the boy died of "
        "blunt force injuries to the head.",
    )
    report = report_opening(quotes, "the boy died of blunt force")
    assert report.speaker == "Vanessa Okoye-Branch"


def test_an_office_of_two_title_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The audit of federal contracts was published on Tuesday.",
        "Auditor General Lucienne Barrette said the government still could not count its "
        "contracts.",
    )
    assert report_opening(quotes, "the government still could not").speaker == ("Lucienne Barrette")


def test_an_office_alone_before_a_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Coroner Maxine Ferreira opened the inquest on Monday. John Smith gave evidence.",
        '"He saw an empty beach and a beautiful day," Coroner Ferreira said.',
        '"I was there," Walter Smith said.',
    )
    assert one(quotes, "He saw an empty beach and a beautiful day,").speaker == "Maxine Ferreira"
    assert one(quotes, "I was there,").speaker == "Walter Smith"


def test_the_widower_is_the_husband_the_obituary_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Annelise Korhonen-Baptiste, a structural engineer, died on April 12. She is survived by "
        "her husband, Desmond Baptiste, a retired music teacher.",
        "“She could look at a bridge the way other people look at a face,” the widower said.",
    )
    said = one(quotes, "She could look at a bridge the way other people look at a face,")
    assert said.speaker == "Desmond Baptiste"
