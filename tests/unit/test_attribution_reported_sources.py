"""Reported speech with wider cues and sources: stance verbs ("declined to say", "touted"), the
progressive ("is calling for"), appositives closed by a comma, polls and studies named by their
makers, and a party's members ("Republicans said")."""

from __future__ import annotations

from attribution_helpers import Make, found, reported

from reader.core.model import QuoteKind


def test_declining_to_say_and_asking_whether_are_reports(make_article: Make) -> None:
    got = reported(
        make_article,
        "Harbour master Elin Voss declined to say how long the berth would stay closed.",
        "Councillor Ravi Tandon asked whether the council would pay for the repairs.",
    )
    assert got == [
        ("to say how long the berth would stay closed.", "Elin Voss"),
        ("whether the council would pay for the repairs.", "Ravi Tandon"),
    ]


def test_asked_keeps_whom_out_of_the_content(make_article: Make) -> None:
    got = reported(
        make_article,
        "Alma Rusk, a nurse, met us at the door.",
        "She asked me whether the visitors had been told about the new hours.",
    )
    assert got == [("whether the visitors had been told about the new hours.", "Alma Rusk")]


def test_a_stance_in_the_progressive(make_article: Make) -> None:
    got = reported(
        make_article,
        "Mayor Dana Whitcombe, who won a second term in May, is calling for the ferry service "
        "to be run by the city.",
    )
    assert got == [("the ferry service to be run by the city.", "Dana Whitcombe")]


def test_the_cue_of_a_progressive_keeps_both_words(make_article: Make) -> None:
    [quote] = [
        q
        for q in found(
            make_article,
            "Candidate Oren Falk is touting his plan to rebuild the sea wall before winter.",
        )
        if q.kind is QuoteKind.INDIRECT
    ]
    assert quote.cue == "is touting"
    assert "Oren Falk is touting" in quote.reason


def test_a_verb_inside_an_unclosed_appositive_is_not_the_subjects(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Kestrel Anglers’ Club, which has 900 members and opposed the scheme, said in "
        "a statement that the weir would ruin the spawning run.",
    )
    assert got == [("the weir would ruin the spawning run.", "Kestrel Anglers’ Club")]


def test_a_passive_asked_after_a_comma_reports_nothing(make_article: Make) -> None:
    got = reported(
        make_article,
        "Coach Ana Lindqvist, asked whether she would let the players celebrate, smiled and "
        "walked on.",
    )
    assert got == []


def test_and_said_after_an_appositive(make_article: Make) -> None:
    got = reported(
        make_article,
        "Gary Emmet, a former harbour pilot, joined the protest and said he feared for the "
        "smaller boats.",
    )
    assert got == [("he feared for the smaller boats.", "Gary Emmet")]


def test_warned_in_the_middle_of_the_content(make_article: Make) -> None:
    got = reported(
        make_article,
        "If the berth stays shut, Elin Voss warned, the ferry company will move to Carrow.",
    )
    assert got == [
        (
            "If the berth stays shut, Elin Voss warned, the ferry company will move to Carrow.",
            "Elin Voss",
        )
    ]


def test_the_named_one_speaks_for_others_with_them(make_article: Make) -> None:
    got = reported(
        make_article,
        "Mayor Dana Whitcombe spoke first.",
        "Since the spring, Ms. Whitcombe and other coastal mayors have said the levy must pay "
        "for flood defences.",
    )
    assert got == [("the levy must pay for flood defences.", "Dana Whitcombe")]


def test_a_poll_named_by_its_maker_is_the_source(make_article: Make) -> None:
    got = reported(
        make_article,
        "The latest Harbour Gazette/Delmont poll showed the mayor leading by nine points.",
        "A national poll released Sunday by the Carrow Herald found most voters undecided on "
        "the levy.",
        "Most families now own two cars, a study by the Institute for Coastal Transport found.",
    )
    assert got == [
        ("the mayor leading by nine points.", "Harbour Gazette/Delmont poll"),
        ("most voters undecided on the levy.", "Carrow Herald"),
        ("Most families now own two cars", "Institute for Coastal Transport"),
    ]


def test_a_possessive_is_no_maker_of_a_report(make_article: Make) -> None:
    got = reported(
        make_article,
        "The ferry company kept no records of the fault, according to a report from the Port "
        "Authority's inspector general.",
    )
    assert [speaker for _, speaker in got] != ["Port Authority's"]


