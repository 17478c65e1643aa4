"""Which body or document a source means: "the company" is not the authority named after it, "the
agency" not a company, "its spokeswoman" the body named last, a document's words its author's,
and a name only ever found "out of" or "at" somewhere is a place."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.model import ParagraphKind


def test_the_company_is_not_the_public_body_named_after_it(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ostler Marine Works pulled its dredges off the bay on Tuesday.",
        "The Kestle Port Authority accused the contractor of walking off the job.",
        "The company says it offered in August to keep dredging the lower channel.",
    )
    assert ("it offered in August to keep dredging the lower channel.", "Ostler Marine Works") in (
        got
    )


def test_the_agency_is_the_public_body_not_the_company(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Kestle Port Authority accused Ostler Marine Works of walking off the job.",
        "The agency said in a statement that the contractor had every permit it needed.",
    )
    assert got[-1] == ("the contractor had every permit it needed.", "Kestle Port Authority")


def test_its_spokeswoman_is_the_body_and_her_later_she_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“You don't get to park your dredges outside the breakwater,” said Adele Tenney, the "
        "port's director.",
        "Ostler Marine Works has denied the claim. The company says it offered to keep working, "
        "and its spokeswoman said the figure came from the port's own engineers.",
        "“We stopped because we will not put crews on a job that could be shut down at any "
        "moment,” she said.",
    )
    said = one(
        quotes,
        "We stopped because we will not put crews on a job that could be shut down at any moment,",
    )
    assert said.speaker == "Ostler Marine Works"


def test_a_filing_someone_made_is_theirs(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ostler Marine Works bid for the dredging contract in 2024.",
        "According to a filing Ostler made with the commission on Aug. 14, the company has since "
        "been told to haul the mud offshore.",
    )
    assert got[-1] == (
        "the company has since been told to haul the mud offshore.",
        "Ostler Marine Works",
    )


def test_the_report_is_its_publishers_where_it_was_introduced(make_article: Make) -> None:
    got = reported(
        make_article,
        "The watermen lean on a report published in May by the Kestle Bay Foundation, a local "
        "environmental group.",
        "The Kestle Port Authority disputes its findings.",
        "According to the report, the last deepening left the lower bay cloudy for two years.",
    )
    assert got[-1] == (
        "the last deepening left the lower bay cloudy for two years.",
        "Kestle Bay Foundation",
    )


def test_a_name_only_found_out_of_and_at_somewhere_is_a_place(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dwayne Pettigrew, 61, a crabber, has opposed the plan.",
        "“They can monitor it all they want,” he said. Mr. Pettigrew, whose father worked the "
        "same water out of Tarrow Landing, said his catch fell by half.",
        "On Tuesday Mr. Pettigrew was unloading his catch at Tarrow Landing.",
        "“Fifty feet of water does me no good if there are no crabs in it,” he said.",
    )
    said = one(quotes, "Fifty feet of water does me no good if there are no crabs in it,")
    assert said.speaker == "Dwayne Pettigrew"


def test_figures_obtained_by_a_group_are_the_groups(make_article: Make) -> None:
    got = reported(
        make_article,
        "According to figures obtained by the campaign group Clean Dunmere under freedom of "
        "information rules, PFAS levels exceeded the limit in five samples.",
    )
    assert got == [("PFAS levels exceeded the limit in five samples.", "Clean Dunmere")]


def test_the_company_said_after_a_sentence_that_opens_with_it(make_article: Make) -> None:
    got = reported(
        make_article,
        "Sign up for our newsletter. Enter your email | Sign Up",
        "Ridgeway Mutual Insurance, which writes crop policies for half the valley, has opened "
        "more than 90 frost claims since Saturday, the company said in a statement.",
    )
    assert got[-1][1] == "Ridgeway Mutual Insurance"


def test_a_lead_in_naming_the_bodys_chair_signs_the_block_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The board’s chair, Rosalind Teague, opened the meeting with an apology.",
        "In a letter to residents, the board’s chair wrote:",
        "We are sorry. We did not tell you quickly enough or clearly enough.",
        kinds={2: ParagraphKind.BLOCKQUOTE},
    )
    letter = one(quotes, "We are sorry. We did not tell you quickly enough or clearly enough.")
    assert letter.speaker == "Rosalind Teague"


def test_the_words_were_someones_names_the_quote_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Not everyone in the hall was reassured.",
        "“We were told the water was fine. We were told it again last week.”",
        "The words were Brenda Ashcroft’s. A childminder from Kelby, she drew the loudest "
        "applause of the evening.",
    )
    said = one(quotes, "We were told the water was fine. We were told it again last week.")
    assert said.speaker == "Brenda Ashcroft"


def test_a_wine_named_like_a_person_is_not_the_man_who_spoke(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hank Lisowski said his grandfather planted the vines.",
        "The family farms 38 acres of Pinot Noir, which he replanted in 1998.",
        "“She told me twice,” he said.",
    )
    assert one(quotes, "She told me twice,").speaker == "Hank Lisowski"


def test_partners_names_before_an_ampersand_are_a_firm_not_a_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Colette Ferrante, who joined the firm of Haldane Ferrante & Voss in 2019, represents "
        "the authority.",
        "“We will review the decision,” Ms. Ferrante said.",
    )
    assert one(quotes, "We will review the decision,").speaker == "Colette Ferrante"


def test_a_titled_surname_two_people_share_waits_for_their_genders(make_article: Make) -> None:
    got = reported(
        make_article,
        "Hank and Doreen Lisowski farm 38 acres above the river.",
        "Doreen Lisowski, who keeps the books, said she had walked the rows at first light.",
        "By Wednesday, Hank Lisowski was back on the tractor. Mr. Lisowski said that he and his "
        "wife had not decided whether to replant the bottom block.",
        "Mrs. Lisowski said she would rather sell it to a neighbor than replant it.",
    )
    assert got[1:] == [
        (
            "he and his wife had not decided whether to replant the bottom block.",
            "Hank Lisowski",
        ),
        ("she would rather sell it to a neighbor than replant it.", "Doreen Lisowski"),
    ]


def test_the_company_is_the_one_the_story_is_about_not_a_rival_in_passing(
    make_article: Make,
) -> None:
    got = reported(
        make_article,
        "Quillmont Software reported record revenue on Thursday. Quillmont shares fell 7% after "
        "the close.",
        "Shares of rivals including Vellum Data Corp. and Harrowgate Inc. also slipped in "
        "after-hours trading.",
        "The company announced that its chief operating officer would retire in March.",
    )
    assert got[-1] == (
        "its chief operating officer would retire in March.",
        "Quillmont Software",
    )


def test_the_company_after_a_body_that_opens_the_sentence_before_is_that_body(
    make_article: Make,
) -> None:
    got = reported(
        make_article,
        "Calder Bank agreed to buy Brightmoor Capital. Calder Bank said the deal would close "
        "in June.",
        "Brightmoor Capital said in a statement that it had received a higher offer. The "
        "company said the board would meet on Friday to consider it.",
    )
    assert got[-1] == ("the board would meet on Friday to consider it.", "Brightmoor Capital")


def test_a_spokesperson_for_a_body_named_with_of_speaks_for_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A Department of Health spokesperson said the government was spending more on beds.",
        "“The waits described in this report are unacceptable,” the spokesperson said.",
    )
    said = one(quotes, "The waits described in this report are unacceptable,")
    assert said.speaker == "Department of Health"
    got = reported(
        make_article,
        "A Department of Health spokesperson said the government was spending more on beds.",
    )
    assert got == [("the government was spending more on beds.", "Department of Health")]


def test_the_statement_said_is_whoever_said_it_in_a_statement(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Pennock and Rillmouth Hospitals NHS Trust runs two hospitals in the county.",
        "The trust said in a statement to this newspaper that it valued its staff. “We will "
        "always listen,” the statement said.",
    )
    said = one(quotes, "We will always listen,")
    assert said.speaker == "Pennock and Rillmouth Hospitals NHS Trust"


def test_it_forecast_reports_the_body_and_a_negated_tail_is_no_cue(make_article: Make) -> None:
    got = reported(
        make_article,
        "Quillmont Software reported record revenue on Thursday.",
        "For the full year, it forecast revenue growth of 17% to 19%, down from 23% in 2024.",
        "Renata Szabo, an analyst, estimated that gross margin on the new products was running "
        "well below the core business, a figure Quillmont does not disclose.",
    )
    assert got[1:] == [
        ("revenue growth of 17% to 19%, down from 23% in 2024.", "Quillmont Software"),
        (
            "gross margin on the new products was running well below the core business, a "
            "figure Quillmont does not disclose.",
            "Renata Szabo",
        ),
    ]


def test_a_readout_of_a_call_released_by_an_office_is_the_offices(make_article: Make) -> None:
    got = reported(
        make_article,
        "According to a readout of the call released by the Presidential Chancellery in Korsa, "
        "Karsenia remains ready to release extra water if levels fall.",
    )
    assert got == [
        (
            "Karsenia remains ready to release extra water if levels fall.",
            "Presidential Chancellery",
        )
    ]


def test_chambers_caucuses_and_assemblies_are_bodies_with_their_whole_name(
    make_article: Make,
) -> None:
    """ "The Hollywood Chamber of Commerce" was read as a person, "Hollywood Chamber"."""
    said = reported(
        make_article,
        "The Calloway Chamber of Commerce said the strike would cost millions.",
        "The Northern Caucus said it would oppose the bill.",
    )
    assert said == [
        ("the strike would cost millions.", "Calloway Chamber of Commerce"),
        ("it would oppose the bill.", "Northern Caucus"),
    ]
    quotes = found(
        make_article, "The Calloway Chamber of Commerce met.", "“It will pass,” the chamber said."
    )
    assert one(quotes, "It will pass,").speaker == "Calloway Chamber of Commerce"


def test_according_to_council_documents_is_the_council(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Marlin Coast Regional Council approved the tower on Tuesday. According to council "
        "documents, planning officers recommended the application be refused.",
    )
    assert got == [
        (
            "planning officers recommended the application be refused.",
            "Marlin Coast Regional Council",
        )
    ]
