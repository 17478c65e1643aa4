"""Copy from pulpits and courts, and the Philippine and British press: "bared that", a describer
named in apposition ("described by the returning officer, X, as"), a style before a name after an
opening phrase, an age in brackets ("Kevin Brosnan (34)"), and a live blog's "BREAKING:"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.load import load_text
from reader.core.pipeline import analyse


def test_bared_that_reports(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Senator Imelda Roxas bared that the committee would subpoena the contractors next week.",
        "The mayor bared his teeth at the crowd and left.",
    )
    report = report_opening(quotes, "the committee would subpoena")
    assert report.speaker == "Imelda Roxas"
    assert [q for q in quotes if "teeth" in q.text or "crowd" in q.text] == []


def test_a_describer_named_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The plan was described by the returning officer, Gwen Talbot, as “the cleanest count "
        "in a decade.”",
    )
    assert one(quotes, "the cleanest count in a decade.").speaker == "Gwen Talbot"


def test_a_style_and_name_after_an_opening_phrase_then_an_office_of_a_place(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "In his Christmas sermon at the cathedral, the Most Rev Alban Thorne, Archbishop of "
        "Mercia, said the country had forgotten its poor.",
    )
    report = report_opening(quotes, "the country had forgotten")
    assert report.speaker == "Alban Thorne"


def test_a_live_blog_paragraph_under_a_breaking_label_is_read() -> None:
    article = load_text(
        "Snap election called\n\n"
        "BREAKING: Prime Minister Ana Lowe said on Tuesday that the election would be held in "
        "March.\n\n“We are ready,” she told reporters.\n",
        "blog.txt",
        "text",
    )
    quotes = analyse(article).quotes
    assert report_opening(quotes, "the election would be held").speaker == "Ana Lowe"
    assert one(quotes, "We are ready,").speaker == "Ana Lowe"


def test_an_age_in_brackets_names_the_34_year_old(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kevin Brosnan (34), of Grange Park, Mullingar, pleaded guilty to assault. The court heard "
        "that the victim, Paul Geraghty, needed six stitches.",
        "The 34-year-old told Judge Anne-Marie Lyons that he had ‘made a stupid mistake’.",
    )
    assert report_opening(quotes, "he had").speaker == "Kevin Brosnan"