def test_a_partys_members_are_a_source(make_article: Make) -> None:
    got = reported(
        make_article,
        "Mayor Dana Whitcombe spoke first.",
        "But Republicans said Ms. Whitcombe would struggle to pass the levy this year.",
        "For months, some Senate Democrats have argued that the levy is too small to matter.",
    )
    assert got == [
        ("Ms. Whitcombe would struggle to pass the levy this year.", "Republicans"),
        ("the levy is too small to matter.", "Senate Democrats"),
    ]
    [quote] = found(make_article, "Republicans said the levy plan was dead.")
    assert "the party’s members" in quote.reason


def test_a_headline_verb_in_title_case_is_a_cue(make_article: Make) -> None:
    got = reported(
        make_article,
        "Mayor Dana Whitcombe opened the session.",
        "Whitcombe Says The Levy Will Pay For The Sea Wall.",
    )
    assert got == [("The Levy Will Pay For The Sea Wall.", "Dana Whitcombe")]


def test_as_an_outlet_reported(make_article: Make) -> None:
    got = reported(
        make_article,
        "As the Carrow Herald first reported, most of the grant went to the harbour trust.",
        "As reported by the Carrow Herald, the trust spent it on a new slipway.",
        "As Dana Whitcombe spoke, the crowd at the back of the hall began to chant.",
    )
    assert got == [
        ("most of the grant went to the harbour trust.", "Carrow Herald"),
        ("the trust spent it on a new slipway.", "Carrow Herald"),
    ]


def test_an_official_of_a_named_body_speaks_for_it(make_article: Make) -> None:
    got = reported(
        make_article,
        "A Harbour Board official, who asked not to be named, said the berth would reopen in May.",
    )
    assert got == [("the berth would reopen in May.", "Harbour Board")]


def test_a_nationality_is_not_a_speakers_name(make_article: Make) -> None:
    got = reported(
        make_article,
        "A Norwegian official said the ferry had been inspected twice last year.",
    )
    assert got == []


def test_according_to_names_a_source_in_its_own_words(make_article: Make) -> None:
    got = reported(
        make_article,
        "According to coastguard records, the ferry had sailed in worse weather twice before.",
        "Ticket sales fell by a fifth, according to a recent survey of island traders.",
    )
    assert got == [
        ("the ferry had sailed in worse weather twice before.", "coastguard records"),
        ("Ticket sales fell by a fifth", "recent survey of island traders"),
    ]


def test_according_to_an_owners_figures_is_the_owner(make_article: Make) -> None:
    got = reported(
        make_article,
        "Pellby Borough Council runs the baths.",
        "According to the council's own figures, visits have fallen by a third since 2015.",
    )
    assert got == [("visits have fallen by a third since 2015.", "Pellby Borough Council")]


def test_according_to_words_that_name_no_one(make_article: Make) -> None:
    got = reported(
        make_article,
        "Voters went with Ramos by a wide margin, according to their instinctive preference for "
        "local candidates.",
        "The fund can cover full pay for three weeks, according to figures it published in May.",
    )
    assert got == []


def test_a_subjects_own_verb_beats_a_trailing_according_to(make_article: Make) -> None:
    got = reported(
        make_article,
        "Lumen Systems expects to record charges of $140 million, according to a regulatory "
        "filing on Monday.",
    )
    assert [speaker for _, speaker in got] == ["Lumen Systems"]


def test_a_quoted_label_after_a_number_stays_a_scare_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Harbour Board said staff approved more than 11,000 “emergency” requests from "
        "police last year.",
    )
    assert [(q.kind, q.speaker) for q in quotes if q.text == "emergency"] == [
        (QuoteKind.SCARE, None)
    ]


def test_a_group_named_after_someone_is_a_source(make_article: Make) -> None:
    got = reported(
        make_article,
        "Mayor Dana Whitcombe spoke first.",
        "Many Whitcombe supporters complained that the queues had kept young voters away.",
        "Whitcombe's aides said she would campaign on the levy next week.",
    )
    assert got == [
        ("the queues had kept young voters away.", "Whitcombe supporters"),
        ("she would campaign on the levy next week.", "Dana Whitcombe"),
    ]


