"""Groups as sources of reported speech: people the article names only by what they share."""

from __future__ import annotations

from attribution_helpers import Make, found, reported


def test_a_group_named_by_place_person_or_cause_is_the_source(make_article: Make) -> None:
    got = reported(
        make_article,
        "Romney's associates said he is not planning to offer an endorsement.",
        "Some Arizona officials said the problems were a miscalculation.",
        "Anti-TPP activists said they fear a deal in the lame-duck session.",
        "North Carolina election officials also said turnout was the second highest in years.",
    )
    assert got == [
        ("he is not planning to offer an endorsement.", "Romney's associates"),
        ("the problems were a miscalculation.", "Arizona officials"),
        ("they fear a deal in the lame-duck session.", "Anti-TPP activists"),
        ("turnout was the second highest in years.", "North Carolina election officials"),
    ]


def test_a_determiner_is_not_the_name_of_a_group(make_article: Make) -> None:
    got = reported(
        make_article,
        "“We expected a small difference,” said Dr. Ines Varela-Holm, the study’s lead author.",
        "The researchers found that choir members lost about a year of decline.",
    )
    assert got == [("choir members lost about a year of decline.", "Ines Varela-Holm")]  # not
    # a group called "The researchers"


def test_fire_officials_are_still_the_fire_department(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Tamsett Fire Department sent six engines.",
        "Fire officials said three workers were treated for smoke inhalation.",
    )
    assert got == [("three workers were treated for smoke inhalation.", "Tamsett Fire Department")]


def test_two_named_subjects_are_both_the_source(make_article: Make) -> None:
    got = reported(
        make_article,
        "Hillary Clinton spoke first, and Bernie Sanders followed her.",
        "Clinton and Sen. Bernie Sanders have said overturning the ruling should be a priority.",
        "Clinton and Sanders said the party was united.",
    )
    assert got == [
        ("overturning the ruling should be a priority.", "Hillary Clinton and Bernie Sanders"),
        ("the party was united.", "Hillary Clinton and Bernie Sanders"),
    ]


def test_and_inside_an_organisations_name_joins_no_one(make_article: Make) -> None:
    got = reported(
        make_article,
        "And on Tuesday, Kevin Brady, chairman of the House Ways and Means Committee, said that "
        "Republicans might include a delay.",
    )
    assert got == [("Republicans might include a delay.", "Kevin Brady")]


def test_a_plural_subject_in_the_present_reports(make_article: Make) -> None:
    got = reported(
        make_article,
        "Democrats say Republicans are looking for a new line of attack.",
        "Facebook officials say they are reviewing posts more stringently.",
    )
    assert got == [
        ("Republicans are looking for a new line of attack.", "Democrats"),
        ("they are reviewing posts more stringently.", "Facebook officials"),
    ]


def test_a_share_of_the_people_polled_is_the_source(make_article: Make) -> None:
    got = reported(
        make_article,
        "In Virginia, 85% of Democrats said the economic system favors the wealthy.",
        "One in four voters in a Times poll last year said the law should change.",
        "More than half of respondents said the nation needs a third party.",
        "Seventy-four percent of registered voters say they like the mayor.",
        "Two in three said they are less likely to vote, and one in five said they would not.",
    )
    assert got == [
        ("the economic system favors the wealthy.", "85% of Democrats"),
        ("the law should change.", "One in four voters in a Times poll"),
        ("the nation needs a third party.", "More than half of respondents"),
        ("they like the mayor.", "Seventy-four percent of registered voters"),
    ]  # "Two in three" names no group: no source, rather than a verb taken into its name


def test_a_headline_or_transcript_label_gives_the_words_to_a_known_name(
    make_article: Make,
) -> None:
    got = reported(
        make_article,
        "Graham: Trump's Rhetoric Is Costing the Party Its Chance.",
        "Clinton to Planned Parenthood: Trump will reverse the ruling.",
        "FALLIN: I think he is trying to campaign as a healer.",
        "Update: this story was corrected on Monday to fix a date.",
        "Editor's Note: the following is an excerpt from a new book.",
        "Lindsey Graham and Hillary Clinton spoke on Sunday; Gov. Mary Fallin did not.",
    )
    assert got == [
        ("Trump's Rhetoric Is Costing the Party Its Chance.", "Lindsey Graham"),
        ("Trump will reverse the ruling.", "Hillary Clinton"),
        ("I think he is trying to campaign as a healer.", "Mary Fallin"),
    ]


def test_a_role_written_in_lower_case_elsewhere_is_no_label_name(make_article: Make) -> None:
    got = reported(
        make_article,
        "An exchange between the chair and a witness, Madam Chair Ruth Ellery:",
        "Chair: Mr. Lachance, how many requests did the company refuse last year?",
    )
    assert got == []


def test_as_an_outlet_reported_comes_before_the_clause_it_reports(make_article: Make) -> None:
    got = reported(
        make_article,
        "As the Carrow Herald reported, even on Friday the council was refusing to publish it.",
        "As the Harbour Times noted, Mayor Dana Reyes raised $1.1 million from developers.",
    )
    assert got == [
        ("even on Friday the council was refusing to publish it.", "Carrow Herald"),
        ("Mayor Dana Reyes raised $1.1 million from developers.", "Harbour Times"),
    ]


