"""Guards from the review of 2026-12-01's attribution changes: each case once went wrong (a crash,
a made-up speaker, a person taken for a company, a reply taken for a turn of dialogue)."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.pipeline import analyse


def test_a_document_said_to_be_in_another_document_does_not_loop(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Officials noted that the statement said in a report that costs rose. Later the report "
        "said in a statement that costs fell.",
        "“Costs fell,” the statement said.",
    )
    assert one(quotes, "Costs fell,").speaker is None


def test_an_author_ends_at_a_full_stop_and_a_line_break(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A report by Hsu. The council met on Monday to discuss it.",
        "“The water is safe,” the report said.",
    )
    speaker = one(quotes, "The water is safe,").speaker
    assert speaker is None or "." not in speaker


def test_a_possessive_that_is_part_of_a_companys_name_stays(make_article: Make) -> None:
    got = reported(
        make_article,
        "McDonald's Corporation reported higher sales on Monday.",
        "The company said that it would open 400 restaurants next year.",
    )
    assert got[-1] == ("it would open 400 restaurants next year.", "McDonald's Corporation")


def test_a_person_named_like_an_industry_is_not_the_company(make_article: Make) -> None:
    got = reported(
        make_article,
        "Brightmoor Homes agreed to buy the site, David Steel, a local councillor, said.",
        "The company said that building would start in June.",
    )
    assert got[-1] == ("building would start in June.", "Brightmoor Homes")


def test_after_a_reply_an_uncued_paragraph_is_the_replier_going_on(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ann Price, who chairs the schools committee, asked about the budget. “Where has the "
        "money gone?” Price said.",
        "“It has gone where it was promised,” Minister Tom Hale replied.",
        "“We have funded every school in full.”",
    )
    assert one(quotes, "We have funded every school in full.").speaker == "Tom Hale"


def test_the_witness_in_a_lede_is_not_someone_introduced_later(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The car was going far too fast,” the witness said.",
        "Later in the hearing, Rosa Lind, a witness who lives on the corner, described the noise.",
    )
    said = one(quotes, "The car was going far too fast,")
    assert said.speaker != "Rosa Lind"


def test_an_object_her_at_a_paragraphs_end_is_no_vote_for_the_man_before_it(
    make_article: Make,
) -> None:
    article = make_article(
        "Edith Marrow ran the bridge group.",
        "“She was the best of us,” said Leonard Tapsell, who worked alongside her",
        "He retired in 1998.",
    )
    genders = {s.name: s.gender for s in analyse(article).speakers}
    assert genders.get("Leonard Tapsell") != "female"
