"""People named by a role, a kinship or an age after their introduction, and statements signed
on the line after them (blind suites mix34 and mix35, 2026-12-03)."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.sieves import cue_after


def test_a_dash_line_with_role_and_body_signs_the_paragraph_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In a statement on Thursday, Harlow Dairies confirmed it would recall 9,000 tubs.",
        "“Nothing matters more than the safety of the people who buy our food.”",
        "— Mirela Vancu, chief executive, Harlow Dairies",
    )
    quote = one(quotes, "Nothing matters more than the safety of the people who buy our food.")
    assert quote.speaker == "Mirela Vancu"


def test_a_sentence_with_commas_after_a_junk_line_is_no_signature(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“They will tell us what happened,” Chief Ruth Okafor said. “We will not guess.",
        "“The marshal's office has investigators on the way.”",
        "Advertisement",
        "Dana Pruitt, 44, who has worked at the plant for 11 years, was sanding chairs when "
        "she heard a bang.",
    )
    assert one(quotes, "The marshal's office has investigators on the way.").speaker != (
        "Dana Pruitt"
    )


def test_a_role_then_its_name_after_said_is_that_person() -> None:
    cue = cue_after(" said Portway Ferries' managing director, Annika Solberg, ")
    assert cue is not None and cue.who == "Annika Solberg"
    assert cue.description == "Portway Ferries' managing director"
    cue = cue_after(" said another leading Supreme Court lawyer, Andrew J. Pincus of Mayer Brown.")
    assert cue is not None and cue.who.endswith("Andrew J. Pincus")
    cue = cue_after(" said a spokesman, adding that the plant would close.")
    assert cue is not None and cue.who == "a spokesman"


def test_an_office_for_a_field_is_the_office_later(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gauteng MEC for Health Nomvula Radebe has ordered a review of waiting times.",
        "Opposition spokesperson Jacques Pienaar called conditions “a scandal”.",
        "“No mother should be sitting on a cold bench before sunrise,” the MEC said.",
    )
    quote = one(quotes, "No mother should be sitting on a cold bench before sunrise,")
    assert quote.speaker == "Nomvula Radebe"


def test_the_husband_is_the_man_whose_wife_was_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mr. Tunde Okafor, a welder, and his wife, Bisi, a tailor, said the water rose within "
        "an hour. Mrs. Okafor said her machines were destroyed.",
        "“We climbed onto the roof and waited until morning,” the husband said.",
    )
    quote = one(quotes, "We climbed onto the roof and waited until morning,")
    assert quote.speaker == "Tunde Okafor"
    assert "married couple" in quote.reason


def test_a_member_of_a_house_is_the_legislator_and_an_advocate_counsel(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Kovalam MLA P. Suresh, who met the protesters, said he would raise the matter. "
        "Senior advocate Vikram Joshi appeared for the residents.",
        "“These families have lost homes,” the legislator told reporters.",
        "“No plantation can bring a banyan back,” the senior counsel told the bench.",
    )
    assert one(quotes, "These families have lost homes,").speaker == "P. Suresh"
    assert one(quotes, "No plantation can bring a banyan back,").speaker == "Vikram Joshi"


def test_a_grandmother_of_six_after_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Brenda Oakes, 71, has crossed children outside St Anne’s Primary since 1990. "
        "Headteacher Simon Pratt said three generations had been walked across by her.",
        "“I’ve seen kids I crossed come back as parents,” said the grandmother of six.",
    )
    assert one(quotes, "I’ve seen kids I crossed come back as parents,").speaker == ("Brenda Oakes")


def test_an_age_is_not_the_official_the_story_went_through(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Winger Semi Taufa has signed a three-year extension with the Illawarra Stingrays.",
        "Coach Ricky Barnes said keeping Taufa had been the priority. “He’s the first name "
        "on the team sheet,” Barnes said.",
        "The 23-year-old said: “My mum’s here. Why would I leave?”",
    )
    assert one(quotes, "My mum’s here. Why would I leave?").speaker == "Semi Taufa"


def test_a_judge_saying_she_does_not_make_him_a_woman(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Joanne Birtles, 47, admitted fraud at Preston Crown Court. Judge Andrew Mellor said "
        "she had betrayed the trust of parents.",
        "The mother of two told the court she had always intended to pay the money back.",
    )
    report = one(quotes, "she had always intended to pay the money back.")
    assert report.speaker == "Joanne Birtles"


def test_came_the_reply_from_names_the_speaker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Why should my mother drive two hours to see a doctor?” one woman asked.",
        "“She shouldn’t, and I won’t pretend that’s acceptable,” came the reply from Rachel "
        "Dhaliwal, the MP for the riding.",
    )
    quote = one(quotes, "She shouldn’t, and I won’t pretend that’s acceptable,")
    assert quote.speaker == "Rachel Dhaliwal"


def test_trades_and_ranks_named_later_by_the_trade(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Helm Callum Reay said both paddleboarders were cold but unhurt. Kisumu goalkeeper "
        "Brian Otieno saved two penalties. MPP Jasmine Okoro tabled the bill.",
        "Coastguard controller Lisa Hetherington urged people to check the forecast.",
        "“Another half an hour and it would have been dark,” the helm said.",
        "“I knew where the captain would put it,” said the custodian.",
        "“No one should die of heat in their own apartment,” said the MPP.",
    )
    assert one(quotes, "Another half an hour and it would have been dark,").speaker == (
        "Callum Reay"
    )
    assert one(quotes, "I knew where the captain would put it,").speaker == "Brian Otieno"
    assert one(quotes, "No one should die of heat in their own apartment,").speaker == (
        "Jasmine Okoro"
    )


def test_honorifics_and_hyphened_ranks_are_no_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Wiradjuri elder Aunty Margaret Wallace, 78, will lead the sessions. Police spokesperson "
        "Lieutenant-Colonel Siyabonga Mkhize said four suspects were being sought.",
        "“We were punished for speaking it at school,” Aunty Margaret said.",
        "Mkhize said a manhunt was continuing in the area.",
    )
    assert one(quotes, "We were punished for speaking it at school,").speaker == (
        "Margaret Wallace"
    )
    assert one(quotes, "a manhunt was continuing in the area.").speaker == "Siyabonga Mkhize"


def test_a_traditional_ruler_is_the_monarch(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Olupeju of Ilupeju-Oke, Oba Adewale Ogunlade, said most cases involved land. "
        "The Attorney-General, Mrs. Bolanle Akinyemi, said the state would study it.",
        "“Today our children fight over the same land,” the monarch said.",
    )
    assert one(quotes, "Today our children fight over the same land,").speaker == (
        "Adewale Ogunlade"
    )


def test_a_passive_report_names_its_agent(make_article: Make) -> None:
    quotes = found(
        make_article,
        "It was confirmed by Kildare County Council on Wednesday that the developer had "
        "withdrawn its application.",
        "It was announced by the Minister for Health, Clodagh Fennelly, that the first 60 beds "
        "would open next year.",
    )
    assert one(quotes, "the developer had withdrawn its application.").speaker == (
        "Kildare County Council"
    )
    assert one(quotes, "the first 60 beds would open next year.").speaker == "Clodagh Fennelly"


def test_a_role_before_the_subject_of_a_colon_lead(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Asked whether she would stand for the leadership, Opposition frontbencher Kate "
        "Armitage gave the shortest answer of her career:",
        "“No. Next question.”",
    )
    assert one(quotes, "No. Next question.").speaker == "Kate Armitage"


def test_the_new_boss_is_the_one_appointed_manager(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Wexcombe Town have appointed former captain Gary Nolan as manager until the end of "
        "the season. Chairman Roy Pilkington said the club had acted decisively.",
        "The new boss said: “We have 14 games to save our season.”",
    )
    assert one(quotes, "We have 14 games to save our season.").speaker == "Gary Nolan"


def test_a_passive_verb_of_naming_credits_its_agent(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The measure was called “long overdue and still too weak” by Rep. Helen Castellano, "
        "D-Ariz., who voted for it. Rep. Brett Sorensen, R-Utah, said he was open to changes.",
        "Critics have described the plan as “a half-measure”.",
    )
    quote = one(quotes, "long overdue and still too weak")
    assert quote.speaker == "Helen Castellano"
    assert one(quotes, "a half-measure").speaker is None


def test_an_unnamed_voice_who_gave_a_name_is_that_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Fifteen cents is fifteen cents,” said one shopper, who gave her name only as Jess.",
        "“Nobody asked us,” said another, who did not want to be named.",
    )
    quote = one(quotes, "Fifteen cents is fifteen cents,")
    assert quote.speaker == "Jess"
    assert one(quotes, "Nobody asked us,").speaker is None


def test_the_lede_s_subject_called_back_with_an_epithet(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A Mthatha mother whose son was born in a taxi says she was turned away from the clinic.",
        "Lindiwe Dube, 27, said she arrived at 2am.",
        "“The hospital is 40 kilometres away,” the young mother said.",
        "“We are looking into it,” the other mother said.",
    )
    assert one(quotes, "The hospital is 40 kilometres away,").speaker == "Lindiwe Dube"
    assert one(quotes, "We are looking into it,").speaker != "Lindiwe Dube"


def test_a_feature_s_subject_by_trade(make_article: Make) -> None:
    quotes = found(
        make_article,
        "When Siobhán Keogh retired from Ballymoran General Hospital after 41 years, she "
        "assumed she would spend her days in the garden.",
        "Instead, the retired nurse runs a weekly drop-in clinic in the community hall.",
        "“Half of them don’t need a nurse, they need a chat,” the retired nurse said.",
        "Local GP Dr Kevin Mulcahy said the clinic had found several cases of high blood pressure.",
    )
    assert one(quotes, "Half of them don’t need a nurse, they need a chat,").speaker == (
        "Siobhán Keogh"
    )
