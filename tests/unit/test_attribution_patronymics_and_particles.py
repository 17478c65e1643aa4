"""Names from blind suite mix94 (Malaysia, Singapore, Kenya, the Philippines, Spanish-speaking
countries): a patronymic's mark ("binti", "s/o", "a/l", "anak"), the Maasai "ole", Spanish
"de los" and "y", an honorific after a long office ("… Development Datuk Nor Azizah
Kamaruddin"), and a role with a "for" phrase before the name in apposition."""

from __future__ import annotations

import pytest
from attribution_helpers import Make, found, one, report_opening


@pytest.mark.parametrize(
    "name",
    [
        "Siti Aminah binti Abdullah",
        "Rajendran s/o Muthusamy",
        "Ganesan a/l Periasamy",
        "Jelani anak Ngadan",
        "Joseph Lemaiyan ole Lekishon",
        "Rogelio Villanueva de los Reyes",
        "María Fernanda de la Vega y Olmedo",
    ],
)
def test_a_name_with_its_particles(make_article: Make, name: str) -> None:
    quotes = found(
        make_article,
        "Residents gathered outside the district office on Friday.",
        f"“We have no other home,” said {name}, who chairs the residents' committee.",
    )
    assert one(quotes, "We have no other home,").speaker == name


def test_a_patronymic_name_by_the_given_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rajendran s/o Muthusamy, 61, has run the stall for three decades.",
        "“My rent went up by $400 a month,” said Mr Rajendran.",
    )
    assert one(quotes, "My rent went up by $400 a month,").speaker == "Rajendran s/o Muthusamy"


def test_an_honorific_after_a_long_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minister of Women, Family and Community Development Datuk Nor Azizah Kamaruddin on "
        "Wednesday said that schools would have to report suspected abuse within a day.",
    )
    report = report_opening(quotes, "schools would have to report")
    assert report.speaker == "Nor Azizah Kamaruddin"


def test_a_role_with_a_for_phrase_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Negotiators failed on Sunday to agree on a common fund.",
        "“We have agreed on the problem,” said the chief negotiator for the rotating presidency, "
        "Margarethe Vandenbroucke-Ilić, a former interior minister.",
    )
    assert one(quotes, "We have agreed on the problem,").speaker == "Margarethe Vandenbroucke-Ilić"


def test_the_name_after_a_bracketed_field_or_a_field_with_and(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Minister of State for Petroleum Resources (Gas), Dr. Ifeanyi Obiora-Nwankwo, has "
        "said that the government will complete the pipeline next year.",
        "The Coordinating Minister of Health and Social Welfare, Professor Oluwakemi Babalola, "
        "on Thursday said the exodus of doctors would slow.",
    )
    assert report_opening(quotes, "the government will complete").speaker == (
        "Ifeanyi Obiora-Nwankwo"
    )
    assert report_opening(quotes, "the exodus of doctors").speaker == "Oluwakemi Babalola"


def test_a_partys_sources_familiar_with_talks_stay_anonymous(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The seat fell vacant in March.",
        "Two party sources familiar with the discussions said the seat would go to a former "
        "youth wing leader.",
    )
    assert all(q.speaker is None for q in quotes)
