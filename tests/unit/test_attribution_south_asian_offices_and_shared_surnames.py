"""South Asian offices before a name, titles that tell two people of one surname apart, and a
pronoun that skips the last subject (blind suites mix122-mix123): "Officer-in-Charge (OC) of
Belkuchi Police Station Md Anisur Rahman Talukder", "SSP South Irfan Ali Baloch", "Sen.
Whitfield" of Rep. Jerome and Sen. Candace Whitfield, "the congresswoman", "Abernathy" of
Clarence T. Abernathy Jr."""

from __future__ import annotations

import pytest
from attribution_helpers import Make, found, one, report_opening

from reader.core.attribution.person_names import person_name


@pytest.mark.parametrize(
    ("run", "name"),
    [
        (
            "Officer-in-Charge (OC) of Belkuchi Police Station Md Anisur Rahman Talukder",
            "Md Anisur Rahman Talukder",
        ),
        ("Upazila Nirbahi Officer (UNO) of Chilmari Nilufar Yasmin Shimu", "Nilufar Yasmin Shimu"),
        ("SSP South Irfan Ali Baloch", "Irfan Ali Baloch"),
        ("Sub-Inspector Shabnam Akhtar Rajput", "Shabnam Akhtar Rajput"),
        ("Director Agriculture Extension Tariq Mehmood Watto", "Tariq Mehmood Watto"),
        ("Tauqeer Hussain Bhatti", "Tauqeer Hussain Bhatti"),
        ("Commissioner Helen Ball", "Helen Ball"),  # a name right after the title stays whole
    ],
)
def test_the_office_and_its_area_are_no_part_of_the_name(run: str, name: str) -> None:
    assert person_name(run) == name


def test_a_police_station_officer_reports(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Officer-in-Charge (OC) of Belkuchi Police Station Md Anisur Rahman Talukder said the "
        "bodies were sent to the district hospital morgue for autopsy.",
    )
    report = report_opening(quotes, "the bodies were sent")
    assert report.speaker == "Md Anisur Rahman Talukder"


def test_the_title_tells_two_people_of_one_surname_apart(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The cut has united an unlikely pair: Rep. Jerome Whitfield, a Republican from Wichita, "
        "and Sen. Candace Whitfield, a Democrat from Lawrence. The two are not related.",
        '"This is a state that was built on the railroad," Sen. Whitfield said on Friday. Rep. '
        "Whitfield said he would seek to block the cut in the spending bill.",
    )
    assert one(quotes, "This is a state that was built on the railroad,").speaker == (
        "Candace Whitfield"
    )
    assert report_opening(quotes, "he would seek to block").speaker == "Jerome Whitfield"


def test_the_congresswoman_is_not_the_congressman_named_since(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rep. Hyacinth Morrow, a first-term Democrat, voted for the bill on Thursday, drawing a "
        "sharp rebuke from Rep. Quentin Asheford, the chairman of her party's campaign arm.",
        '"I ran on bringing the plant back," the congresswoman said in an interview.',
    )
    assert one(quotes, "I ran on bringing the plant back,").speaker == "Hyacinth Morrow"


def test_a_generation_suffix_is_no_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rep. Clarence T. Abernathy Jr., a Mississippi Democrat, broke with his party on Tuesday.",
        '"I have voted for every one of these extensions," Abernathy said after the vote.',
    )
    said = one(quotes, "I have voted for every one of these extensions,")
    assert said.speaker is not None and said.speaker.startswith("Clarence T. Abernathy")


def test_her_skips_the_last_subject_when_a_woman_was_named_near(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rep. Delphine Osei-Bonsu, a freshman Democrat from Georgia, has become a central figure "
        "in the fight over the bill.",
        "Party leaders, including Rep. Hector Valdivia and Rep. Stanley Tisdale, have courted her "
        'for weeks. Valdivia told reporters that the bill was "in good shape" and that he '
        "expected it to pass.",
        "In an interview in her office, she said that she would not commit to supporting the bill.",
    )
    report = report_opening(quotes, "she would not commit")
    assert report.speaker == "Delphine Osei-Bonsu"


def test_her_still_corrects_a_first_name_with_no_other_woman_near(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ada County health officer Dr. Jordan Pike urged residents to stay indoors. Her "
        "counterpart in Canyon County, Dr. Raymond Eldridge, issued a similar warning.",
        'Eldridge said air purifiers had sold out. "A box fan works better than nothing," he said.',
        'Pike said schools would reassess on Thursday. "We\'ll follow the numbers," she said.',
    )
    assert one(quotes, "We'll follow the numbers,").speaker == "Jordan Pike"


def test_a_union_called_all_island_and_a_minister_who_yesterday_described(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "All Island Three-Wheeler Drivers' Union president Lalith Ranjith Wanniarachchi said: "
        "“A driver pays Rs1,200 for a litre of fuel.”",
        "Plantation Industries Minister Upul Senarath Jayasekara yesterday described the wage "
        "demand as 'unrealistic at this juncture', but said talks would continue.",
    )
    fuel = one(quotes, "A driver pays Rs1,200 for a litre of fuel.")
    assert fuel.speaker == "Lalith Ranjith Wanniarachchi"
    assert one(quotes, "unrealistic at this juncture").speaker == "Upul Senarath Jayasekara"


def test_all_before_a_group_still_names_no_one(make_article: Make) -> None:
    quotes = found(make_article, 'All Democrats said: "We will vote against it."')
    assert one(quotes, "We will vote against it.").speaker is None
