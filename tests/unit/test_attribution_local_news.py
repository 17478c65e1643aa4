"""Local, regional and court news shapes found by blind probe suites (mix6, mix8): a couple with a
hyphenated first name, a team after "the", an age with a role, "So said X", a review's author,
a statement from a body with "and" in its name, a sentence opening with a role joined by "and",
and a body's first word used before its name."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.attribution.first_names import first_name_gender


def test_a_hyphenated_first_name_takes_the_sex_its_parts_agree_on() -> None:
    assert first_name_gender("Kerry-Anne") == "female"
    assert first_name_gender("Jean-Pierre") == "male"


def test_a_couple_with_a_hyphenated_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kerry-Anne and Dean Lowe found a metre of mud through the ground floor of their house.",
        "“You see it on the news and you think it won't be you,” Kerry-Anne said.",
    )
    assert one(quotes, "You see it on the news and you think it won't be you,").speaker == (
        "Kerry-Anne Lowe"
    )


def test_a_team_after_the_is_no_man_for_he(make_article: Make) -> None:
    got = reported(
        make_article,
        "River City manager Ben Achterberg was ejected in the seventh inning of the Mudcats' 5-3 "
        "loss to the Lakeport Herons on Tuesday night, his third ejection of the season.",
        "After the game, he told reporters that the crew had refused to explain a balk call.",
    )
    assert got == [("the crew had refused to explain a balk call.", "Ben Achterberg")]


def test_an_age_with_a_role_is_the_one_with_that_role(make_article: Make) -> None:
    got = reported(
        make_article,
        "Wyre Valley midfielder Jamie Lockhart will miss the rest of the season. Manager Carl "
        "Hinds said the injury was a hammer blow.",
        "The 26-year-old midfielder, who posted a picture of himself on crutches, said he was "
        "already planning the comeback.",
    )
    assert ("he was already planning the comeback.", "Jamie Lockhart") in got


def test_so_said_names_the_speaker_of_the_quote_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“It's the best pork pie I've tasted in thirty years of judging.”",
        "So said Marjorie Pell, chief judge at the Bramley Show, after awarding the prize to Wilf "
        "Garside.",
    )
    assert one(
        quotes, "It's the best pork pie I've tasted in thirty years of judging."
    ).speaker == ("Marjorie Pell")


def test_a_review_carried_out_by_someone_is_theirs(make_article: Make) -> None:
    got = reported(
        make_article,
        "The review, carried out by structural engineer Dr Susan Oakes, found that the warnings "
        "were never escalated to senior managers.",
    )
    assert got == [("the warnings were never escalated to senior managers.", "Susan Oakes")]


def test_a_statement_from_a_body_with_and_in_its_name(make_article: Make) -> None:
    got = reported(
        make_article,
        "According to a statement from Eastmoor Fire and Rescue Service, crews were called at "
        "11.40pm.",
    )
    assert got == [("crews were called at 11.40pm.", "Eastmoor Fire and Rescue Service")]


def test_a_role_joined_by_and_at_the_start_of_a_sentence(make_article: Make) -> None:
    got = reported(
        make_article,
        "Sheep and beef farmer Rob Tamihana described the storm as the worst he had seen.",
    )
    assert got == [("the storm as the worst he had seen.", "Rob Tamihana")]


def test_a_word_before_the_body_it_begins_is_no_mention_of_it(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ardmore Energy has apologised after customers in the Hunter region were charged twice.",
        "In a statement, the company said the error had been caused by a software update. "
        "Rachel Finney, of the Hunter Consumer Action Network, said families were struggling.",
    )
    assert ("the error had been caused by a software update.", "Ardmore Energy") in got


def test_a_couple_with_an_accented_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tomás and Lena Guerrero started their business from a spare bedroom in 2019.",
        "“I can’t write a line of code,” Tomás said.",
    )
    assert one(quotes, "I can’t write a line of code,").speaker == "Tomás Guerrero"


def test_mr_with_her_surname_is_her_husband_not_her(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Maria Solberg said her husband, Erik, had waited 14 months for a hip replacement.",
        "‘He can't climb the stairs any more,’ she said.",
        "The trust said Mr Solberg would be offered a new date.",
    )
    assert one(quotes, "He can't climb the stairs any more,").speaker == "Maria Solberg"


def test_a_quote_in_single_marks_is_no_cue_for_the_next(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The widow spoke first.",
        "'I knew before they spoke,' wrote Janet Hamlyn. 'Peter always texted when he got to "
        "the top of the hill.'",
    )
    assert one(quotes, "Peter always texted when he got to the top of the hill.").speaker == (
        "Janet Hamlyn"
    )


def test_garda_is_a_title(make_article: Make) -> None:
    got = reported(
        make_article,
        "Garda Shane Keogh told the court that the accused had demanded cash.",
    )
    assert got == [("the accused had demanded cash.", "Shane Keogh")]


def test_an_affidavit_filed_in_a_court_by_an_agent(make_article: Make) -> None:
    got = reported(
        make_article,
        "A man used stolen identities to collect benefits, according to an affidavit filed in "
        "federal court by Special Agent Marcus Leary of the Labor Department.",
    )
    assert [who for _, who in got] == ["Marcus Leary"]
