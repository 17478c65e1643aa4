"""Shapes found by blind probe suites mix59 (US national wire copy) and mix60 (everyday news in
ten countries' styles): an envoy "to the United Nations" and an office "for" a field before the
name, an office with no holder named speaking as a body, a body's spokesman or lawyers by
possessive, "his wife" of a couple named with a party tag and a title between, a preposition
opening a sentence, and Nigerian ranks and titles between a role and the name."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_an_envoy_to_a_body_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ambassador to the United Nations Marguerite Oyelowo said Monday that the council "
        "would vote on the aid corridor within a week.",
    )
    report = report_opening(quotes, "the council would vote")
    assert report.speaker == "Marguerite Oyelowo"


def test_an_office_for_a_field_after_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Capital rules will be final by December,” said Vice Chair for Supervision "
        "Torvald Enqvist.",
    )
    assert one(quotes, "Capital rules will be final by December,").speaker == "Torvald Enqvist"


def test_an_office_with_no_holder_named_speaks_as_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Waiting lists for child mental health services doubled in two years, the "
        "Commissioner for Children said on Tuesday.",
    )
    report = report_opening(quotes, "Waiting lists for child mental health")
    assert report.speaker == "Commissioner for Children"


def test_an_office_whose_holder_was_named_is_the_holder(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Commissioner for Children Aoife Brennock launched the review on Monday.",
        "Waiting lists for child mental health services doubled in two years, the "
        "Commissioner for Children said.",
    )
    report = report_opening(quotes, "Waiting lists for child mental health")
    assert report.speaker == "Aoife Brennock"


def test_a_report_by_an_office_is_the_offices(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The agency overpaid contractors by $310 million over three years, according to a "
        "report released Thursday by the Inspector General for Veterans Housing.",
    )
    report = report_opening(quotes, "The agency overpaid contractors")
    assert report.speaker == "Inspector General for Veterans Housing"


def test_a_departments_lawyers_speak_for_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Commerce Department asked the judge on Friday to throw out the suit brought by "
        "four exporters.",
        "The exporters argue that the tariffs were imposed without notice.",
        "“A policy dispute is not a cause of action,” the department’s lawyers wrote.",
    )
    assert one(quotes, "A policy dispute is not a cause of action,").speaker == (
        "Commerce Department"
    )


def test_a_companys_spokesman_speaks_for_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tarrant Shipping Corp. said it would appeal the fine.",
        "“We followed every rule in the book,” the company’s spokesman said.",
    )
    assert one(quotes, "We followed every rule in the book,").speaker == "Tarrant Shipping Corp"


def test_his_wife_of_a_couple_named_with_a_tag_and_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rep. Harriet Voskuil, R-Iowa, and her husband, state Sen. Dirk Voskuil, disagree "
        "about the ethanol mandate.",
        "Dirk Voskuil said the mandate had kept rural towns alive. His wife said it was "
        "“a subsidy the state can no longer carry.”",
    )
    assert one(quotes, "a subsidy the state can no longer carry.").speaker == "Harriet Voskuil"


def test_a_preposition_opening_a_sentence_is_no_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Near Carberry, Man., cattle farmer Lorna Petersen has lost a third of her hay. Her "
        "brother, Erik Petersen, said they would sell part of the herd.",
        "“I have never seen a summer this dry,” she said.",
    )
    assert one(quotes, "I have never seen a summer this dry,").speaker == "Lorna Petersen"


def test_a_police_rank_between_an_office_and_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Police Public Relations Officer, SP Kehinde Adewale, said the suspects were "
        "arrested at a checkpoint near Ilupeju.",
    )
    report = report_opening(quotes, "the suspects were arrested at a checkpoint")
    assert report.speaker == "Kehinde Adewale"


def test_an_engineers_title_between_an_office_and_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The state has approved N2 billion for rural roads, the Commissioner for Works, "
        "Engr. Olumide Bankole, has disclosed.",
        "Speaking in Ikare on Monday, the commissioner said: “Work starts next month.”",
    )
    assert one(quotes, "Work starts next month.").speaker == "Olumide Bankole"
