"""Words that are no part of a person's name (a whip's office, a party, "General" ending a
hospital's name) and teams named for their city, which are bodies, not people."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.attribution.person_names import person_name


def test_offices_and_parties_before_or_as_a_name() -> None:
    assert person_name("House Minority Whip Leonard Sykes") == "Leonard Sykes"
    assert person_name("Liberal Democrat") is None
    assert person_name("Ashworth General") is None
    assert person_name("Harbor City Mariners") is None
    assert person_name("Assistant Ray Obi") == "Ray Obi"


def test_a_party_leader_in_apposition_is_the_one_he_means(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Liberal Democrat leader, Alasdair Crane, said his party would back no one.",
        "“We are nobody's spare tyre,” he told the Today programme.",
    )
    assert one(quotes, "We are nobody's spare tyre,").speaker == "Alasdair Crane"


def test_a_dateline_does_not_hide_the_subject_a_profile_opens_with(make_article: Make) -> None:
    speech = reported(
        make_article,
        "WASHINGTON — Rep. Nia Okafor, D-Ga., a freshman who won her seat by 900 votes, voted "
        "against the package on Wednesday.",
        "The freshman lawmaker said afterward that she had promised voters she would not cut "
        "veterans' benefits.",
    )
    assert ("she had promised voters she would not cut veterans' benefits.", "Nia Okafor") in speech


def test_a_team_named_for_its_city_is_a_body_and_no_rookie(make_article: Make) -> None:
    speech = reported(
        make_article,
        "HARBOR CITY (Wire) - The Bay City Gulls fired their coach on Tuesday.",
        "Assistant Ray Obi will take over for the rest of the season, the Gulls said in a "
        "statement.",
        "The rookie said he had not yet spoken to Obi about his role on the court.",
    )
    assert ("Assistant Ray Obi will take over for the rest of the season", "Bay City Gulls") in (
        speech
    )
    rookie = [who for text, who in speech if text.startswith("he had not yet spoken")]
    assert rookie and rookie[0] != "Bay City Gulls"


def test_an_office_named_by_its_holder_is_the_body(make_article: Make) -> None:
    speech = reported(
        make_article,
        "A 30-year-old man was arrested after a crash on Route 9, according to the Harlan "
        "County Sheriff's Office.",
        "According to the sheriff's office, the man was driving at twice the speed limit.",
        "Sheriff Tom Kaczmarek said charges are expected on Monday.",
    )
    assert ("the man was driving at twice the speed limit.", "Harlan County Sheriff's Office") in (
        speech
    )
