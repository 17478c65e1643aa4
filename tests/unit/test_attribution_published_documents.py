"""A document its subject published ("Loomstack … has published its post-mortem") speaks for
that subject later ("the post-mortem says"); post-mortems and notices are documents."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_post_mortem_speaks_for_the_company_that_published_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Loomstack, the Portland startup whose booking API sits behind 4,100 clinics, has "
        "published its post-mortem for Monday’s outage.",
        "Dr. Harriet Amadi, who owns Cedar Hollow Animal Hospital, said her staff were swamped.",
        "“We had tested restores. We had never tested restoring a database this size,” the "
        "post-mortem says.",
    )
    assert (
        one(
            quotes, "We had tested restores. We had never tested restoring a database this size,"
        ).speaker
        == "Loomstack"
    )


def test_a_notice_the_agency_published_is_the_agency_s(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Federal Medicines Agency issued its safety notice on Monday.",
        "Corvane Therapeutics said it supported the change.",
        "“Patients should contact their doctor right away,” the notice said.",
    )
    assert one(quotes, "Patients should contact their doctor right away,").speaker == (
        "Federal Medicines Agency"
    )


def test_a_statement_introduced_before_its_sayer_is_the_sayer_s(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Vayulink Communications on Friday challenged the Ministry of Communications' order.",
        "In a statement issued late on Thursday, the ministry said the cancellation had followed "
        "due process.",
        "Vayulink Communications said it would appeal.",
        "“Licence conditions are not a menu,” the statement said.",
    )
    assert one(quotes, "Licence conditions are not a menu,").speaker == (
        "Ministry of Communications"
    )


def test_a_witness_statement_read_out_is_its_writer_s(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In a witness statement read to the hearing, Graham Ferris, who was the site manager at "
        "Marlow Court, said he had raised concerns twice.",
        "“I told Paul the boards looked wrong to me,” the statement said.",
    )
    assert one(quotes, "I told Paul the boards looked wrong to me,").speaker == "Graham Ferris"
