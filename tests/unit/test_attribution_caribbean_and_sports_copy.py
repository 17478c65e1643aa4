"""Caribbean and sports-desk copy (blind suites mix137-138): offices "of" a field or a place
before the name ("Minister of National Security …", "Custos of Portland, the Hon. …", "Member
of Parliament for …"), a creole quote glossed in brackets, "submitted", "the accused, X,",
"According to X, who …", and sports epithets ("the Ghana international", "said the Tongan",
"Austrian Benedikt Sauer", "his younger brother Mateo")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_an_office_of_a_field_is_no_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minister of National Security Desmond Okoro-Blake told the Senate that two patrol boats "
        "would arrive in March.",
        "Director of Public Prosecutions Loretta Baptiste-Harley said her office would not "
        "appeal the ruling.",
    )
    assert report_opening(quotes, "two patrol boats").speaker == "Desmond Okoro-Blake"
    assert report_opening(quotes, "her office would not appeal").speaker == (
        "Loretta Baptiste-Harley"
    )


def test_an_office_of_a_place_then_the_name_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The river is eating the road,” said Custos of St Mary, the Hon. Neville Grant-Ashby, "
        "at a luncheon yesterday.",
        "“The hotels get the roads and the people get the dust,” said Member of Parliament for "
        "Trelawny Northern, Dorrett Samuels-Hall, yesterday.",
        "Custos of Clarendon, the Hon. Audley Pinnock, said at a ceremony that the parish had "
        "been forgotten.",
    )
    assert one(quotes, "The river is eating the road,").speaker == "Neville Grant-Ashby"
    dust = one(quotes, "The hotels get the roads and the people get the dust,")
    assert dust.speaker == "Dorrett Samuels-Hall"
    assert report_opening(quotes, "the parish had been forgotten").speaker == "Audley Pinnock"


def test_two_ministers_the_minister_is_the_one_described_as_such_last(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minister of Agriculture Pauline Thwaites and Minister of Finance Winston Ebanks-Lowe met "
        "farmers on Monday.",
        "Ebanks-Lowe said the budget was tight. “Every dollar has a job,” the minister said.",
    )
    assert one(quotes, "Every dollar has a job,").speaker == "Winston Ebanks-Lowe"


def test_a_creole_quote_glossed_in_brackets(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"Mi cyaan tek it nuh more." (I cannot take it any more.)',
        "Those were the words of 81-year-old Hortense Blackwood as the bailiffs arrived.",
    )
    assert one(quotes, "Mi cyaan tek it nuh more.").speaker == "Hortense Blackwood"


def test_court_copy_submitted_and_the_accused(make_article: Make) -> None:
    quotes = found(
        make_article,
        'A Kingston attorney challenged the raid. "A warrant with the wrong address is a piece of '
        'paper," Desmond Hylton-Reid submitted before the judge.',
        'There was commotion in court. "Mi never do it!" the accused, Tyrone Mattis, shouted '
        "from the dock.",
    )
    assert one(quotes, "A warrant with the wrong address is a piece of paper,").speaker == (
        "Desmond Hylton-Reid"
    )
    assert one(quotes, "Mi never do it!").speaker == "Tyrone Mattis"


def test_according_to_someone_described_by_a_relative_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Guides say the old town misses out. According to Rupert Caddle-Worrell, who has run "
        "walking tours for 12 years, “The passengers never leave the pier.” The port said it "
        "would add signs.",
    )
    assert one(quotes, "The passengers never leave the pier.").speaker == "Rupert Caddle-Worrell"
    assert not [q for q in quotes if q.text.startswith("who has run walking tours")]


def test_the_leader_in_the_senate_and_a_spokesman_on_a_brief(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Leader of the Opposition in the Senate Marcia Holder-Griffith yesterday called the "
        'budget "a plan for the boardroom" and walked out.',
        '"We import more onions than ever," Opposition spokesman on agriculture Delroy '
        "Ruddock said.",
    )
    assert one(quotes, "a plan for the boardroom").speaker == "Marcia Holder-Griffith"
    assert one(quotes, "We import more onions than ever,").speaker == "Delroy Ruddock"


def test_sports_epithets_name_the_player(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kwesi Mensah-Appiah scored the only goal as Dunmore beat Kilford 1-0 on Saturday.",
        "“The ball just sat up for me,” said the Ghana international.",
        "Sione Havili, the giant Tongan lock who joined Corbridge Raiders in the summer, scored "
        "twice on his debut.",
        "“The fans here sing like at home,” said the Tongan.",
    )
    assert one(quotes, "The ball just sat up for me,").speaker == "Kwesi Mensah-Appiah"
    assert one(quotes, "The fans here sing like at home,").speaker == "Sione Havili"


def test_a_nationality_before_a_name_and_a_brother_by_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Austrian Florian Wechsler told reporters after his defeat that he had been ill all week.",
        "Luca Bertolini's side faced a team featuring his younger brother Matteo in defence.",
        "“Mum will be happy one of us won,” Matteo said.",
    )
    assert report_opening(quotes, "he had been ill all week").speaker == "Florian Wechsler"
    assert one(quotes, "Mum will be happy one of us won,").speaker == "Matteo Bertolini"


def test_with_someone_explaining_that_reports(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kelso Park made six changes, with director of rugby Hamish Torrance explaining that the "
        "squad had been hit by a stomach bug.",
        "Question Time was lively, with the Treasurer, Bronwyn Achterberg, insisting investors "
        "had nothing to fear, and full-back Sam Ure adding the winning try late on.",
    )
    assert report_opening(quotes, "the squad had been hit").speaker == "Hamish Torrance"
    assert report_opening(quotes, "investors had nothing to fear").speaker == ("Bronwyn Achterberg")
    assert not [q for q in quotes if q.text.startswith("the winning try")]


def test_a_spokeswoman_named_after_her_role_is_a_woman(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Norbert Kask has been trying for months to sell the fleet. A company spokeswoman, Kadri "
        "Lepik, declined to comment on the talks.",
        '"Nobody is paying for old ships right now," he said in an interview.',
    )
    assert one(quotes, "Nobody is paying for old ships right now,").speaker == "Norbert Kask"


def test_an_assessment_named_in_the_next_paragraph(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Landlords are bracing for another bad year. “Nobody wants to hold the last empty tower.”",
        "That blunt assessment came from Ines Marchbank, head of research at Pell Doyle, who "
        "spoke at a conference on Tuesday.",
    )
    assert one(quotes, "Nobody wants to hold the last empty tower.").speaker == "Ines Marchbank"


def test_a_director_of_a_sport_speaks_for_the_one_the_report_is_about(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Patrice Lamoureux could not explain how his side threw away a 17-point lead as "
        "Saint-Aubert lost 27-24 on Saturday.",
        "“We were too comfortable,” the Saint-Aubert director of rugby insisted.",
    )
    assert one(quotes, "We were too comfortable,").speaker == "Patrice Lamoureux"
