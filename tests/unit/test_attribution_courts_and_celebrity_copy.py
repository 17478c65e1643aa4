"""US courts and crime copy and entertainment copy: a lede's described subject who "told a judge
Monday that" or "testified Thursday that", named next; "The Tamarack Falls police chief said";
affidavits and complaints filed by a detective or an office; witnesses known by a first name
only; "X can be heard whispering to a dispatcher, “…”"; the arts' trades before a name."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_described_lede_subject_named_next(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The mother of a student killed in a fight told a judge Monday that her son's killer had "
        "shown “not one ounce of remorse”.",
        "The mother, Gwendolyn Asare, spoke for about ten minutes.",
    )
    assert one(quotes, "not one ounce of remorse").speaker == "Gwendolyn Asare"


def test_a_lawyer_for_and_a_witness_who_testified(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A lawyer for a teenager charged with murder said Friday that prosecutors had built their "
        "case on “a rumor, a nickname and a blurry video”.",
        "Attorney Cornelius Weatherby said his client was at his grandmother's apartment.",
    )
    assert one(quotes, "a rumor, a nickname and a blurry video").speaker == "Cornelius Weatherby"


def test_the_police_chief_of_a_lede(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Tamarack Falls police chief said Thursday that his department would stop pursuing "
        "drivers for traffic violations alone.",
        "Chief Anselm Grady said officers would still pursue violent felons.",
    )
    assert report_opening(quotes, "his department would stop").speaker == "Anselm Grady"


def test_affidavits_filed_by_a_detective_and_an_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "An affidavit filed by Det. Gina Thibodeaux says that a camera captured a man in a gray "
        "sweatshirt.",
        "An affidavit filed by the Lorne County Sheriff's Office says the man had been removed "
        "from the club.",
    )
    assert report_opening(quotes, "a camera captured").speaker == "Gina Thibodeaux"
    removed = report_opening(quotes, "the man had been removed")
    assert removed.speaker == "Lorne County Sheriff's Office"


def test_the_affidavit_is_the_one_the_detective_wrote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Det. Colette Moreau of the Brindle Township Police Department wrote in an affidavit "
        "filed Friday that a pawn shop owner recognized a ring.",
        "The affidavit says the man gave the shop his real driver's license.",
    )
    assert report_opening(quotes, "the man gave the shop").speaker == "Colette Moreau"


def test_witnesses_known_by_a_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A cashier who asked that only her first name, Yesenia, be used said she heard six shots. "
        "“I just got down on the floor and prayed,” she said.",
        "“At first everybody thought it was a drill,” said a junior who gave only her first name, "
        "Maribel.",
        "'The text messages did it,' said the jury foreperson, who asked to be identified only by "
        "her first name, Bernice.",
    )
    assert one(quotes, "I just got down on the floor and prayed,").speaker == "Yesenia"
    assert one(quotes, "At first everybody thought it was a drill,").speaker == "Maribel"
    assert one(quotes, "The text messages did it,").speaker == "Bernice"


def test_heard_whispering_to_a_dispatcher(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In the recording, Harper Ashcombe can be heard whispering to a dispatcher, \"He's "
        'downstairs in the kitchen."',
    )
    assert one(quotes, "He's downstairs in the kitchen.").speaker == "Harper Ashcombe"


def test_the_arts_trades_before_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Composer Yevgenia Brodsky recorded the score in a grain silo.",
        "“Every cello note just hung in the air,” Brodsky told Variety.",
    )
    assert one(quotes, "Every cello note just hung in the air,").speaker == "Yevgenia Brodsky"


def test_that_was_how_x_with_a_title_in_the_appositive_introduced(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Every frame of this film was a fight.”",
        "That was how Oksana Lytvyn, the Ukrainian director of the war drama “Winter Wheat,” "
        "introduced her film at its premiere.",
    )
    assert one(quotes, "Every frame of this film was a fight.").speaker == "Oksana Lytvyn"


def test_the_hollywood_reporter_is_an_outlet(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Anders Lindqvist almost didn't make the film. In an interview, the Swedish actor told The "
        "Hollywood Reporter he had turned down the role of the lighthouse keeper twice.",
    )
    assert report_opening(quotes, "he had turned down").speaker == "Anders Lindqvist"


def test_a_cue_then_blaming(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Harborline Jazz Festival will not return next summer, a spokesperson for the "
        "festival's organiser, Tidewater Events, said on Monday, blaming rising insurance costs.",
    )
    assert report_opening(quotes, "The Harborline Jazz Festival").speaker == "Tidewater Events"


def test_in_the_words_of_one_of_its_designers_then_a_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The project is, in the words of one of its designers, the landscape architect Lotte "
        'Vanderhaegen, "a sponge the size of a city", able to absorb a month\'s rain in a day.',
    )
    assert one(quotes, "a sponge the size of a city").speaker == "Lotte Vanderhaegen"


def test_the_woman_next_to_us_who_turned_out_to_be(make_article: Make) -> None:
    quotes = found(
        make_article,
        "'The best thing about rugby is that the referee can talk to the players,' said the woman "
        "next to us, who turned out to be Lorna Fitzsimmons, a former international referee.",
    )
    rugby = "The best thing about rugby is that the referee can talk to the players,"
    assert one(quotes, rugby).speaker == "Lorna Fitzsimmons"
