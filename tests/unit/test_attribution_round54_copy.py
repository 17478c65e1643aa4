"""Session fifty-four: round 54's copy (Pacific, Caribbean, statehouse, central-bank, Scottish
and Welsh, and transport press)."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_body_then_a_title_then_the_name_is_the_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We will not monetise the deficit,” Central Bank of Marrow Governor Tunde Okolie told "
        "lawmakers on Thursday.",
        "“We may have to hike again,” Reserve Bank of Umbeli Deputy Governor Ayanda Zulu told the "
        "wire by phone.",
    )
    assert one(quotes, "We will not monetise the deficit,").speaker == "Tunde Okolie"
    assert one(quotes, "We may have to hike again,").speaker == "Ayanda Zulu"


def test_an_office_in_capitals_or_a_country_s_envoy_then_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Tui Lomaloma, Ratu Peni Vosa, said that landowners would not renew the leases.",
        "Kiribati’s ambassador to the United Nations, Ms Teretia Kaiea, told the Assembly: "
        "“We are asking only for what we are owed.”",
        "The Llywydd, Angharad Price MS, told members: “This chamber will not hear personal "
        "attacks.”",
    )
    assert one(quotes, "landowners would not renew the leases.").speaker == "Peni Vosa"
    assert one(quotes, "We are asking only for what we are owed.").speaker == "Teretia Kaiea"
    assert one(quotes, "This chamber will not hear personal attacks.").speaker == "Angharad Price"


def test_colon_leads_after_long_asides(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mirela Costa, a retired midwife, a 30-year resident of the Northside and, until May, a "
        "ward organiser for the county Labour Party, had one question for the board: “Who pays?”",
        "Henrik Vale — who as head of the Nordmark Pension Fund oversees most of its bonds — said "
        "in an interview in Aalby: “We are trimming duration.”",
        "Sen. Carla Munro, R-Pine Hollow, who chairs the Senate Finance Committee, put it plainly "
        "after the hearing: “The votes are not there.”",
    )
    assert one(quotes, "Who pays?").speaker == "Mirela Costa"
    assert one(quotes, "We are trimming duration.").speaker == "Henrik Vale"
    assert one(quotes, "The votes are not there.").speaker == "Carla Munro"


def test_a_relative_clause_is_no_second_aside_of_a_colon_lead(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Several senators said they would oppose Ian Grove, the nominee for the Workforce Office.",
        "Sen. Dana Holt, D-Md., whose state is home to many federal workers, was among the most "
        "pointed: “Mr. Grove has spent his career attacking public servants.”",
    )
    assert one(quotes, "Mr. Grove has spent his career attacking public servants.").speaker == (
        "Dana Holt"
    )


def test_a_holiday_s_message_is_not_its_speaker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In her Independence Day message, Governor General Dame Marcia Holder urged citizens to "
        "look out for one another: “Our strength is measured by the size of our hearts.”",
    )
    assert one(quotes, "Our strength is measured by the size of our hearts.").speaker == (
        "Marcia Holder"
    )


def test_the_ms_of_the_senedd_named_by_the_letters(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Owain Rees-Pugh, the Plaid Cymru MS for Aberarth, has called on the owners of the mill to "
        "rule out redundancies.",
        "A spokeswoman for the mill said no decisions had been taken.",
        "“I want a guarantee before Christmas,” the MS added.",
    )
    assert one(quotes, "I want a guarantee before Christmas,").speaker == "Owain Rees-Pugh"


def test_an_age_with_no_owner_is_not_the_one_named_as_an_owner(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Two people appeared in court charged over the theft: nurse Grace Kila and her husband, "
        "Peter Kila.",
        "Outside the court, Mrs Kila’s mother, Ruth Apa, said the family would fight the charges.",
        "“My daughter is not a thief,” the 68-year-old said.",
    )
    assert one(quotes, "My daughter is not a thief,").speaker == "Ruth Apa"


def test_a_mayor_of_a_place_of_two_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mayor of Port Elgin Marcia Bellamy-Ross promised vendors the market would be “ready "
        "before the rains”, but the contractor says March is more realistic.",
    )
    assert one(quotes, "ready before the rains").speaker == "Marcia Bellamy-Ross"


def test_according_to_a_bank_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Policymakers met on Tuesday.",
        "“We will act if the currency slides,” according to the Bank of Ostrava.",
    )
    assert one(quotes, "We will act if the currency slides,").speaker == "Bank of Ostrava"
