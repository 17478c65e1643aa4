"""Session forty-eight, second round: the copy of round 42's blind suites (Brazil and Argentina,
the Israeli press, games and esports, tennis and golf, club football, Russia and Ukraine wires):
governing bodies, tours, clubs' names, nationalities, families on tour, and wire styles."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_the_governing_body_is_the_body_the_sentence_before_names(make_article: Make) -> None:
    fined = found(
        make_article,
        "Harbury Athletic have been handed a transfer ban by FIFA over an unpaid fee to Sporting "
        "Velanca.",
        "World football’s governing body said the ban would stay until the sum was paid in full.",
    )
    assert report_opening(fined, "the ban would stay").speaker == "FIFA"
    named = found(
        make_article,
        "LAS PALMAS — The ISU has confirmed the new judging panel for the Grand Prix final.",
        "“The panel has been trained on the new rules,” the governing body said in a statement.",
        "The sport's governing body, the World Rowing Council, said on Monday that the regatta "
        "would move to May.",
    )
    assert one(named, "The panel has been trained on the new rules,").speaker == "ISU"
    assert report_opening(named, "the regatta would move").speaker == "World Rowing Council"


def test_another_groups_body_is_not_the_one_meant(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ailsa Munro, general secretary of the Scottish Nurses' Union, said the strike would go "
        "ahead. The employers' body said its offer was fair and urged the union to accept it.",
    )
    assert all(quote.speaker != "Scottish Nurses' Union" for quote in quotes[1:])


def test_a_tour_a_nations_initials_and_a_body_of_a_country(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The LPGA Tour has announced a shot clock for two events next season.",
        "The tour said the trial would be reviewed at the end of the year.",
        "The Welsh FA said in a statement that the panel had found no grounds to rescind the card.",
        "The PGA of Canada has published its report into the pro-am.",
        "The report found that marshals had been outnumbered at the first tee.",
    )
    assert report_opening(quotes, "the trial would be reviewed").speaker == "LPGA Tour"
    assert report_opening(quotes, "the panel had found").speaker == "Welsh FA"
    assert report_opening(quotes, "marshals had been outnumbered").speaker == "PGA of Canada"


def test_a_clubs_name_is_no_persons_and_a_nationality_means_the_one_named(
    make_article: Make,
) -> None:
    club = found(
        make_article,
        "Sporting Alvorada and Real Valdoria meet in the quarter-finals.",
        "Valdoria coach Iñigo Salcedo Arrieta was upbeat. “We go there to win,” he said.",
    )
    assert one(club, "We go there to win,").speaker == "Iñigo Salcedo Arrieta"
    italian = found(
        make_article,
        "TURIN — Juventina coach Matteo Dell’Acqua asked his players for courage.",
        "“We are one goal behind, not ten,” the Italian said.",
    )
    assert one(italian, "We are one goal behind, not ten,").speaker == "Matteo Dell’Acqua"
    serbian = found(
        make_article,
        "There was a flash of the old Dragan Petrović on Wednesday, when the Serbian told the "
        "umpire the call was “a joke” after a long rally.",
    )
    assert one(serbian, "a joke").speaker == "Dragan Petrović"


def test_a_family_named_before_its_first_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Halvorsen twins, Sigrid and Maren, will both play in Oslo this week.",
        "Maren said she had been hitting without pain for a month.",
    )
    assert report_opening(quotes, "she had been hitting").speaker == "Maren Halvorsen"


def test_wire_styles_of_agencies_datelines_and_producers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Interfax cited Deputy CEO Pavel Andreyevich Sokolov as saying the plant would run at "
        "full capacity this year.",
        "KYIV, Jan 30 (Reuters) — The National Bank of Ukraine's quarterly report, published on "
        "Thursday, said consumer inflation would peak in the second quarter.",
    )
    assert report_opening(quotes, "the plant would run").speaker == "Pavel Andreyevich Sokolov"
    assert report_opening(quotes, "consumer inflation would peak").speaker == (
        "National Bank of Ukraine"
    )
    producer = found(
        make_article,
        "MOSCOW, Nov 1 (Reuters) — Russian nickel producer Severnikel said on Friday it would cut "
        "output by 5%.",
        "The company said in a statement: “Weak prices leave us no other choice.”",
        "Russia’s Transport Ministry said on Tuesday that rail tariffs would rise.",
        "According to the ministry, the money will be spent on new track.",
    )
    assert one(producer, "Weak prices leave us no other choice.").speaker == "Severnikel"
    assert report_opening(producer, "the money will be spent").speaker == "Transport Ministry"


def test_named_after_the_quote_with_a_bodys_role_or_the_only_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We will cut when inflation allows, not before.”",
        "So said Banco Central do Brasil director Renata Lopes Viana on Wednesday.",
        "“We talk about the next shot, always the next shot.”",
        "Those were the only words Pieter Swanevelder would offer when asked about the lead.",
    )
    assert one(quotes, "We will cut when inflation allows, not before.").speaker == (
        "Renata Lopes Viana"
    )
    assert one(quotes, "We talk about the next shot, always the next shot.").speaker == (
        "Pieter Swanevelder"
    )


def test_a_lusophone_surname_with_its_generation(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Vitória president Rogério Tavares Lima Junior was removed from office on Monday.",
        "Tavares Lima said he would challenge the vote in court.",
        "Governor Paulo Henrique Sá Neto said the bridge would reopen in May.",
        "“The state cannot wait for Brasília,” Sá Neto said.",
    )
    assert report_opening(quotes, "he would challenge").speaker == "Rogério Tavares Lima Junior"
    assert one(quotes, "The state cannot wait for Brasília,").speaker == "Paulo Henrique Sá Neto"


def test_a_quote_after_a_question_put_or_a_message_given_is_the_answer(make_article: Make) -> None:
    asked = found(
        make_article,
        "Speaking before Saturday's game, Kirkby Vale manager Tomasz Wrona was asked whether he "
        "feared for his job.",
        "“I think only about the next game.”",
    )
    assert one(asked, "I think only about the next game.").speaker == "Tomasz Wrona"
    message = found(
        make_article,
        "Senator Ruth Abadi, who chairs the health committee, opened the hearing with a blunt "
        "message for the department.",
        "“We have waited two years for these figures.”",
    )
    assert one(message, "We have waited two years for these figures.").speaker == "Ruth Abadi"


def test_des_is_a_mans_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Des Ahearne’s widow, Nora Ahearne, thanked supporters for their tributes.",
        "“The messages have been a great comfort,” Mrs Ahearne said.",
    )
    assert one(quotes, "The messages have been a great comfort,").speaker == "Nora Ahearne"
