"""Bodies with no head word, known by "its" ("Westbrook Dairy will close its plant") or by
"Shares of …": a later "the company said" is theirs, while people stay people."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.its_bodies import bodies_by_its
from reader.core.attribution.mentions import build_cast


def _bodies(text: str) -> set[str]:
    return bodies_by_its(text, build_cast(text, {}).person_mentions)


def test_a_name_written_of_with_its_is_a_body() -> None:
    text = (
        "Westbrook Dairy will close its cheese plant. Lumen Cove Cosmetics said Monday it would "
        "close 60 of its 410 stores. Shares of Norland Freight fell 11%."
    )
    assert _bodies(text) == {"Westbrook Dairy", "Lumen Cove Cosmetics", "Norland Freight"}


def test_people_and_other_nouns_owning_its_stay_people() -> None:
    text = (
        "Maria Lopez will sell its assets. Sen. Tom Reyes said it would cut its budget. "
        "Osric Pennant has admitted the Government will miss its target."
    )
    assert _bodies(text) == set()


def test_the_company_said_is_the_body_named_so(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Westbrook Dairy will close its cheese plant in Tallowford next year, cutting 85 jobs.",
        "“This was a difficult decision,” the company said in a statement.",
        "Shares of Norland Freight fell 11% on Thursday after the company cut its forecast.",
        "“Softer demand weighed on the quarter,” the company said.",
    )
    assert one(quotes, "This was a difficult decision,").speaker == "Westbrook Dairy"
    assert one(quotes, "Softer demand weighed on the quarter,").speaker == "Norland Freight"


def test_analysts_at_a_firm_speak_for_the_firm(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Shares of Halvard Semiconductor jumped 12% after the chipmaker raised its outlook.",
        "“Demand from data-center customers is running well ahead of our model,” analysts at "
        "Brightwater Securities wrote in a note to clients, raising their price target to $140.",
    )
    speaker = one(
        quotes, "Demand from data-center customers is running well ahead of our model,"
    ).speaker
    assert speaker == "Brightwater Securities"


def test_a_name_that_is_run_or_owned_by_someone_is_a_body() -> None:
    text = (
        "The program’s operator, Zoomway Mobility, is run by former city councilman Terry "
        "Bauer. Quillon Brae, which was founded by two sisters, said it would close. "
        "Halden Marsh was run over by a tractor."
    )
    assert _bodies(text) == {"Zoomway Mobility", "Quillon Brae"}


_CHILDREN = "most of the children were under 12 and many had been riding with a parent’s account."


def test_she_said_skips_a_body_between_her_and_the_pronoun(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr. Abigail Norcross, who directs the burn unit at Mercy Plains Hospital, said the "
        "number of children treated for e-scooter injuries has tripled.",
        "The program’s operator, Zoomway Mobility, is run by former city councilman Terry "
        "Bauer, who championed the scooters while in office.",
        "She said most of the children were under 12 and many had been riding with a parent’s "
        "account.",
    )
    assert one(quotes, _CHILDREN).speaker == "Abigail Norcross"


def test_an_indictment_is_the_prosecutors_not_the_accused_firms(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hollenbeck, the founder of Stillwater Pension Advisors, was found guilty on 11 counts "
        "of wire fraud, the U.S. Attorney’s Office said in a statement.",
        "The indictment accused him of building “a retirement plan for himself, paid for by "
        "everyone else’s.”",
        "Stillwater Pension Advisors, which has been run by a receiver since 2024, said it "
        "regretted the harm done.",
    )
    speaker = one(quotes, "a retirement plan for himself, paid for by everyone else’s.").speaker
    assert speaker == "U.S. Attorney’s Office"
