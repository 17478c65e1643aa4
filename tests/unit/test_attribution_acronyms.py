"""A body's initials after its full name ("the SEC's complaint" is the Securities and Exchange
Commission's), where a document was filed is no part of the claim, and a name "dubbed" something
by others reports nothing."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.attribution.acronyms import spelled_out

_BODIES = [(0, "Securities and Exchange Commission"), (90, "Federal Bureau of Investigation")]


def test_initials_are_the_body_spelt_out_before() -> None:
    assert spelled_out("the SEC", _BODIES) == "Securities and Exchange Commission"
    assert spelled_out("F.B.I.", _BODIES) == "Federal Bureau of Investigation"
    assert spelled_out("NATO", _BODIES) is None
    assert spelled_out("Sec", _BODIES) is None


def test_the_bodys_document_by_its_initials(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Securities and Exchange Commission has accused Garnet Ridge Capital of misleading "
        "investors.",
        "According to the SEC’s complaint, filed in federal court in Manhattan, the fund marked "
        "some loans at full value months after borrowers had stopped paying.",
    )
    assert (
        "the fund marked some loans at full value months after borrowers had stopped paying.",
        "Securities and Exchange Commission",
    ) in got


def test_a_name_dubbed_by_others_is_a_scare_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Anton Weiss, dubbed ‘the Professor’ by the tabloids for his spectacles, was sacked by "
        "Colbury City on Monday after 14 months in charge.",
    )
    assert one(quotes, "the Professor").speaker is None


def test_a_statement_on_its_website_is_the_bodys_the_report_is_about(make_article: Make) -> None:
    got = reported(
        make_article,
        "According to a statement posted on its website, Threlkeld Brewing will close its "
        "taproom in Kendal at the end of the month.",
        "Co-founder Anna Threlkeld told the Westmorland Courier that the decision was "
        "heartbreaking but necessary.",
    )
    assert got == [
        (
            "Threlkeld Brewing will close its taproom in Kendal at the end of the month.",
            "Threlkeld Brewing",
        ),
        ("the decision was heartbreaking but necessary.", "Anna Threlkeld"),
    ]
