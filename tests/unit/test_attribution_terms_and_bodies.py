"""Names a group gives a thing, titles named by the noun after them, and several people who speak
for one body: cases from articles written blind for the evaluation (2026-12-01, fourth session)."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.model import QuoteKind


def test_a_name_a_group_gives_is_nobody_s_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Chief Ray Dunleavy said most of the rescues were in the low-lying neighborhood locals "
        'call "the Bottoms," between the river and the rail spur.',
        "Two seats at the bar stay unbooked. The staff call them the “orphan seats,” a name "
        "Hana Velasko says she has asked them to stop using.",
    )
    for text in ("the Bottoms,", "orphan seats,"):
        quote = one(quotes, text)
        assert (quote.kind, quote.speaker) == (QuoteKind.SCARE, None), quote


def test_a_quoted_name_before_campaign_is_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Alan Ostrowski, a meteorologist, said the river would drop by Thursday. He pointed to "
        "the agency's \"Turn Around, Don't Drown\" campaign.",
    )
    quote = one(quotes, "Turn Around, Don't Drown")
    assert (quote.kind, quote.speaker) == (QuoteKind.TITLE, None)


def test_a_title_case_utterance_with_its_cue_stays_direct(make_article: Make) -> None:
    quotes = found(make_article, "“We Will Not Back Down,” Mara Quill said at the rally.")
    assert one(quotes, "We Will Not Back Down,").speaker == "Mara Quill"


def test_lawyers_for_a_body_speak_for_it(make_article: Make) -> None:
    paragraphs = (
        "Tillery County awarded the contracts in 2023.",
        "In a response filed last month, lawyers for the county argued that state law gives the "
        "administrator broad discretion.",
        "“The suit has no merit,” attorneys for the county said.",
    )
    assert reported(make_article, *paragraphs) == [
        ("state law gives the administrator broad discretion.", "Tillery County")
    ]
    assert one(found(make_article, *paragraphs), "The suit has no merit,").speaker == (
        "Tillery County"
    )


def test_a_cooperative_and_its_spokeswoman(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Power was out for 9,000 customers of Tri-River Electric Cooperative on Tuesday, a "
        "spokeswoman for the cooperative said.",
        "“We're not going to energize a line into standing water,” the spokeswoman said.",
    )
    assert {q.speaker for q in quotes} == {"Tri-River Electric Cooperative"}


def test_a_firm_named_with_an_ampersand(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The contracts are at the center of a lawsuit filed in March by Redfield Paving & "
        "Grading, a company from Marlow Springs.",
        "In its complaint, Redfield accuses the county of running “a standing emergency” to "
        "avoid competitive bidding.",
    )
    assert one(quotes, "a standing emergency").speaker == "Redfield Paving & Grading"


def test_it_is_the_body_that_spoke_the_quote_before(make_article: Make) -> None:
    got = reported(
        make_article,
        "Edith Marrow joined the Breck Engineering Group in 1961 and stayed for thirty years.",
        "She was honoured by the Coastal Society of Structural Engineers in 2001.",
        "“She opened doors in this profession,” the society said in a statement on Friday. It "
        "said it would rename its annual student design prize in her honor.",
    )
    assert got == [
        (
            "it would rename its annual student design prize in her honor.",
            "Coastal Society of Structural Engineers",
        )
    ]


def test_a_business_named_again_without_its_suffix(make_article: Make) -> None:
    quotes = found(
        make_article,
        "About 3,100 customers of Tri-River Electric Cooperative were without power. A "
        "spokesperson for Tri-River Electric said crews had cut service as a precaution.",
        "“We're not going to energize a line into a flooded neighborhood,” the spokesperson said.",
    )
    assert {q.speaker for q in quotes} == {"Tri-River Electric Cooperative"}


def test_a_body_s_own_map_and_a_report_by_a_body_named_after_a_possessive(
    make_article: Make,
) -> None:
    got = reported(
        make_article,
        "The Tallow County Emergency Management Agency opened two shelters overnight.",
        "About 3,100 customers of Tri-River Electric Cooperative were without power at the "
        "height of the storm, according to the cooperative's outage map.",
        "A 2024 report by the county’s Office of Internal Audit found that 41 percent of road "
        "repair spending had gone through emergency orders.",
    )
    assert [speaker for _, speaker in got] == [
        "Tri-River Electric Cooperative",
        "Office of Internal Audit",
    ]


def test_cr_is_an_australian_councillor_s_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Cr Rowena Ashby voted against the tower. ‘We paid for expert advice, we got it, and "
        "we ignored it,’ Cr Ashby said.",
    )
    assert one(quotes, "We paid for expert advice, we got it, and we ignored it,").speaker == (
        "Rowena Ashby"
    )


def test_police_and_church_titles_without_full_stops(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Det Supt Ann Harlow led the inquiry. “We have charged two men,” Det Supt Harlow said.",
        "Fr Michael Kelly runs the shelter. “Nobody is turned away,” Fr Kelly said.",
    )
    assert [q.speaker for q in quotes] == ["Ann Harlow", "Michael Kelly"]


def test_the_governor_is_the_one_titled_gov_and_as_he_likes_to_say(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gov. Carter Bellamy would like the extension to go away. As the governor likes to say, "
        "“Roads don’t go on strike.”",
        "Sen. Denise Albright disagrees. “We need trains,” the senator said.",
    )
    roads = one(quotes, "Roads don’t go on strike.")
    assert (roads.speaker, one(quotes, "We need trains,").speaker) == (
        "Carter Bellamy",
        "Denise Albright",
    )
    assert "As the governor likes to say" in roads.reason


def test_an_imperative_opening_a_quote_is_no_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sienna Abernathy hit the winner with two seconds left; her twin, Skye Abernathy, made "
        "the pass.",
        '"Ask Skye," Sienna said. "It was her pass."',
        '"I\'ve seen that look on her face my whole life," Skye said.',
    )
    assert one(quotes, "I've seen that look on her face my whole life,").speaker == (
        "Skye Abernathy"
    )


def test_a_name_announced_as_is_nobody_s_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Walt Kimura called the game. The arena, under a naming-rights deal, must be announced "
        'as "Lakeshore Credit Union Court at Pruitt Fieldhouse," he said.',
    )
    assert one(quotes, "Lakeshore Credit Union Court at Pruitt Fieldhouse,").speaker is None


def test_the_school_is_the_university_and_a_home_town_no_part_of_a_name(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Bellhaven University will face Halcyon State on Saturday. The school said in a "
        "statement that it would run free buses for students, and called the season “a "
        "reminder of what this program has always been capable of.”",
        "Halberd Therapeutics of Linwood, Mass., makes the drug. “It is a turning point,” the "
        "company said.",
    )
    assert one(quotes, "a reminder of what this program has always been capable of.").speaker == (
        "Bellhaven University"
    )
    assert one(quotes, "It is a turning point,").speaker == "Halberd Therapeutics"


def test_one_reader_is_an_unnamed_source_not_the_next_person_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "After my last column, one reader wrote to me: “You people downtown want everyone to "
        "pay for your toy train.” Another, Walt Kiernan, a retired machinist, was more polite.",
    )
    quote = one(quotes, "You people downtown want everyone to pay for your toy train.")
    assert quote.speaker is None and "one reader" in quote.reason


def test_the_subject_of_a_clause_calling_something_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gov. Carter Bellamy would like the extension to go away. Last Sunday he went further "
        "than he ever has, calling light rail “a 19th-century answer to a 21st-century problem.”",
        "In a press conference, Dana Reyes attacked the plan, calling it “a giveaway.”",
    )
    answer = one(quotes, "a 19th-century answer to a 21st-century problem.")
    assert (answer.speaker, one(quotes, "a giveaway.").speaker) == ("Carter Bellamy", "Dana Reyes")
    assert "calling" in answer.reason


def test_calling_after_someone_else_is_named_or_an_unnamed_subject_is_no_cue(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Donald Trump spoke in Kentucky. However, he held his fire on Ben Carson, calling him a "
        "“nice guy.”",
        "In December, the prince called for Donald Trump to drop out, calling him “a disgrace.”",
    )
    assert one(quotes, "nice guy.").speaker != "Ben Carson"
    assert one(quotes, "a disgrace.").speaker != "Donald Trump"


def test_he_said_after_a_spokesman_who_named_only_a_woman_and_an_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Miranda Selwood is the housing minister. A Downing Street spokesman said the Prime "
        "Minister had ‘full confidence’ in Ms Selwood.",
        "‘Nobody should be in any doubt that this is going ahead,’ he said.",
    )
    assert one(quotes, "Nobody should be in any doubt that this is going ahead,").speaker == (
        "Downing Street"
    )
    assert all(q.speaker != "Prime Minister" for q in quotes)


def test_a_present_tense_profile_s_beats_terms_and_gallery(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Marion Treloar, 71, has fired the kiln since the '70s. Her husband, Denis Treloar, "
        "rebuilt it.",
        "They bought the farm for what Denis still calls 'the price of a decent second-hand "
        "Cortina'.",
        "This spring her work fills both rooms of the Stannary Street Gallery. 'I don't do "
        "looking back,' she tells me.",
        "Everyone at Hollins Bottom calls it 'the Duchess'.",
        "When I ask whether she has ever thought of switching to gas, as most of her "
        "contemporaries did, she shrugs. 'Gas is honest. It gives you what you ask for.'",
    )
    assert [(q.text, q.speaker) for q in quotes if q.kind.value != "indirect"] == [
        ("the price of a decent second-hand Cortina", "Denis Treloar"),
        ("I don't do looking back,", "Marion Treloar"),
        ("the Duchess", None),
        ("Gas is honest. It gives you what you ask for.", "Marion Treloar"),
    ]


def test_an_initialism_is_part_of_a_body_s_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The case was brought by the U.S. Attorney’s Office in Hartford.",
        "“Every dollar we can find, we will go after,” the office said in a statement.",
    )
    assert one(quotes, "Every dollar we can find, we will go after,").speaker == (
        "U.S. Attorney’s Office"
    )


def test_the_city_is_the_city_not_a_body_with_city_in_its_name(make_article: Make) -> None:
    got = reported(
        make_article,
        "The City of Millbrook proposed cutting police overtime by $1.2 million.",
        "A 2024 report by the Office of the City Auditor found that overtime had doubled.",
        "A spokeswoman for the city said the finance department would publish a new schedule.",
    )
    assert got[-1] == ("the finance department would publish a new schedule.", "City of Millbrook")


def test_nothing_says_a_word_quite_like_is_the_writer_s_irony(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lena Marchetti is the general manager of the Port Calloway Regional Transit Authority.",
        "Nothing says “fiscal responsibility” quite like walking away from $400 million in "
        "federal grants, which is what canceling the extension would mean, according to the "
        "transit authority.",
    )
    quote = one(quotes, "fiscal responsibility")
    assert (quote.kind, quote.speaker) == (QuoteKind.SCARE, None), quote
