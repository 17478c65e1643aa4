"""US local news and markets wire copy: "The release said" after "according to a news release
from X", "according to the letter, signed by Principal X", "…, X told Reuters by phone", "…, X
said on Friday, after yields jumped …", "…, X said in a note to clients, raising her rating …"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_the_release_speaks_for_its_issuer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Two people were arrested on Friday, according to a news release from the Greer County "
        "Sheriff's Office.",
        "The release said a deputy stopped the vehicle for following too closely.",
    )
    assert report_opening(quotes, "a deputy stopped").speaker == "Greer County Sheriff's Office"


def test_according_to_the_letter_signed_by_its_writer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“There is no need to keep your child home,” according to the letter, signed by "
        "Principal Rebecca Ostrander.",
    )
    assert one(quotes, "There is no need to keep your child home,").speaker == ("Rebecca Ostrander")


def test_told_reuters_by_phone(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Transit restrictions at the canal will likely stay in place until February, the canal "
        "authority's operations director, Joaquín Mirelles, told Reuters by phone.",
    )
    assert report_opening(quotes, "Transit restrictions").speaker == "Joaquín Mirelles"


def test_said_then_an_after_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The central bank will keep buying bonds “for as long as it takes” to steady the long end "
        "of the curve, Governor Henrik Aasvold said on Friday, after 30-year yields jumped to "
        "their highest since 2008.",
    )
    assert one(quotes, "for as long as it takes").speaker == "Henrik Aasvold"


def test_said_in_a_note_then_raising_a_rating(make_article: Make) -> None:
    quotes = found(
        make_article,
        'The sale is "the clean break investors have been asking for" and should lift margins by '
        "150 basis points, Priya Ramesh, an analyst at Kettering Securities, said in a note to "
        "clients on Tuesday, raising her rating on the stock to buy.",
    )
    assert one(quotes, "the clean break investors have been asking for").speaker == "Priya Ramesh"


def test_a_report_opening_with_after_still_reports(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Fed is expected to announce on Wednesday, after a two-day meeting of its committee, "
        "that it will again hold its benchmark rate.",
    )
    assert report_opening(quotes, "after a two-day meeting").speaker == "Fed"
