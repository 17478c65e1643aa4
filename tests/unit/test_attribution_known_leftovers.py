"""Leftovers of earlier blind suites (twenty-first session): a short report with a verb of its
own, a jibe in straight singles in an article that quotes in doubles, "the Norfolk-born writer",
a department with no "Department" in its name, and an unnamed woman who answers a judge."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.model import QuoteKind


def test_a_three_word_report_with_its_own_verb(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Elena Markovic, the chief financial officer, spoke to analysts on Tuesday.",
        "Markovic said costs would rise. Her deputy said little.",
    )
    assert one(quotes, "costs would rise.").speaker == "Elena Markovic"
    assert not [q for q in quotes if q.text.startswith("little")]


def test_a_jibe_in_straight_singles_in_an_article_quoting_in_doubles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Shortlisted at 23, and 'not bothered' by the jibes",
        "Rafferty Sloane has heard the 'nepo baby' jibes since his first audition. The "
        "workers' canteen was full.",
        '"I\'d roll my eyes at me too," he said. "All I can do is turn up and be good."',
    )
    assert not [q for q in quotes if q.text == "not bothered"]  # a headline's
    jibe = one(quotes, "nepo baby")
    assert jibe.kind is QuoteKind.SCARE and jibe.speaker is None
    assert one(quotes, "I'd roll my eyes at me too,").speaker == "Rafferty Sloane"
    assert not [q for q in quotes if "canteen" in q.text]


def test_a_long_single_quoted_stretch_in_a_doubles_article_is_no_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Every Friday the old men's 'club' met at Joe's. They talked of the '90s and rock 'n' "
        "roll for hours.",
        '"We still meet every week," said Tom Heale.',
    )
    assert [q.text for q in quotes if q.kind is not QuoteKind.INDIRECT] == [
        "club",
        "We still meet every week,",
    ]


def test_the_writer_born_somewhere_is_the_author_the_profile_is_about(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "When Hollis Graye finished the first draft of her fourth novel, she put it in a drawer "
        "for two years.",
        "The Norfolk-born writer, now 58, told the Eastmarsh Courier that she had been afraid "
        "the book was too bleak for readers.",
    )
    report = one(quotes, "she had been afraid the book was too bleak for readers.")
    assert report.speaker == "Hollis Graye"


def test_the_department_is_the_public_body_named_for_its_field_and_country(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Health Canada is reviewing the safety of a popular infant formula after reports of "
        "contamination at a plant in Quebec, a spokesperson for the department said Tuesday.",
        'Conservative health critic Angela Whitford said parents deserved answers "today."',
    )
    report = quotes[0]
    assert report.text.startswith("Health Canada is reviewing the safety")
    assert report.speaker == "Health Canada"


def test_an_unnamed_woman_answering_a_judge_is_not_the_judge(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The 17-year-old appeared at Ballinasker Children's Court with his mother.",
        "Judge Fiona Madden asked the boy's mother whether he was still in school. \"He's doing "
        'his Leaving Cert next year, Judge," the woman replied.',
    )
    assert one(quotes, "He's doing his Leaving Cert next year, Judge,").speaker is None


def test_the_man_is_the_one_described_as_a_man(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tom Reilly, a 45-year-old man from Leeds, was cleared on Friday. His sister Ann Reilly "
        "wept.",
        '"I am relieved," the man said.',
    )
    assert one(quotes, "I am relieved,").speaker == "Tom Reilly"


def test_the_firms_boss_is_its_chief_executive(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Shares in the online travel agent Wandr fell 14 per cent after its chief executive, "
        "Hugo Fairbairn, admitted that summer bookings had been weak.",
        '"We got the pricing wrong in March," the Wandr boss said.',
        "Rival platform Tripsy said its own bookings were up 8 per cent.",
    )
    assert one(quotes, "We got the pricing wrong in March,").speaker == "Hugo Fairbairn"
