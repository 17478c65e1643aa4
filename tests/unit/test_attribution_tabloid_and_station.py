"""Regional and tabloid crime copy and US local-station copy (blind suites mix46 and mix47):
parents called by their children, couples with accented names, long office titles, bodies
behind "according to", spokeswomen met again, and a lede's judge named later."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.model import QuoteKind


def test_parents_and_grandparents_called_by_their_children(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Shannon Maddox, 36, woke at about 3am to find a man rifling through her handbag. "
        "Senior Constable Troy Haddad attended.",
        "The mum-of-three told the Coastal Daily: 'I screamed the house down.'",
        "Sammy Boyd, 81, lost the ring in 2002. Hobbyist Rachel Nesbitt found it last month.",
        "'She'd be laughing her head off now,' said the grandad-of-five.",
    )
    assert one(quotes, "I screamed the house down.").speaker == "Shannon Maddox"
    assert one(quotes, "She'd be laughing her head off now,").speaker == "Sammy Boyd"


def test_a_couple_whose_wife_has_an_accented_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Siobhán and Declan Rooney opened the Kettle & Crumb on Main Street three years ago.",
        'Mr Rooney said the break-in happened after midnight. "It\'s not even the money," his '
        "wife said.",
    )
    assert one(quotes, "It's not even the money,").speaker == "Siobhán Rooney"


def test_a_canons_title_is_not_his_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"To us it is priceless," said Canon Michael Furey. "Leave it back, no questions asked."',
    )
    assert {q.speaker for q in quotes} == {"Michael Furey"}


def test_as_someone_in_apposition_put_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Local councillor Niamh Carberry said people were 'at the end of their tether'. As one "
        "mother-of-three, Lisa Breen, put it: 'You go to bed wondering if your car will burn.'",
    )
    assert one(quotes, "You go to bed wondering if your car will burn.").speaker == "Lisa Breen"


def test_a_plural_before_a_closing_single_that_the_next_quote_opens_after(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Errol Whitbread, 66, served four years before DNA evidence cleared him.",
        "His solicitor, Farah Naqvi, said the case raised 'serious questions' about evidence. "
        "Speaking outside court, Mr Whitbread said: 'I've waited 25 years to hear those words.'",
    )
    assert one(quotes, "serious questions").speaker == "Farah Naqvi"
    assert one(quotes, "I've waited 25 years to hear those words.").speaker == "Errol Whitbread"


def test_according_to_one_of_several_then_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Nigel Penhale, 52, posed as a widowed airline pilot on dating apps.",
        "'He made me feel special, and then he took everything,' according to one of his "
        "victims, retired nurse Gillian Rowe.",
    )
    assert one(quotes, "He made me feel special, and then he took everything,").speaker == (
        "Gillian Rowe"
    )


def test_a_ledes_judge_is_the_judge_named_later(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A judge has branded a mother who left her toddler alone 'selfish beyond belief'.",
        "Stacey Pollitt, 26, left her son in a cot. Passing sentence, Judge Rosalind Mace said "
        "the boy had been found by a neighbour.",
    )
    assert one(quotes, "selfish beyond belief").speaker == "Rosalind Mace"


def test_long_office_titles_are_not_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        'County Judge-Executive Wendell Marsh said Friday, "We are not going to let a pothole '
        'budget turn into a lawsuit budget."',
        "State Superintendent of Public Instruction Rhonda Keel on Wednesday unveiled a plan. "
        '"If a third-grader can\'t read, nothing else matters," Keel said.',
        "County Counselor Wayne Kittredge said the county would appeal the decision to the "
        "state Supreme Court.",
    )
    speakers = {q.speaker for q in quotes}
    assert speakers == {"Wendell Marsh", "Rhonda Keel", "Wayne Kittredge"}


def test_the_younger_of_a_coach_and_his_son_named_with_his_job(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Coach Dale Ritter and his son, offensive coordinator Tyler Ritter, have led the "
        "Wildcats to a semifinal.",
        '"Dad told me to run the ball, so I finally listened," the younger Ritter said.',
    )
    assert one(quotes, "Dad told me to run the ball, so I finally listened,").speaker == (
        "Tyler Ritter"
    )


def test_the_first_of_two_spanish_surnames_after_two_given_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        "María Elena Gutiérrez Soto asked the council on Tuesday to add Spanish notices to water "
        "bills. Council member Rod Stiles said he supported the idea.",
        '"We\'re asking to be counted," Gutiérrez said.',
    )
    assert one(quotes, "We're asking to be counted,").speaker == "María Elena Gutiérrez Soto"


def test_a_body_behind_according_to_after_a_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A 3-year-old was found unharmed a few blocks away.",
        '"Officers located the vehicle within 40 minutes," according to a statement from the '
        'Beaumill Police Department. "The child was returned to the mother."',
        "Dalton Reese, 34, was booked into the county jail, according to a news release from "
        "the sheriff's office. Harlan County Sheriff's Office deputies made the arrest.",
    )
    assert one(quotes, "Officers located the vehicle within 40 minutes,").speaker == (
        "Beaumill Police Department"
    )
    assert one(quotes, "The child was returned to the mother.").speaker == (
        "Beaumill Police Department"
    )


def test_a_spokeswoman_met_again_and_her_she(make_article: Make) -> None:
    quotes = found(
        make_article,
        "About 8,000 Midplains Energy customers in Westmoor lost power Tuesday evening after "
        "high winds knocked down a line, a spokeswoman for the company said.",
        "Mayor Delia Summerour said the city had opened a warming center at the Westmoor Civic "
        "Center.",
        'The spokeswoman said most customers should have power back by Wednesday. "Crews will '
        'work through the night," she added.',
    )
    assert report_opening(quotes, "About 8,000 Midplains Energy").speaker == "Midplains Energy"
    assert one(quotes, "Crews will work through the night,").speaker == "Midplains Energy"


def test_a_relative_clauses_subject_keeps_its_word_inside_a_groups_report(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Tenants at Hollins Court say damp has spread to every room after a leak that "
        "Brackenhurst Borough Council described as 'minor' went unrepaired for five months.",
    )
    assert one(quotes, "minor").speaker == "Brackenhurst Borough Council"


def test_a_nickname_after_known_as_is_no_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Retired engineer Walter Dobbs, known around Brackley as the 'Pothole King', has "
        "reported 2,000 defects.",
        "Highways spokeswoman Lisa Carver said every report was assessed within five days.",
        "'I've had a few thank-you letters,' the 72-year-old said.",
    )
    assert one(quotes, "Pothole King").kind is QuoteKind.SCARE
    assert one(quotes, "I've had a few thank-you letters,").speaker == "Walter Dobbs"


def test_a_transcripts_capital_labels_for_people_named_nowhere_else(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The following is a transcript of remarks outside the courthouse. Questions were asked "
        "by KXYZ reporter Ben Tully and others.",
        "SHERIFF DALE MCKAY: Deputies responded to a report of shots fired.",
        "TULLY: Sheriff, do you have anyone in custody?",
        "MCKAY: We have a person of interest.",
        "UPDATE: The store has reopened.",
    )
    assert one(quotes, "We have a person of interest.").speaker == "Dale McKay"
    assert one(quotes, "Deputies responded to a report of shots fired.").speaker == "Dale McKay"
    assert one(quotes, "Sheriff, do you have anyone in custody?").speaker == "Ben Tully"
    assert not [q for q in quotes if "reopened" in q.text]


def test_a_lede_that_names_a_trade_before_the_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A nightclub bouncer has denied that he knocked a patron unconscious in a brawl outside "
        "a venue in Parramatta.",
        "Dimitri Kostakis, 38, pleaded not guilty on Monday. The man's friend, Bailey Murchison, "
        "told police he saw the bouncer swing first.",
    )
    assert report_opening(quotes, "he knocked a patron").speaker == "Dimitri Kostakis"
    quotes = found(
        make_article,
        "A number of councillors have said that the plan would fail within a year.",
        "Council leader John Smith said it would not.",
    )
    assert report_opening(quotes, "the plan would fail").speaker != "John Smith"


def test_a_ledes_mother_is_not_her_son_named_first(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The mother of a teenager stabbed to death in a case of mistaken identity has vowed to "
        "'fight until my last breath' for tougher knife crime laws.",
        "Jordan Asante, 17, was attacked as he walked home in May 2022.",
        "Yvonne Asante, 49, has since set up a charity in her son's name.",
    )
    assert one(quotes, "fight until my last breath").speaker == "Yvonne Asante"


def test_mr_before_a_couples_surname_is_the_husband_before_pronouns_are_counted(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Siobhán and Declan Rooney heard the shots. Mr Rooney said he had called 911 at once. "
        '"We got down behind the counter," his wife said.',
    )
    assert one(quotes, "We got down behind the counter,").speaker == "Siobhán Rooney"
