"""Session forty-eight, third round: the copy of round 43's blind suites (East and Southern
Africa, anti-doping, Indigenous affairs, francophone Africa, commodity markets, Crown Court
trials): French styles of lawyers and presidencies, datelines, feasts and long initials."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_french_styles_of_lawyers_presidencies_and_ministries(make_article: Make) -> None:
    quotes = found(
        make_article,
        "ABIDJAN — The defence lawyer, Maître Odile Kouassi-Brou, said the ruling was flawed.",
        "KINSHASA — The Presidency of the Republic said in a statement that the head of state "
        "would address the nation on Monday.",
        "DAKAR — The Minister of Fisheries and Maritime Economy, Cheikh Tidiane Faye, toured the "
        "port.",
        "“Our fishermen are risking their lives,” he told the daily Le Soleil.",
    )
    assert report_opening(quotes, "the ruling was flawed").speaker == "Odile Kouassi-Brou"
    assert report_opening(quotes, "the head of state would").speaker == (
        "Presidency of the Republic"
    )
    assert one(quotes, "Our fishermen are risking their lives,").speaker == "Cheikh Tidiane Faye"


def test_a_dateline_with_a_country_and_a_feast_are_no_speakers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "GOMA, DR Congo — The mayor of Goma, Commissioner Jean-Pierre Mulumba Kasereka, told "
        "Radio Okapi that the rebels had attacked a market in the north of the city.",
        "The bishop, Monsignor Étienne Banza Ilunga, said in his Easter message: “A country "
        "where children go to school hungry has lost its way.”",
    )
    assert report_opening(quotes, "the rebels had attacked").speaker == (
        "Jean-Pierre Mulumba Kasereka"
    )
    easter = one(quotes, "A country where children go to school hungry has lost its way.")
    assert easter.speaker == "Étienne Banza Ilunga"


def test_long_bracketed_initials_and_a_long_bodys_role_after_so_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Korea Anti-Doping Agency (KOREADA) rejected the reports.",
        "“The tests were reported in full,” KOREADA said in a statement.",
        "“Our nurses are not lazy. They are overwhelmed.”",
        "So said Union of Nurses and Midwives of Zambia (UNMZ) president Grace Mulenga Phiri "
        "yesterday.",
    )
    assert one(quotes, "The tests were reported in full,").speaker == "Korea Anti-Doping Agency"
    assert one(quotes, "Our nurses are not lazy. They are overwhelmed.").speaker == (
        "Grace Mulenga Phiri"
    )
