"""Shapes found by blind probe suites mix69 and mix70 (everyday news, courts and councils): "the
Taipō man" for the one person named before, a place never taken for a speaker's name,
"Headmistress X", and a family statement "In a statement …, X's partner, Y, said:"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_man_from_a_place_is_the_one_person_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "StraitLink cancelled all sailings across the strait for a second day on Wednesday.",
        "Stranded truck driver Wiremu Hohaia had been waiting since Monday night. The Taipō man "
        "summed up the mood: “We’re all just sitting here eating pies.”",
    )
    assert one(quotes, "We’re all just sitting here eating pies.").speaker == "Wiremu Hohaia"


def test_a_place_is_no_speakers_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Theatre manager Lorraine Feeney said the show had sold out in 11 minutes.",
        "Ballyross band Hollow Pines will play the Town Hall in December.",
        "“I left here at 19 with a guitar,” the Kilcurran native said.",
    )
    assert one(quotes, "I left here at 19 with a guitar,").speaker != "Kilcurran"


def test_the_guardian_is_no_place_epithet(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Donald Trump spoke in Ohio on Monday.",
        "According to The Guardian, an email was sent to the club’s members on Thursday.",
    )
    assert report_opening(quotes, "an email was sent").speaker != "Donald Trump"


def test_headmistress_is_no_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Headmistress Lakshmi Pillai said the panels had cut the school's bill to zero.",
    )
    assert report_opening(quotes, "the panels had cut").speaker == "Lakshmi Pillai"


def test_a_statement_by_someones_partner(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Senior coroner Dr Naveen Suri told the jury to take as long as they needed.",
        "In a statement after the conclusion, Danny Royle’s partner, Kerry Ansell, said: ‘Danny "
        "went out to celebrate his birthday and never came home.’",
    )
    assert one(quotes, "Danny went out to celebrate his birthday and never came home.").speaker == (
        "Kerry Ansell"
    )


def test_she_after_a_bodys_long_role_and_a_womans_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Te Ara Ora’s regional director of surgery, Dr Siobhan Reilly, said the hospital had "
        "lost four anaesthetists. She said two new specialists would start in March.",
    )
    assert report_opening(quotes, "two new specialists").speaker == "Siobhan Reilly"