def test_asked_whom_before_if(make_article: Make) -> None:
    got = reported(
        make_article,
        "Then Mr. Arlo Rubin asked the students if they were always so serious about exams.",
    )
    assert got == [("if they were always so serious about exams.", "Arlo Rubin")]


def test_a_trailing_as_cue_with_an_adverb(make_article: Make) -> None:
    got = reported(
        make_article,
        "Mayor Dana Whitcombe spoke first.",
        "The numbers changed over the summer, as Whitcombe has sometimes acknowledged.",
    )
    assert got == [("The numbers changed over the summer", "Dana Whitcombe")]


def test_a_poll_with_a_capital_and_a_client(make_article: Make) -> None:
    got = reported(
        make_article,
        "A Harbour Gazette Youth Poll finds an electorate more pragmatic than ideological.",
        "In Carrow, a Delmont College poll for the Harbour Gazette released last week showed "
        "the mayor with a narrow lead.",
    )
    assert got == [
        ("an electorate more pragmatic than ideological.", "Harbour Gazette Youth Poll"),
        ("the mayor with a narrow lead.", "Delmont College poll"),
    ]


def test_a_wire_dateline_before_the_subject(make_article: Make) -> None:
    got = reported(
        make_article,
        "CARROW (Reuters) – Harbour master Elin Voss said on Friday the berth would reopen in May.",
        "NEW YORK, Dec. 22 (UPI) — Mayor Dana Whitcombe pledged to fund the sea wall this year.",
    )
    assert got == [
        ("the berth would reopen in May.", "Elin Voss"),
        ("to fund the sea wall this year.", "Dana Whitcombe"),
    ]


def test_citing_after_a_quote_reports_its_speaker(make_article: Make) -> None:
    got = reported(
        make_article,
        "“It is a reflection of the anger people feel,” Elin Voss said, citing low wages and "
        "the closure of the shipyard.",
    )
    assert got == [("low wages and the closure of the shipyard.", "Elin Voss")]


def test_a_report_in_the_clause_before_the_main_one(make_article: Make) -> None:
    got = reported(
        make_article,
        "Jorge Ravel anchors the evening news.",
        "While Ravel said that journalists cannot take sides, he looked uneasy when asked "
        "about his daughter.",
    )
    assert got == [("journalists cannot take sides", "Jorge Ravel")]


def test_a_stance_phrase_is_a_cue_and_keeps_its_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mayor Dana Whitcombe spoke first.",
        "Whitcombe fired back at the harbour board over the cost of the new sea wall.",
        "Whitcombe made it clear that she would not sign the contract before May.",
    )
    got = [(q.text, q.cue) for q in quotes if q.kind is QuoteKind.INDIRECT]
    assert got == [
        ("at the harbour board over the cost of the new sea wall.", "fired back"),
        ("she would not sign the contract before May.", "made it clear"),
    ]


def test_an_opening_participle_reports_the_main_subject(make_article: Make) -> None:
    got = reported(
        make_article,
        "Judge Richard Barlow presided.",
        "Having announced that he would not send the men to prison, Judge Barlow turned to the "
        "question of fines.",
        "Despite criticising the harbour board's accounts, Dana Whitcombe backed the new budget.",
    )
    assert got == [
        ("he would not send the men to prison", "Richard Barlow"),
        ("the harbour board's accounts", "Dana Whitcombe"),
    ]


def test_a_partial_inside_a_report_is_the_reports_speakers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Deborah Quarry, the regional organiser for the Signal and Track Workers' Union, which "
        "represents about 900 maintenance staff on the network, said her members had been "
        '"stretched to breaking" for years.',
    )
    assert [(q.kind, q.speaker) for q in quotes if q.text == "stretched to breaking"] == [
        (QuoteKind.PARTIAL, "Deborah Quarry")
    ]


def test_and_a_second_speaker_says_starts_a_second_report(make_article: Make) -> None:
    got = reported(
        make_article,
        'Ted Crane accuses the mayor of "leading from behind" and Dana Whitcombe says he is '
        '"losing the argument on the sea wall," in a row that has lasted all summer.',
    )
    assert [speaker for _, speaker in got] == ["Ted Crane", "Dana Whitcombe"]
    assert got[0][0] == 'the mayor of "leading from behind"'


