"""A later clause that reports what the sentence's subject said or did with words: ", accusing
…", " – saying …", "by asking …", "while arguing …", and after a quote ("…,” she said,
recalling …")."""

from __future__ import annotations

from attribution_helpers import Make, reported


def test_participles_that_take_an_object(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor unloaded on the board in a speech on Sunday, accusing its members of "
        "selling the harbour to the highest bidder.",
        "Tomas Ruiz released a statement on Saturday night, describing the strike as a "
        "reckless gamble with the city's trade.",
        "Ines Varga has repudiated decades of support for the tram, calling for a bus network "
        "that reaches the outer wards.",
    )
    assert got == [
        ("its members of selling the harbour to the highest bidder.", "Ada Okafor"),
        ("the strike as a reckless gamble with the city's trade.", "Tomas Ruiz"),
        ("a bus network that reaches the outer wards.", "Ines Varga"),
    ]


def test_a_participle_after_a_dash_or_a_preposition(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor changed her mind on the spot – saying she would now back the longer contract.",
        "Tomas Ruiz opened the hearing by asking the port's director why the cranes had been "
        "ordered before the vote.",
        "Ines Varga signed the budget while arguing that the levy should fall after two years.",
    )
    assert got == [
        ("she would now back the longer contract.", "Ada Okafor"),
        ("the port's director why the cranes had been ordered before the vote.", "Tomas Ruiz"),
        ("the levy should fall after two years.", "Ines Varga"),
    ]


def test_a_participle_after_a_quote(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor spoke to dockers in Calloway.",
        "“We came close to a deal,” Okafor said in Calloway, recalling a 2019 agreement that "
        "collapsed when the port changed hands.",
    )
    assert got == [("a 2019 agreement that collapsed when the port changed hands.", "Ada Okafor")]


def test_the_subject_is_the_whole_name(make_article: Make) -> None:
    got = reported(
        make_article,
        "Former Calloway Gov. Ada Okafor rounded out the list of speakers, citing the harbour "
        "levy as her proudest achievement.",
    )
    assert got == [("the harbour levy as her proudest achievement.", "Ada Okafor")]


def test_no_subject_in_a_dateline_and_no_report_in_an_act(make_article: Make) -> None:
    got = reported(
        make_article,
        "CALLOWAY, N.H. - With a storm bearing down, the candidates crossed the state on Monday "
        "while pleading with voters for their support in the primary.",
        "Ada Okafor closed the terminal on Friday, leaving most of the quay empty for the weekend.",
    )
    assert got == []


def test_a_message_and_what_it_says(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Okafor campaign sent a fundraising email Wednesday saying that the results in the "
        "docklands show a two-way race.",
    )
    assert got == [("the results in the docklands show a two-way race.", "Okafor campaign")]


def test_a_short_phrase_before_a_source_in_the_middle(make_article: Make) -> None:
    got = reported(make_article, "Greenock, Ines Varga said, made her question the whole levy.")
    assert got == [("Greenock, Ines Varga said, made her question the whole levy.", "Ines Varga")]


def test_the_named_one_and_others_before_a_participle(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor and other union leaders shunned the board on Monday, claiming that the sale "
        "was rigged.",
    )
    assert got == [("the sale was rigged.", "Ada Okafor")]