def test_evidence_that_shows_or_finds_is_the_source(make_article: Make) -> None:
    got = reported(
        make_article,
        "A CNN/ORC poll in January shows most voters want a new bypass.",
        "A 2009 report by the Centre for Transport Research found that tolls would raise $2m.",
        "News footage from the scene showed the lorry's windscreen shattered.",
        "Because exit polls in two counties showed a swing, the party changed course.",
    )
    assert got == [
        ("most voters want a new bypass.", "CNN/ORC poll in January"),
        ("tolls would raise $2m.", "Centre for Transport Research"),  # its publisher
        ("the lorry's windscreen shattered.", "News footage from the scene"),
    ]


def test_most_members_a_citys_police_and_a_titled_persons_advisers(make_article: Make) -> None:
    got = reported(
        make_article,
        "Most Republicans say they are embarrassed by the race.",
        "Cologne police say they have not identified the assailants.",
        "Mrs. Clinton's advisers said the upside would outweigh any baggage.",
    )
    assert got == [
        ("they are embarrassed by the race.", "Republicans"),
        ("they have not identified the assailants.", "Cologne police"),
        ("the upside would outweigh any baggage.", "Mrs. Clinton's advisers"),
    ]


def test_words_that_only_look_like_groups_shares_evidence_or_labels(make_article: Make) -> None:
    got = reported(
        make_article,
        "Karen Doyle lives by the harbour, and Marcus Jones coaches the county side.",
        "Doyle called police after the storm and said the roof had collapsed in the night.",
        "The minority leader said the bill would fail in the Senate this week.",
        "A man seen in the video showed up at the police station on Tuesday morning.",
        "Jones: 24 points, 10 rebounds and five assists in 31 minutes.",
        "Fans know the drill by now after three straight losses at home.",
    )
    assert ("the roof had collapsed in the night.", "Karen Doyle") in got
    assert all(speaker not in ("Doyle called police", "The minority leader") for _, speaker in got)
    assert all("police station" not in text and "rebounds" not in text for text, _ in got)
    assert all(speaker != "Fans" for _, speaker in got)


def test_a_group_named_by_whom_it_serves(make_article: Make) -> None:
    got = reported(
        make_article,
        "Aides to Clinton say she is shifting her tack toward her rival.",
        "Staff for the House Select Committee on Benghazi said the panel has the full email.",
    )
    assert got == [
        ("she is shifting her tack toward her rival.", "Aides to Clinton"),
        ("the panel has the full email.", "Staff for the House Select Committee on Benghazi"),
    ]


def test_states_after_a_number_or_a_region_is_the_noun(make_article: Make) -> None:
    got = reported(
        make_article,
        "Rust Belt states have suffered intensely from the loss of good manufacturing jobs.",
        "About two-thirds of voters in all five states voting Tuesday support the ban.",
    )
    assert got == []


def test_evidence_a_body_owns_speaks_for_the_body(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Nursing and Midwifery Workers' Union called the strike for Tuesday.",
        "The union's own survey of its members found that four in five had considered leaving.",
    )
    assert got[-1] == (
        "four in five had considered leaving.",
        "Nursing and Midwifery Workers' Union",
    )


def test_three_named_subjects_are_all_the_source(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ben Carson, Ted Cruz and Rand Paul have all attacked the program as a violation of "
        "free market principles.",
        "But Tom Richards and Ana Menendez both stressed that it wasn’t all bad news for them.",
    )
    assert got == [
        (
            "the program as a violation of free market principles.",
            "Ben Carson, Ted Cruz and Rand Paul",
        ),
        ("it wasn’t all bad news for them.", "Tom Richards and Ana Menendez"),
    ]


def test_the_channel_is_the_broadcaster_named_before(make_article: Make) -> None:
    got = reported(
        make_article,
        "Velvet TV has shelved the show after viewing figures fell by nearly half.",
        "The channel said reports about the show's ratings had been exaggerated by rivals.",
        "The Coastal Foundation has campaigned for the bill since 2019.",
        "As the Coastal Foundation website notes, the bill was first drafted in 1998 by a clerk.",
    )
    assert got == [
        ("reports about the show's ratings had been exaggerated by rivals.", "Velvet TV"),
        ("the bill was first drafted in 1998 by a clerk.", "Coastal Foundation"),
    ]


def test_a_number_of_people_is_many_not_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "And a significant number of Democrats said they are fine with however it plays out.",
        "Hundreds of residents said the water had been brown for a week before anyone came.",
        "Ana Ruiz ran the survey. Overall, she said, a number of key groups are finding the "
        "party harder to like.",
    )
    assert [(q.speaker, q.reason.rsplit("; ", 1)[-1]) for q in quotes] == [
        ("a significant number of Democrats", "many people, not one person"),
        ("Hundreds of residents", "many people, not one person"),
        ("Ana Ruiz", "“she” refers to Ana Ruiz, the last woman named before it"),
    ]
