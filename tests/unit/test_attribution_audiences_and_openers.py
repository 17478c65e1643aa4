"""Shapes from blind suites mix96 and mix97 (features, columns, regional news): whom someone told
is no report ("…, X, told the city council on Tuesday.", "told the monthly meeting of the
municipal district: “…”", "told The Star-Ledger of Newark last week she …"), a time before a
pronoun ("Last week she warned that"), "the Venerable X" and "Grade 11 student X"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.model import QuoteKind


def test_the_report_before_whom_someone_told(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The library will extend its weekend hours and will eliminate late fees on children's "
        "books entirely, the branch manager, Hortensia Villanueva, told the city council on "
        "Tuesday.",
    )
    report = report_opening(quotes, "The library will extend")
    assert report.speaker == "Hortensia Villanueva"
    assert not [q for q in quotes if q.text.startswith("the city council")]


def test_whom_someone_told_before_a_quote_is_no_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Councillors have called for the Garda station to reopen.",
        "Cllr Pádraig Mulrooney (FF) told the monthly meeting of the municipal district: "
        "“People in this town are afraid to walk home at night.”",
    )
    said = one(quotes, "People in this town are afraid to walk home at night.")
    assert said.speaker == "Pádraig Mulrooney"
    reports = [q for q in quotes if q.kind is QuoteKind.INDIRECT and "municipal" in q.text]
    assert not reports


def test_an_outlet_of_a_place_is_whom_she_told(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Former Gov. Christine Todd Whitman told The Star-Ledger of Newark last week she would "
        "rather vote for a third-party candidate.",
    )
    report = report_opening(quotes, "she would rather vote")
    assert report.speaker == "Christine Todd Whitman"


def test_a_time_then_a_pronoun(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr Anjali Featherstonhaugh, a consultant geriatrician, has spent the past year warning "
        "about social care. Last week she warned that elderly patients were dying in beds they "
        "no longer needed.",
    )
    report = report_opening(quotes, "elderly patients were dying")
    assert report.speaker == "Anjali Featherstonhaugh"


def test_clergy_and_school_years_before_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Archdeacon of Lindchester, the Venerable Thomasina Burgoyne, has described the "
        "sale as ‘painful but unavoidable’.",
        '"You cannot cut music," said Grade 11 student Maeve O\'Driscoll.',
    )
    assert one(quotes, "painful but unavoidable").speaker == "Thomasina Burgoyne"
    assert one(quotes, "You cannot cut music,").speaker == "Maeve O'Driscoll"


def test_an_outlets_report_in_mid_sentence(make_article: Make) -> None:
    quotes = found(
        make_article,
        "There are questions about how much advice the chairman was giving, given that, as the "
        "Harwick Gazette reported on Saturday, he has already become an adviser to the mayor.",
    )
    report = report_opening(quotes, "he has already become an adviser")
    assert report.speaker == "Harwick Gazette"


def test_continuing_to_insist(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hillary Clinton is continuing to insist she will release the transcripts only when the "
        "other candidates do.",
    )
    assert report_opening(quotes, "she will release the transcripts").speaker == "Hillary Clinton"
