"""How people are first introduced: siblings named together, a trade no list holds before a
name, an office "for" a field, and a team before its player (blind suite mix32, 2026-12-03)."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.mentions import build_cast


def test_a_sibling_named_together_is_the_full_name_later(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Twins Niamh and Ronan Fitzmaurice have reopened the bakery on Quay Street.",
        "Niamh, 34, a former nurse, said the ovens had been cold since 2019.",
        "Ronan said he would handle the deliveries.",
        "She said they hoped to open on Sundays by the summer.",
    )
    assert one(quotes, "the ovens had been cold since 2019.").speaker == "Niamh Fitzmaurice"
    assert one(quotes, "they hoped to open on Sundays by the summer.").speaker == (
        "Niamh Fitzmaurice"
    )


def test_a_trade_no_list_holds_is_no_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Groundskeeper Tobias Lindqvist has worked the pitch at Ferncliff for 22 years.",
        "“The drainage is the whole job,” Lindqvist said.",
    )
    assert one(quotes, "The drainage is the whole job,").speaker == "Tobias Lindqvist"


def test_a_first_name_in_er_before_a_middle_name_stays(make_article: Make) -> None:
    cast = build_cast("Jennifer Ann Moore and Walter Joseph Kane ran the count.", {})
    assert {"Jennifer Ann Moore", "Walter Joseph Kane"} <= set(cast.entities)


def test_an_office_for_a_field_is_no_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Clinics in the province will open on Saturdays from next month, MEC for Health "
        "Thandeka Mahlangu has said.",
        "Mahlangu told reporters on Monday that 140 nurses would be moved to the weekend shifts.",
    )
    report = one(quotes, "140 nurses would be moved to the weekend shifts.")
    assert report.speaker == "Thandeka Mahlangu"


def test_a_team_before_its_player_is_no_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Coastal Marlins hooker Pieter Olivier says he will play through the pain on Saturday.",
        "“It’s a rib, not a leg. I can run,” the 29-year-old told Radio Kaap on Thursday.",
    )
    assert one(quotes, "It’s a rib, not a leg. I can run,").speaker == "Pieter Olivier"
    cast = build_cast("Coastal Marlins hooker Pieter Olivier says he is fit.", {})
    assert cast.entities["Coastal Marlins"].kind == "organisation"


def test_a_person_whose_surname_ends_in_s_stays_a_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dylan Roberts beat Kevin Marsh 6-4 6-3 in the final at Elmwood on Sunday.",
        "“I served well when it mattered,” Roberts said.",
    )
    assert one(quotes, "I served well when it mattered,").speaker == "Dylan Roberts"
    cast = build_cast("Kaitlyn Roberts coach Jo Marsh watched from the stand.", {})
    assert cast.entities["Kaitlyn Roberts"].kind == "person"


def test_a_minister_of_state_for_a_field_is_a_person_not_a_body(make_article: Make) -> None:
    cast = build_cast(
        "Minister of State for Housing Ciarán Devlin appeared on Midlands FM on Tuesday.", {}
    )
    assert "Ciarán Devlin" in cast.entities
    assert all(e.kind == "person" for e in cast.entities.values())


def test_a_reeve_is_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Reeve Gordon Maki said the township would offer land at no cost.",
        "“We will dig the foundations ourselves if we have to,” he said.",
    )
    assert one(quotes, "We will dig the foundations ourselves if we have to,").speaker == (
        "Gordon Maki"
    )


def test_an_office_for_a_field_in_lower_case_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Provincial MEC for local government Lindiwe Zulu said: “This is not a punishment. "
        "It is an intervention.”",
    )
    assert one(quotes, "This is not a punishment. It is an intervention.").speaker == (
        "Lindiwe Zulu"
    )


def test_a_six_letter_trade_before_a_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kicker Danny Sandoval made a 47-yard field goal as time expired.",
        "“I wasn’t thinking about the misses,” he said.",
    )
    assert one(quotes, "I wasn’t thinking about the misses,").speaker == "Danny Sandoval"
