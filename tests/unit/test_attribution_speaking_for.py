"""Someone who speaks for a body or a person named next: "A producer for Harbour Studios told
…", "An aide to Ada Okafor said", "A senior Calloway administration official said"; the
official speaks for the administration, not for the politician it is named after."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_role_for_a_named_body(make_article: Make) -> None:
    got = reported(
        make_article,
        "A producer for Harbour Studios told The Echo on Tuesday that the interview was off.",
        "A senior official at the Port Authority said the cranes would stay on the quay.",
        "A member of the Calloway Dockworkers Union said the strike would last the week.",
    )
    assert got == [
        ("the interview was off.", "Harbour Studios"),
        ("the cranes would stay on the quay.", "Port Authority"),
        ("the strike would last the week.", "Calloway Dockworkers Union"),
    ]


def test_an_official_speaks_for_the_administration(make_article: Make) -> None:
    got = reported(
        make_article,
        "Mayor Ada Okafor opened the new terminal in March.",
        "A senior Okafor administration official said on Friday that the city backed the levy.",
    )
    assert got == [("the city backed the levy.", "Okafor administration")]


def test_a_described_person_named_before_is_not_a_new_source(make_article: Make) -> None:
    got = reported(
        make_article,
        "Harbour Gov. Tomas Ruiz on Monday signed an order trying to block the levy, while Ines "
        'Varga, the former Calloway mayor, proposed we "wait and see" and said the council '
        "should resign if it cannot block the levy.",
    )
    assert [speaker for _, speaker in got] == ["Ines Varga"]


def test_a_campaign_named_without_an_article(make_article: Make) -> None:
    got = reported(
        make_article,
        "Okafor campaign says long lines kept many voters in the docklands from the polls.",
        "Okafor campaign manager Ines Varga said the lines were the council's fault.",
    )
    assert got == [
        ("long lines kept many voters in the docklands from the polls.", "Okafor campaign"),
        ("the lines were the council's fault.", "Ines Varga"),
    ]


def test_an_anonymous_source_speaks_for_nobody_named(make_article: Make) -> None:
    """ "said one person familiar with the talks": a cue naming nobody, so the paragraph is
    not the previous speaker's carrying on."""
    quotes = found(
        make_article,
        "“We want him,” said Gareth Stennett, the Castleport manager.",
        "“Harrowfield want the money,” said one person familiar with the talks, who spoke on "
        "condition of anonymity. “It will get done on Monday.”",
    )
    for text in ("Harrowfield want the money,", "It will get done on Monday."):
        assert one(quotes, text).speaker is None
    assert "does not name" in (one(quotes, "Harrowfield want the money,").reason or "")
