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