def test_the_time_after_told_whom_is_not_the_venue(make_article: Make) -> None:
    [quote] = [
        q
        for q in found(
            make_article,
            "Elin Voss told the Harbour Gazette in January that the berth would reopen in May.",
        )
        if q.kind is QuoteKind.INDIRECT
    ]
    assert quote.venue == "Harbour Gazette"


def test_a_lede_role_is_the_person_later_described_in_those_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "HALDEN, April 7 (Northline Wire) - A senior signalling engineer told a public inquiry "
        "on Monday that he had warned managers three times about the signal.",
        "Neil Brathen, 56, a senior signalling engineer who has maintained the route for 22 "
        "years, told the inquiry he had first seen the signal flicker in October.",
    )
    got = [(q.text, q.speaker) for q in quotes if q.kind is QuoteKind.INDIRECT]
    assert got == [
        ("he had warned managers three times about the signal.", "Neil Brathen"),
        ("he had first seen the signal flicker in October.", "Neil Brathen"),
    ]
    assert "whom the article describes in those words" in quotes[0].reason


def test_a_dateline_with_a_state_and_a_date(make_article: Make) -> None:
    got = reported(
        make_article,
        "HARTWELL FALLS, Pa., Oct. 14 (Keystone Wire) - Judge Harriet Lind said the jury would "
        "return on Monday.",
    )
    assert got == [("the jury would return on Monday.", "Harriet Lind")]


def test_a_relative_clause_with_an_auxiliary_and_whom(make_article: Make) -> None:
    got = reported(
        make_article,
        "Simon Ketter spoke after Neil Brathen, who had told the inquiry in the morning that all "
        "three of his reports went to a shared inbox.",
    )
    assert got == [("all three of his reports went to a shared inbox.", "Neil Brathen")]


def test_according_to_a_bodys_own_accounts_is_the_body(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Wenbridge Festival lost its largest grant in June.",
        "According to the festival’s own accounts, the grant made up a third of its income.",
    )
    assert got == [("the grant made up a third of its income.", "Wenbridge Festival")]


def test_more_shapes_of_polls_parties_and_joined_verbs(make_article: Make) -> None:
    got = reported(
        make_article,
        "Curtis Schell spoke on Wednesday.",
        "Schell appeared on a radio show in Carrow and defended himself against accusations of "
        "favouritism.",
        "A Gazette rolling poll shows the mayor at the top with 36 percent support.",
        "A poll from Delmont Law School released Wednesday found the levy leading by 15 points.",
        "Senate Republican leaders have insisted they will not consider the nominee this year.",
    )
    assert got == [
        ("himself against accusations of favouritism.", "Curtis Schell"),
        ("the mayor at the top with 36 percent support.", "Gazette rolling poll"),
        ("the levy leading by 15 points.", "Delmont Law School"),
        ("they will not consider the nominee this year.", "Senate Republican leaders"),
    ]


def test_a_joined_second_verb_does_not_replace_a_stance_verb(make_article: Make) -> None:
    got = reported(
        make_article,
        "Mr Ashdale insisted that emergency care would not be affected and urged people not to "
        "stay away.",
    )
    assert got and got[0][0].startswith("emergency care would not be affected")


def test_fire_officials_speak_for_the_fire_department_named_before(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Tamsett Fire Department sent six engines to the plant.",
        "Three workers were treated for smoke inhalation and released, fire officials said.",
    )
    assert got == [
        ("Three workers were treated for smoke inhalation and released", "Tamsett Fire Department")
    ]


def test_a_lede_source_with_a_who_clause_is_the_person_later_so_described(
    make_article: Make,
) -> None:
    got = reported(
        make_article,
        "A firefighter who was among the first to arrive said crews were ordered off the roof "
        "soon after the alarm.",
        "The plant makes sofas and chairs.",
        "Lt. Dana Pruett, a firefighter who was among the first to arrive, said the fire spread "
        "fast.",
    )
    assert [speaker for _, speaker in got] == ["Dana Pruett", "Dana Pruett"]


def test_a_who_clause_said_once_names_no_one(make_article: Make) -> None:
    got = reported(
        make_article,
        "A firefighter who was among the first to arrive said crews were ordered off the roof "
        "soon after the alarm.",
        "Lt. Dana Pruett, a firefighter, said the fire spread fast.",
    )
    assert [speaker for _, speaker in got] == ["Dana Pruett"]
