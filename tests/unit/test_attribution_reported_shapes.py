"""Reported speech in the shapes wire copy gives it: where and when before "that", asides set off
by spaced hyphens, "As X put it,", "X and others said", a second verb joined by "and"."""

from __future__ import annotations

from attribution_helpers import Make, reported


def test_where_and_when_before_that_are_not_the_content(make_article: Make) -> None:
    got = reported(
        make_article,
        "Senator Marta Quillon said on Channel 9’s “Sunday Ledger” this week that the levy "
        "would be repealed by spring.",
    )
    assert got == [("the levy would be repealed by spring.", "Marta Quillon")]


def test_a_later_that_clause_is_not_mistaken_for_the_setting(make_article: Make) -> None:
    got = reported(
        make_article,
        "Port director Ines Halvorsen said on Friday she met the union leaders and that both "
        "sides wanted a deal.",
    )
    assert got and got[0][0].startswith("she met the union leaders")


def test_a_quoted_programme_in_the_opening_phrase(make_article: Make) -> None:
    got = reported(
        make_article,
        "Appearing on Radio Calder’s “Morning Desk,” Tobias Renner admitted that the figures in "
        "his report were out of date.",
    )
    assert got == [("the figures in his report were out of date.", "Tobias Renner")]


def test_the_first_verb_after_the_subject_is_the_cue(make_article: Make) -> None:
    got = reported(
        make_article,
        "Olu Barnaby, a commuter from Westfield, said he was angry when he rang the helpline "
        "only to be told to wait for an hour.",
    )
    assert got and got[0][0].startswith("he was angry when he rang the helpline")


def test_a_trailing_cue_with_earlier_this_week(make_article: Make) -> None:
    got = reported(
        make_article,
        "The guild will probably stay out of the dispute, Director of Member Services Rosa "
        "Delacroix told the Gazette earlier this week.",
    )
    assert got == [("The guild will probably stay out of the dispute", "Rosa Delacroix")]


def test_a_trailing_according_to_reports_the_clause_before_it(make_article: Make) -> None:
    got = reported(
        make_article,
        "The militia has repeatedly threatened the pipeline, according to the Halden Monitoring "
        "Group, which tracks armed groups in the region.",
    )
    assert got[0] == (
        "The militia has repeatedly threatened the pipeline",
        "Halden Monitoring Group",
    )


def test_spaced_hyphens_set_off_an_aside(make_article: Make) -> None:
    got = reported(
        make_article,
        "Speaking from her office, Agnes Tull - the council’s longest-serving member - told the "
        "Courier that the budget had been rushed.",
    )
    assert got == [("the budget had been rushed.", "Agnes Tull")]


def test_a_thousands_comma_does_not_end_the_opening_phrase(make_article: Make) -> None:
    got = reported(
        make_article,
        "At Fernhill, where a season ticket costs $1,200 this year, Clive Ashdown, the club’s "
        "treasurer, suggested that prices would rise again.",
    )
    assert got == [("prices would rise again.", "Clive Ashdown")]


def test_a_long_parenthesis_after_the_name(make_article: Make) -> None:
    got = reported(
        make_article,
        "Few mayors would say so, but Mayor Ada Ferrante (a former paramedic who still keeps her "
        "pager) says she was lost in her first months.",
    )
    assert got == [("she was lost in her first months.", "Ada Ferrante")]


def test_says_then_a_speaker_with_a_place(make_article: Make) -> None:
    got = reported(
        make_article,
        "Even the smaller parties now poll better than the governing bloc, says economist Lior "
        "Abend in Tallinn.",
    )
    assert got == [
        ("Even the smaller parties now poll better than the governing bloc", "Lior Abend")
    ]


def test_as_someone_put_it(make_article: Make) -> None:
    got = reported(
        make_article,
        "Nadia Kerr chairs the housing board.",
        "As Kerr put it last week, the estate is the borough’s oldest promise.",
    )
    assert got == [("the estate is the borough’s oldest promise.", "Nadia Kerr")]
    assert not reported(make_article, "As Kerr walked in, the room went quiet and people stood.")


def test_a_speaker_and_others(make_article: Make) -> None:
    got = reported(make_article, "Howell Price and others said they would not vote for the budget.")
    assert got == [("they would not vote for the budget.", "Howell Price")]


def test_a_second_verb_joined_by_and_said(make_article: Make) -> None:
    got = reported(
        make_article,
        "Dana Whitlock wrote to the committee in March and said she had drafted three "
        "alternative plans.",
    )
    assert got == [("she had drafted three alternative plans.", "Dana Whitlock")]


def test_a_described_subject_yields_to_the_name_in_apposition(make_article: Make) -> None:
    got = reported(
        make_article,
        "Marek Oduya is running for the council.",
        "One volunteer backing Mr. Oduya, Tamsin Reel of the Eastfield Tenants Union, said she "
        "had knocked on four hundred doors.",
    )
    assert got == [("she had knocked on four hundred doors.", "Tamsin Reel")]


