"""People called by their age: "The 31-year-old told …", "…,” the 29-year-old said."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_an_age_the_article_gives_names_that_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kieran Doyle, 31, and Tiffani Bright, 29, married in 2022.",
        "“I never left,” the 29-year-old said.",
    )
    assert [(q.speaker, q.reason) for q in quotes] == [
        (
            "Tiffani Bright",
            "named right after the quote: “…,” the 29-year-old said; “the 29-year-old” is "
            "Tiffani Bright, whose age the article gives",
        )
    ]


def test_otherwise_the_age_describes_whom_the_sentence_before_is_about(make_article: Make) -> None:
    got = reported(
        make_article,
        "Reality star Kieran Doyle has insisted his marriage to Tiffani Bright is strong.",
        "The 31-year-old, who found fame on a dating show, told The Sunday Echo he was "
        "'gutted' by rumours that they had split.",
    )
    assert got[1] == ("he was 'gutted' by rumours that they had split.", "Kieran Doyle")


def test_no_age_mention_before_anyone_is_named(make_article: Make) -> None:
    assert reported(make_article, "The 31-year-old told reporters the race was not over yet.") == []


def test_a_new_person_of_that_age_stays_unnamed(make_article: Make) -> None:
    got = reported(
        make_article,
        "Mayor Tom Baird opened the new library on Monday. A 23-year-old student told reporters "
        "that she had waited years for it.",
        "A 23-year-old student was hurt in the blast, Police Chief Ann Reyes said. The "
        "23-year-old told reporters that the doors had jammed shut.",
    )
    assert all(
        speaker not in ("Tom Baird", "Ann Reyes")
        for content, speaker in got
        if "she" in content or "doors" in content
    )


def test_an_age_reads_back_past_a_rival_given_another_age(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sprinter Kiara Nolan has booked her ticket to the world championships.",
        "The 24-year-old, who missed last season, beat defending champion Jasmine Hurle by three "
        "hundredths of a second.",
        "“Twelve months ago I couldn’t jog around the block,” the 24-year-old said.",
        "Hurle, 29, said she had no complaints.",
    )
    assert one(quotes, "Twelve months ago I couldn’t jog around the block,").speaker == (
        "Kiara Nolan"
    )


def test_an_age_after_a_sentence_about_the_same_age_is_its_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Young carer Jodie Marsh has won the Young Citizen of the Year award.",
        "The 19-year-old has looked after her mother, Carol, since the age of 11.",
        "‘I thought it was just what you did,’ the 19-year-old said.",
    )
    assert one(quotes, "I thought it was just what you did,").speaker == "Jodie Marsh"
