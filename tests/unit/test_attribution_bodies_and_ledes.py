"""Bodies named after a noun for what they are ("the debt charity StepClear", "the journal Cellular
Frontiers", "Parlour magazine"), and a lede's unnamed subject named in the paragraph after it
("A Superior Court judge … ruling that" then "Judge Raymond Ellison's ruling")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.attribution.described_bodies import nouns_before_bodies


def test_a_noun_then_a_name_is_a_body_of_that_kind() -> None:
    text = (
        "Research by the debt charity StepClear was cited by the journal Cellular Frontiers. "
        "Shares in the chipmaker Verantix fell. The company Tuesday said little, and the "
        "publisher Jane Ode declined to comment."
    )
    bodies = {(name, noun) for _, name, noun in nouns_before_bodies(text)}
    assert bodies == {
        ("StepClear", "charity"),
        ("Cellular Frontiers", "journal"),
        ("Verantix", "chipmaker"),
    }


def test_the_noun_alone_later_is_that_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The journal Cellular Frontiers has retracted a widely cited 2019 paper on muscle "
        "regeneration in mice.",
        "“The editors no longer have confidence in the data presented,” the journal said in a "
        "statement on Monday.",
        "A report published by the debt charity StepClear looked at short-term loans.",
        "The charity said that one in five users had missed at least one repayment last year.",
    )
    assert one(quotes, "The editors no longer have confidence in the data presented,").speaker == (
        "Cellular Frontiers"
    )
    loans = "one in five users had missed at least one repayment last year."
    assert one(quotes, loans).speaker == "StepClear"


def test_a_business_named_after_its_trade_is_the_company(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Shares in the chipmaker Verantix fell sharply on Tuesday after a profit warning.",
        "The company said demand for its processors had slowed across every region it serves.",
    )
    assert ("demand for its processors had slowed across every region it serves.", "Verantix") in (
        reports
    )


def test_a_magazine_named_with_the_word_magazine_reports(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Parlour magazine reported last month that the couple had separated after eleven years "
        "of marriage.",
    )
    assert reports == [("the couple had separated after eleven years of marriage.", "Parlour")]


def test_a_lede_official_in_a_named_place_is_the_one_named_next(make_article: Make) -> None:
    reports = reported(
        make_article,
        "A Millersburg city councilman charged with taking bribes has denied ever accepting "
        "cash, telling a jury on Wednesday that the envelopes held nothing but campaign flyers.",
        "Councilman Eugene Parrish, 61, spent nearly four hours on the witness stand.",
    )
    assert reports[0] == (
        "the envelopes held nothing but campaign flyers.",
        "Eugene Parrish",
    )  # not "Millersburg", nor what he is charged with


def test_a_court_ruling_in_the_lede_is_the_judge_named_next(make_article: Make) -> None:
    reports = reported(
        make_article,
        "A Superior Court judge has sided with a group of homeowners who sued to stop a tower "
        "near the station, ruling that the town's zoning board failed to consider traffic.",
        "Judge Raymond Ellison's ruling sends the application back to the board.",
    )
    assert reports == [("the town's zoning board failed to consider traffic.", "Raymond Ellison")]


def test_the_judge_of_a_sentencing_lede(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A former bookkeeper who stole from a parish was sentenced Friday to six years in "
        "prison, with the judge saying she had betrayed “people who trusted you with the plate.”",
        "U.S. District Judge Martin Kowalczyk told Eileen Marsh, 61, that the theft had hurt "
        "the parish.",
    )
    assert one(quotes, "people who trusted you with the plate.").speaker == "Martin Kowalczyk"


def test_a_witness_at_a_named_place_testifies_before_she_is_named(make_article: Make) -> None:
    reports = reported(
        make_article,
        "A former nurse at the Oakhaven Care Center testified Thursday that she repeatedly "
        "warned supervisors about understaffing.",
        "Melissa Tran, who worked the night shift for six years, told jurors she was exhausted.",
    )
    assert reports[0] == (
        "she repeatedly warned supervisors about understaffing.",
        "Melissa Tran",
    )


def test_a_firms_executive_speaks_for_it_and_a_minister_is_still_named(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "“This is strictly a business decision,” a Carrier executive tells employees.",
        "Jennifer Okoro, who has worked at the plant for 20 years, wept.",
    )
    assert one(quotes, "This is strictly a business decision,").speaker == "Carrier"  # the firm
    quotes = found(
        make_article,
        "The Minister for Health has described waiting lists as ‘a stain on the health "
        "service’ and promised action.",
        "Speaking in the Dáil, Minister Fionnuala Kerrigan said 14 surgeons would be recruited.",
    )
    assert one(quotes, "a stain on the health service").speaker == "Fionnuala Kerrigan"


def test_a_lede_worker_at_a_named_lab_but_not_one_neighbour(make_article: Make) -> None:
    reports = reported(
        make_article,
        "A former technician at the Halden University laboratory testified Thursday that she "
        "had raised concerns about the figures in 2018.",
        "Maren Solvik, who worked in the lab for three years, told the inquiry she was ignored.",
    )
    assert reports[0] == ("she had raised concerns about the figures in 2018.", "Maren Solvik")
    quotes = found(
        make_article,
        "Neighbors say the intersection has been a problem for years.",
        "“Somebody's going to get killed here,” one neighbor said.",
        "City traffic engineer Paul Ostrowski said a study would be finished this summer.",
    )
    assert one(quotes, "Somebody's going to get killed here,").speaker is None
