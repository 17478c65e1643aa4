"""Shapes found by blind probe suites mix71 and mix72 (science and health; human interest): a
researcher "of the University of Calgary", authors "led by" one of them, "Associate Professor",
"the Office of the Auditor General of Manitoba" (whose name holds a title), "Igwe X", and an age
for the volunteer, not for "St John Ambulance" named before her."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_researcher_of_the_university_of_a_place(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr. Amara Okeke of the University of Calgary told reporters the association held even "
        "after accounting for smoking.",
        "Dr. Lena Paik of the University of the North said the sample was small.",
    )
    assert report_opening(quotes, "the association held").speaker == "Amara Okeke"
    assert report_opening(quotes, "the sample was small").speaker == "Lena Paik"


def test_authors_led_by_one_of_them(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The authors, led by Dr. Samuel Ferreira of Westgate University, wrote that even modest "
        "reductions produced measurable benefits.",
    )
    assert report_opening(quotes, "even modest reductions").speaker == "Samuel Ferreira"


def test_associate_professor_is_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Associate Professor Leanne Whitcombe said the trend was alarming. “Kids think a tan looks "
        "healthy,” Associate Professor Whitcombe said.",
    )
    assert one(quotes, "Kids think a tan looks healthy,").speaker == "Leanne Whitcombe"


def test_an_office_whose_name_holds_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Office of the Auditor General of Manitoba released a report on Wednesday.",
        "The report said response times in rural areas had worsened.",
    )
    report = report_opening(quotes, "response times in rural areas")
    assert report.speaker == "Office of the Auditor General of Manitoba"


def test_igwe_is_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Igwe Samuel Eze said the boy had saved “half the people standing here today.”",
    )
    assert one(quotes, "half the people standing here today.").speaker == "Samuel Eze"


def test_an_age_for_the_volunteer_not_her_organisation(make_article: Make) -> None:
    quotes = found(
        make_article,
        "St John Ambulance volunteer Priya Raman was at the half-marathon when a runner collapsed.",
        "‘He went down like a tree,’ the 29-year-old said.",
    )
    assert one(quotes, "He went down like a tree,").speaker == "Priya Raman"
