"""Session forty-six, third round: the copy of round 37's blind suites (the Japanese press, the
Welsh and Scottish press, expeditions, the drinks trade, the Dutch and French Caribbean, and
animal welfare): Welsh and Gaelic particles, a vet's letters after her name, sumo ranks and an
Italian "degli"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_welsh_and_gaelic_particles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We will fight this in the Senedd,” said Iolo ab Owain, the union secretary.",
        "Mairead Nic an t-Saoir, a councillor, said the developer had offered a community fund "
        "worth £1.2 million a year.",
        "“I have never seen the chart plotter do that,” said Niall Mac a’ Phearsain, the master.",
    )
    assert one(quotes, "We will fight this in the Senedd,").speaker == "Iolo ab Owain"
    assert report_opening(quotes, "the developer had offered").speaker == ("Mairead Nic an t-Saoir")
    assert one(quotes, "I have never seen the chart plotter do that,").speaker == (
        "Niall Mac a’ Phearsain"
    )


def test_a_vets_letters_sumo_ranks_and_degli(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr Priyanka Venkataraman-Shaw MRCVS, who led the operation, said: ‘It was lodged right "
        "at the exit of the stomach.’",
        "“I wanted to win in front of my mother,” Ozeki Takanoumi told reporters.",
        "“The vineyard has been ours since 1510,” said Filippo degli Albizzi Venturi.",
    )
    assert one(quotes, "It was lodged right at the exit of the stomach.").speaker == (
        "Priyanka Venkataraman-Shaw"
    )
    assert one(quotes, "I wanted to win in front of my mother,").speaker == "Takanoumi"
    assert one(quotes, "The vineyard has been ours since 1510,").speaker == (
        "Filippo degli Albizzi Venturi"
    )
