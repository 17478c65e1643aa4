"""A source in the middle of the claim: "…, said Okafor and others, …", "…, as Okafor points
out, …", "At the heart of it, according to Okafor, a former envoy, was …" (the words before
"according to" are part of the claim), and a person "of" a body is the person."""

from __future__ import annotations

from attribution_helpers import Make, reported


def test_an_inverted_verb_or_an_as_clause_in_the_middle(make_article: Make) -> None:
    got = reported(
        make_article,
        "The contrast with the mayor, said Ada Okafor and others, would be clear at the vote.",
        "And that, as Tomas Ruiz points out, is quite a lot of money for the harbour.",
    )
    assert got == [
        (
            "The contrast with the mayor, said Ada Okafor and others, would be clear at the vote.",
            "Ada Okafor",
        ),
        (
            "And that, as Tomas Ruiz points out, is quite a lot of money for the harbour.",
            "Tomas Ruiz",
        ),
    ]


def test_the_words_before_according_to_are_part_of_the_claim(make_article: Make) -> None:
    got = reported(
        make_article,
        "At the heart of the trouble, according to Ines Varga, a former port envoy, was a "
        "decision to sell the cranes.",
        "But the next day, according to Varga, the board made further demands.",
        "According to Varga, the board made no further demands.",
    )
    assert got == [
        (
            "At the heart of the trouble, according to Ines Varga, a former port envoy, was a "
            "decision to sell the cranes.",
            "Ines Varga",
        ),
        ("the next day, according to Varga, the board made further demands.", "Ines Varga"),
        ("the board made no further demands.", "Ines Varga"),
    ]


def test_a_person_of_a_body_is_the_person(make_article: Make) -> None:
    got = reported(
        make_article,
        "Tomas Ruiz of the Harbour Post said the victor was not on the ballot.",
        "The Republic of Calloway denies that the levy was ever agreed.",
    )
    assert got == [
        ("the victor was not on the ballot.", "Tomas Ruiz"),
        ("the levy was ever agreed.", "Calloway"),
    ]


def test_the_words_before_a_source_set_off_by_commas_are_part_of_the_claim(
    make_article: Make,
) -> None:
    got = reported(
        make_article,
        "The trouble at the port, Ines Varga writes, began in the 1970s with a clash.",
        "Rosa Lind drives forty minutes to work, and the girls go to a school where, Varga says, "
        "half of the parents work at the port.",
    )
    assert got == [
        (
            "The trouble at the port, Ines Varga writes, began in the 1970s with a clash.",
            "Ines Varga",
        ),
        ("half of the parents work at the port.", "Ines Varga"),
    ]
