"""Session forty-five, third round: the copy of round 34's blind suites (the press of
Francophone West Africa, property pages, the Arab press, the Nordic press, crypto, and the press
of Nepal, Sri Lanka, Bhutan and the Maldives): Bhutanese styles, "the CDO", an office of several
fields before the holder's name, and a price index as its firm's."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_bhutanese_styles_and_the_dzongdag(make_article: Make) -> None:
    quotes = found(
        make_article,
        "National Council member Kinley Dem asked why the promised hospital had not been built.",
        "The Dzongdag, Dasho Pema Tenzin, said: “We cannot build a hospital where there are no "
        "doctors willing to stay.”",
        "Lyonpo Sangay Penjor said the bridge would be ready before the monsoon.",
        "“It is good for farmers and bad for the rest of us,” said Aum Sonam Choden.",
    )
    assert one(
        quotes, "We cannot build a hospital where there are no doctors willing to stay."
    ).speaker == ("Pema Tenzin")
    assert report_opening(quotes, "the bridge would be ready").speaker == "Sangay Penjor"
    assert (
        one(quotes, "It is good for farmers and bad for the rest of us,").speaker == "Sonam Choden"
    )


def test_the_cdo_is_the_chief_district_officer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Chief District Officer Keshav Raj Ghimire, who took charge last week, has ordered all "
        "brick kilns near settlements to shut down.",
        "The CDO called the kilns “the single biggest reason children here cannot breathe”.",
    )
    partial = one(quotes, "the single biggest reason children here cannot breathe")
    assert partial.speaker == "Keshav Raj Ghimire"


def test_an_office_of_several_fields_then_its_holder(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Minister of Mines, Energy and Water, Boubacar Sidibé, told Bamako Soir on Wednesday "
        "that no new mining permits would be issued this year.",
        "Lands Minister A. J. M. Haniffa and State Minister T. B. Ekanayake presented the "
        "amendments. Minister Haniffa described the changes as “a long-overdue correction”.",
    )
    assert report_opening(quotes, "no new mining permits").speaker == "Boubacar Sidibé"
    assert one(quotes, "a long-overdue correction").speaker == "A. J. M. Haniffa"


def test_a_price_index_is_its_firms(make_article: Make) -> None:
    quotes = found(
        make_article,
        "According to the Ridley & Shaw house price index, the average price of a terraced house "
        "in the region rose 1.2 per cent in February.",
    )
    assert report_opening(quotes, "the average price of a terraced").speaker == "Ridley & Shaw"
