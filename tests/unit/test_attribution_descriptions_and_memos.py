"""Shapes found by blind probe suites mix73-mix75 (politics, business, arts) and the review of
the resolver's last fallback: descriptions whose capitalised words qualify a noun ("the Florida
senator", "the Tipperary boss", "a Skyline spokesman", "a Boston lawyer": never a speaker called
Boston), a role the article gives with a verb ("started the firm" … "the founder said"), "So
insisted X", "the premier was categorical:", an official described by age, memos "written by" a
chair, and "Rajya Sabha member X"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_description_no_one_is_named_by_stays_unnamed(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The verdict was welcomed outside court. “It was a long road,” a Boston lawyer said.",
    )
    quote = one(quotes, "It was a long road,")
    assert quote.speaker is None  # not a speaker called "Boston"
    assert "a Boston lawyer" in quote.reason


def test_the_place_and_office_is_whom_the_sentence_before_is_about(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Marco Reyes, who is third in the polls, campaigned with Sen. Joan Ernst, R-Iowa.",
        "“We will see what it translates to,” the Florida senator told reporters.",
    )
    quote = one(quotes, "We will see what it translates to,")
    assert quote.speaker == "Marco Reyes"
    assert "whom the sentence before is about" in quote.reason


def test_the_team_boss_is_the_one_the_article_tied_to_the_team(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Waterford beat Tipperary, whose manager Eamon Lonergan was sent to the stand.",
        "Conor Ó Faoláin scored ten points.",
        "“We gave away 14 frees in our own half,” said the Tipperary boss.",
    )
    assert one(quotes, "We gave away 14 frees in our own half,").speaker == "Eamon Lonergan"


def test_a_spokesman_by_a_short_name_speaks_for_the_body_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Renata Volkova, the former head of safety at Skyline Autonomous, said she had warned "
        "executives.",
        "A Skyline spokesman said the company had investigated her concerns.",
    )
    assert report_opening(quotes, "the company had investigated").speaker == "Skyline Autonomous"


def test_a_source_by_a_place_is_anonymous(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ministers are expected to delay the bottle return scheme again, a Holyrood source said "
        "last night.",
        "Circular economy minister Lorna Baird declined to comment.",
    )
    assert [quote.speaker for quote in quotes] in ([], [None])  # no one, and not "Holyrood"


def test_a_role_given_by_a_verb_is_the_one_person_named_just_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Valeria Montes started Cantera Tiles in her garage in 2015. On Monday, the company "
        "agreed to be sold.",
        "“I never wanted to sell,” the founder said in an interview.",
        "The buyer’s chief executive, Douglas Pratt, said the brand would stay.",
    )
    quote = one(quotes, "I never wanted to sell,")
    assert quote.speaker == "Valeria Montes"
    assert "the one person named just before it" in quote.reason


def test_no_lone_person_for_a_crowd_or_someone_with_another_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Donald Pratt addressed the rally for an hour.",
        "“We want our jobs back,” said the man in the front row.",
    )
    assert one(quotes, "We want our jobs back,").speaker is None
    quotes = found(
        make_article,
        "Vasily Orlenko conducted the Sixth on Thursday.",
        "The soloist, the violinist Ingrid Valde, left the stage in tears.",
        "“You don’t tame Mahler,” the conductor said.",
    )
    assert one(quotes, "You don’t tame Mahler,").speaker != "Ingrid Valde"


def test_so_insisted_after_a_quote_on_its_own(make_article: Make) -> None:
    quotes = found(
        make_article,
        "‘This is not a leadership challenge.’",
        "So insisted Jeremy Holloway-Pitt, the former chief whip, as he left the meeting.",
    )
    assert one(quotes, "This is not a leadership challenge.").speaker == "Jeremy Holloway-Pitt"


def test_a_role_was_categorical_after_an_opening_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Premier Alasdair MacPhee spent the news conference fending off questions.",
        "Asked whether he had known, the premier was categorical: “I did not know.”",
    )
    assert one(quotes, "I did not know.").speaker == "Alasdair MacPhee"


def test_an_official_is_the_age_described_when_no_one_else_is_near(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Former Gov. Ruth Delacroix-Hale said Monday she would challenge Gov. Wendell Stroud.",
        "“I didn’t come back to retire,” the 72-year-old said in an interview.",
    )
    assert one(quotes, "I didn’t come back to retire,").speaker == "Ruth Delacroix-Hale"


def test_a_memo_written_by_a_committees_chair(make_article: Make) -> None:
    quotes = found(
        make_article,
        "An internal memo written by Harrow County Democratic Committee chair Ramon Ostrowski "
        "warns that turnout among young voters could fall by a third.",
        "A leaked memo from the Department for Regional Growth warns that the department will "
        "miss its target.",
    )
    assert report_opening(quotes, "turnout among young voters").speaker == "Ramon Ostrowski"
    assert report_opening(quotes, "the department will miss").speaker == (
        "Department for Regional Growth"
    )


def test_a_house_before_its_member_is_no_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rajya Sabha member Devendra Kulkarni visited the villages with MLA Sunita Rawat.",
        "He said the Centre would release relief funds within a week.",
    )
    assert report_opening(quotes, "the Centre would release").speaker == "Devendra Kulkarni"


def test_yesterday_between_the_subject_and_told(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The boss of Avonmere Water, Claire Dunstable, yesterday told a parliamentary committee "
        "that bills would have to rise by a third.",
    )
    assert report_opening(quotes, "bills would have to rise").speaker == "Claire Dunstable"


def test_said_its_star_and_an_irish_council_chair(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“It’s a tragedy with good jokes,” said its star, Delphine Achebe-Ward.",
        "Cathaoirleach Tadhg Breen said the council would write to the minister.",
    )
    assert one(quotes, "It’s a tragedy with good jokes,").speaker == "Delphine Achebe-Ward"
    assert report_opening(quotes, "the council would write").speaker == "Tadhg Breen"


def test_a_stage_name_labels_the_singers_answers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Aoife Brennan, the Dublin singer who performs as Marlo, released her debut album last "
        "month.",
        "**Is the quietness deliberate?**",
        "**Marlo:** Completely. I wanted it to sound like someone singing in the next room.",
    )
    answer = next(quote for quote in quotes if quote.text.startswith("Completely."))
    assert answer.speaker == "Aoife Brennan"
    assert "“Marlo”" in answer.reason


def test_the_company_is_the_mining_firm_that_opens_the_sentence_before(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Ferncliffe Resources said on Monday it had agreed to sell its gold stake to Oriel Mining.",
        "The sale needs the approval of the review board, the company said.",
        "Pemberton Mining halted its Carrow Ridge copper mine on Wednesday.",
        "“There is no risk to the public,” the company said in a statement.",
    )
    assert report_opening(quotes, "The sale needs the approval").speaker == "Ferncliffe Resources"
    assert one(quotes, "There is no risk to the public,").speaker == "Pemberton Mining"


def test_an_epithet_of_a_place_or_a_service_is_never_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Nokuthula Mthembu, 58, said she had never seen the water so high. “It came in under "
        "the door,” the Durbanite said.",
        "Shop owner Yusuf Moosa said he had lost his stock.",
    )
    assert one(quotes, "It came in under the door,").speaker == "Nokuthula Mthembu"
    quotes = found(
        make_article,
        "Flooding closed the Rangimoana boat ramp.",
        "“It’s not insured,” the Cantabrian said.",
    )
    assert one(quotes, "It’s not insured,").speaker is None  # not a speaker called Cantabrian


def test_opinion_of_and_an_answer_offered_after_a_long_opening(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“If you want to know a town, go to the laundromat at eleven on a Tuesday night.”",
        "That is the considered opinion of Wendell Ashby, who has owned the laundromat since 1991.",
        "A former schoolteacher named Beatrix Lund staffs the Hollis Creek fire lookout.",
        "Asked why she keeps coming back to a fourteen-by-fourteen cabin with no running water, "
        "the lookout offered a simple answer: “Because nobody else sees what I see.”",
    )
    assert (
        one(
            quotes, "If you want to know a town, go to the laundromat at eleven on a Tuesday night."
        ).speaker
        == "Wendell Ashby"
    )
    assert one(quotes, "Because nobody else sees what I see.").speaker == "Beatrix Lund"


def test_her_name_is_introduces_the_ledes_she(make_article: Make) -> None:
    quotes = found(
        make_article,
        "She arrives at the gym at 5 a.m. and wraps her hands in the dark. “I like it quiet,” "
        "she says.",
        "Her name is Teodora Vasquez, and she is fifty-three.",
        "Her trainer, Luis Benavides, calls her a problem.",
    )
    assert one(quotes, "I like it quiet,").speaker == "Teodora Vasquez"