def test_a_bare_name_right_before_a_trailing_verb_is_the_speaker(make_article: Make) -> None:
    got = reported(
        make_article,
        "Her loyalty has moved from the mayor to the treasurer to, now, Oduya, Brannigan said "
        "at the meeting.",
    )
    assert got and got[0][1] == "Brannigan"


def test_also_is_not_part_of_a_role_before_a_name(make_article: Make) -> None:
    got = reported(
        make_article,
        "Lena Ashworth and Victor Pell met in June.",
        "Ashworth also addressed Pell’s concerns on Thursday, stating that local councils run "
        "the count.",
    )
    assert got == [("local councils run the count.", "Lena Ashworth")]


def test_testifying_on_behalf_of_a_body_reports_nothing(make_article: Make) -> None:
    got = reported(
        make_article,
        "The bill’s supporters included Odile Marchetti, the fire chief of Brackwater, a town of "
        "about 40,000 people, who testified on behalf of the Regional Fire Officers Association.",
    )
    assert got == []


def test_a_subject_that_runs_on_into_a_role_and_a_name(make_article: Make) -> None:
    got = reported(
        make_article,
        "Likely Labour mayoral nominee Petra Holm also joined the debate, saying on Monday she "
        "would meet the transport unions next week.",
    )
    assert got and got[0][1] == "Petra Holm"


def test_a_verb_before_the_role_is_not_part_of_the_subject(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Harbour Gazette noted that author Elin Sorvik was seen with the mayor at the dinner.",
    )
    assert got and got[0][1] == "Harbour Gazette"


def test_once_is_never_the_speaker(make_article: Make) -> None:
    got = reported(
        make_article,
        "Once he was elected, Mr. Abernethy made housing his priority, saying that the city "
        "would build four thousand homes.",
        "Colm Abernethy was elected in May.",
    )
    assert [speaker for _, speaker in got] == ["Colm Abernethy"]


def test_but_said_and_a_later_clause_with_said(make_article: Make) -> None:
    got = reported(
        make_article,
        "Judge Emma Sorel heard the motion on Friday.",
        "Sorel put off deciding whether the group could question the mayor but said it could "
        "come back later with that request.",
        "Castle did not answer the questions, but he was copied on them and Nils Brandt said he "
        "spoke to Castle before replying.",
        "Still, even Mr. Brandt says there is good reason for the delay.",
    )
    assert ("it could come back later with that request.", "Emma Sorel") in got
    assert ("he spoke to Castle before replying.", "Nils Brandt") in got
    assert ("there is good reason for the delay.", "Nils Brandt") in got


def test_a_participle_belongs_to_the_later_clauses_subject(make_article: Make) -> None:
    got = reported(
        make_article,
        "Marta Quillon and Ivo Lantz sparred on air.",
        "Quillon quickly pivoted to talking about housing, but Lantz brought her back to the "
        "levy, asking Quillon to explain the missing money.",
    )
    assert got and got[0][1] == "Ivo Lantz"


def test_a_common_verb_is_not_part_of_a_role_before_a_name(make_article: Make) -> None:
    got = reported(
        make_article,
        "Petra Holm leads the council.",
        "Opponents see Holm as the cause of the deficit, arguing that in recent months her "
        "budget has cut the wrong services.",
    )
    assert all(speaker != "Petra Holm" for _, speaker in got)


def test_a_passive_participle_and_it_showed_report_nothing(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Halden Supreme Court sat on Monday.",
        "A Brackwater college lecturer, accused by the government of organising the strike, is "
        "at the centre of the inquiry.",
        "Although the ministry declined to comment, it showed how contentious the issue has "
        "become.",
        "The Halden Water Board met on Tuesday. It said the reservoir would reopen in June.",
    )
    assert got == [("the reservoir would reopen in June.", "Halden Water Board")]


def test_a_stance_verb_is_not_part_of_a_role_before_a_name(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ilan Marrow and Petra Holm met in June.",
        "Marrow rejects Holm's remarks about the port but will meet with her.",
    )
    assert got and got[0][1] == "Ilan Marrow"


def test_a_second_speakers_report_in_the_same_sentence(make_article: Make) -> None:
    got = reported(
        make_article,
        "Retired surgeon Alma Dunn proposed a county agency to run the clinics, while Pavel "
        "Ostrow in a blog post said he would close two of them.",
        "The board says the deficit will arrive sooner, in part because the council and Mayor "
        "Ines Calder agreed last year to cut the levy.",
    )
    assert ("he would close two of them.", "Pavel Ostrow") in got
    assert got[0] == ("a county agency to run the clinics", "Alma Dunn")
    assert all(speaker != "Ines Calder" for _, speaker in got)


def test_when_the_council_says_in_a_later_clause(make_article: Make) -> None:
    got = reported(
        make_article,
        "Pellingford Borough Council voted on Tuesday.",
        "The baths will close in July, when the council says a new pool at Kingsmead will be "
        "ready to take their swimmers.",
    )
    assert (
        "a new pool at Kingsmead will be ready to take their swimmers.",
        "Pellingford Borough Council",
    ) in got
