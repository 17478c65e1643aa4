"""A company named with its legal form ("Hollerbach Automobil AG") is a body, not a person whom
"she said" could mean; a German paper ("Altmarsfelder Anzeiger") is an outlet; "The line came
from Abdi Warsame" names the speaker of the quote before it."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.attribution.mentions import build_cast
from reader.core.model import ParagraphKind


def test_a_legal_form_ends_a_companys_name() -> None:
    cast = build_cast(
        "German carmaker Hollerbach Automobil AG said on Thursday it would recall 214,000 cars. "
        "Strand Logistik GmbH declined to comment, the Altmarsfelder Anzeiger reported.",
        {},
    )
    kinds = {name: entity.kind for name, entity in cast.entities.items()}
    assert kinds["Hollerbach Automobil AG"] == "organisation"
    assert kinds["Strand Logistik GmbH"] == "organisation"
    assert kinds["Altmarsfelder Anzeiger"] == "outlet"
    assert "Hollerbach Automobil" not in kinds


def test_she_is_the_officer_not_the_company(make_article: Make) -> None:
    quotes = found(
        make_article,
        "German carmaker Hollerbach Automobil AG said on Thursday it would recall 214,000 cars.",
        "Chief Financial Officer Sabine Kranich said the company had no plans to cut jobs. She "
        "said Hollerbach expected free cash flow of 1.5 billion euros.",
        "“We are not going to fund the recall by cutting the dividend,” she said.",
    )
    assert one(quotes, "We are not going to fund the recall by cutting the dividend,").speaker == (
        "Sabine Kranich"
    )


def test_the_line_came_from(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lorna Feeney, a council member, said the overtime was never temporary.",
        "“We are being asked to choose between a squad car and a swimming pool.”",
        "The line came from Abdi Warsame, a first-term council member from the Fourth Ward.",
    )
    quote = one(quotes, "We are being asked to choose between a squad car and a swimming pool.")
    assert quote.speaker == "Abdi Warsame"


def test_a_company_named_with_its_trade_and_form(make_article: Make) -> None:
    paragraphs = (
        "FRANKFURT, Oct. 23 (Kontor News) - German carmaker Hollerbach Automobil AG said on "
        "Thursday it would recall about 214,000 electric sport-utility vehicles.",
        "A Hollerbach spokeswoman said owners would be contacted by letter from next week.",
    )
    assert reported(make_article, *paragraphs) == [
        (
            "it would recall about 214,000 electric sport-utility vehicles.",
            "Hollerbach Automobil AG",
        ),
        ("owners would be contacted by letter from next week.", "Hollerbach Automobil AG"),
    ]


def test_a_brewery_and_a_dateline_with_a_states_initials(make_article: Make) -> None:
    assert reported(
        make_article,
        "The Plough will close after its owner, Hartwell Ales, said it would sell the building.",
        "The brewery said the pub had lost money in four of the last five years.",
    )[-1] == ("the pub had lost money in four of the last five years.", "Hartwell Ales")
    assert reported(
        make_article,
        "LOWELL BAY, N.J., June 10 (Caduceus Wire) - Corvane Therapeutics said on Tuesday it "
        "would send warning letters to about 40,000 doctors.",
    ) == [("it would send warning letters to about 40,000 doctors.", "Corvane Therapeutics")]


def test_the_secretary_of_states_office_is_one_body(make_article: Make) -> None:
    assert reported(
        make_article,
        "About 212,000 mail ballots remain to be counted, the Secretary of State’s Office said.",
        "A spokeswoman for the office said county clerks have until Friday to report them.",
    )[-1] == ("county clerks have until Friday to report them.", "Secretary of State’s Office")


def test_a_council_spokesperson_is_she(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Leah Achebe KC, who represents 23 families, said the evidence was damning.",
        "Ashenford Borough Council did not attend. A council spokesperson said the authority "
        "would set out its account in April. “Our thoughts remain with everyone,” she said.",
    )
    assert one(quotes, "Our thoughts remain with everyone,").speaker == "Ashenford Borough Council"


def test_a_school_district_and_its_spokespeople(make_article: Make) -> None:
    paragraphs = (
        "Kettle Ridge School District will lock phones in pouches from January.",
        "A district spokesperson said students could unlock the pouches at lunch.",
        "Assistant District Attorney Nicole Farraday said the case was closed.",
    )
    assert reported(make_article, *paragraphs) == [
        ("students could unlock the pouches at lunch.", "Kettle Ridge School District"),
        ("the case was closed.", "Nicole Farraday"),
    ]


def test_a_bodys_own_proposal_speaks_for_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The City of Millbrook will vote on the police budget on Tuesday.",
        "The city’s own budget proposal warns that trimming overtime would be “a savings in "
        "name only.”",
    )
    assert one(quotes, "a savings in name only.").speaker == "City of Millbrook"


def test_a_block_quote_of_an_email_someone_wrote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Nadia Kerrigan founded Fernwell in 2015.",
        "In an email to staff that month, Kerrigan laid out what had gone wrong. The email, which "
        "a former employee shared with Ledgerline, reads in part:",
        "We made a bad call on the Series 4 compressors, and that call was mine.",
        kinds={2: ParagraphKind.BLOCKQUOTE},
    )
    quote = one(quotes, "We made a bad call on the Series 4 compressors, and that call was mine.")
    assert quote.speaker == "Nadia Kerrigan"


def test_a_spokesman_for_the_us_attorneys_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Peter Lindgren, 81, lost his savings. “It isn’t numbers on a spreadsheet,” he said.",
        "A spokesman for the U.S. Attorney’s Office said prosecutors would seek “a substantial "
        "term of imprisonment.”",
        "“Every dollar we can find, we will go after,” he said.",
    )
    for text in (
        "a substantial term of imprisonment.",
        "Every dollar we can find, we will go after,",
    ):
        assert one(quotes, text).speaker == "U.S. Attorney’s Office"
